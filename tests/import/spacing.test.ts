import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/import/clean/spacing.ts';
import { normalizeWhitespace } from '../../src/import/clean/text.ts';

describe('collapseWhitespace', () => {
  it('keeps the space between an article number and its text (天水 line 20)', () => {
    const text = '第五条 各统筹地区医疗保障部门';
    expect(collapseWhitespace(text)).toBe('第五条 各统筹地区医疗保障部门');
    // The shared rule would glue them together, which is why this helper exists.
    expect(normalizeWhitespace(text)).toBe('第五条各统筹地区医疗保障部门');
  });

  it('keeps the spaces between ministries that issued a document together (玉田 line 315)', () => {
    expect(collapseWhitespace('2.《河北省医疗保障局 河北省财政厅 河北省卫生健康委员会')).toBe('2.《河北省医疗保障局 河北省财政厅 河北省卫生健康委员会');
  });

  it('trims trailing spaces and collapses runs (玉田 line 285 ends in eight spaces)', () => {
    expect(collapseWhitespace('情节严重的，取消其二年至五年内参加药品采购投标的资格并予以公告。”        ')).toBe(
      '情节严重的，取消其二年至五年内参加药品采购投标的资格并予以公告。”',
    );
    expect(collapseWhitespace(' 立案阶段责任：发现  \t调查')).toBe('立案阶段责任：发现 调查');
  });
});
