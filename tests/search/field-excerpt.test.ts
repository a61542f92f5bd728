/**
 * Search excerpts by field (src/search/field-excerpt.ts): the passage comes from the field that
 * holds the query, with the field's label in front, and never runs a label into the text.
 */
import { describe, expect, it } from 'vitest';
import { fieldExcerpt, labelledLines } from '../../src/search/field-excerpt.ts';

// The shape of an item's searchable text (page-text.ts): one line per block of the page.
const CONTENT = [
  '基本医疗保险参保人员异地就医备案',
  '基本要素',
  '职权名称',
  '基本医疗保险参保人员异地就医备案',
  '依据',
  '《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正。',
  '监督方式',
  '投诉电话：0394-4662166',
  '运行流程与责任事项',
  '运行流程（共 2 个环节）',
  '办理环节',
  '责任事项',
  '责任科室',
  '受理',
  '公示应当提交的材料，一次性告知补正材料。',
  '医保中心',
  '时限与收费',
  '法定时限',
  '20个工作日',
].join('\n');

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('labelledLines', () => {
  it('splits the text into fields at the labels, skipping the table caption and headings', () => {
    const fields = labelledLines(CONTENT);
    expect(fields).toEqual([
      { text: '基本医疗保险参保人员异地就医备案' },
      { label: '职权名称', text: '基本医疗保险参保人员异地就医备案' },
      { label: '依据', text: '《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正。' },
      { label: '监督方式', text: '投诉电话：0394-4662166' },
      { label: '运行流程', text: '受理 公示应当提交的材料，一次性告知补正材料。 医保中心' },
      { label: '法定时限', text: '20个工作日' },
    ]);
  });

  it('reads the text as Pagefind stores it, line breaks turned into spaces, the same way', () => {
    expect(labelledLines(CONTENT.replace(/\n/g, ' '))).toEqual(labelledLines(CONTENT));
  });
});

describe('fieldExcerpt', () => {
  it('takes the passage from the field that matched, with its label', () => {
    const found = fieldExcerpt(CONTENT, ['第八十四条']);
    expect(found.label).toBe('依据');
    expect(text(found.segments)).toContain('第八十四条');
    expect(found.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['第八十四条']);
    // Nothing from another field, and no label inside the passage.
    expect(text(found.segments)).not.toContain('监督方式');
    expect(text(found.segments)).not.toContain('职权名称');
  });

  it('skips the title for the first field that holds the query (the result already shows the title)', () => {
    const found = fieldExcerpt(CONTENT, ['异地就医']);
    expect(found.label).toBe('职权名称');
    expect(fieldExcerpt(CONTENT, ['0394']).label).toBe('监督方式');
    expect(fieldExcerpt(CONTENT, ['补正']).label).toBe('运行流程');
  });

  it('cuts a long field around the match with … and keeps the match whole', () => {
    const long = ['标题', '备注', `${'甲'.repeat(300)}目标词${'乙'.repeat(300)}`].join('\n');
    const found = fieldExcerpt(long, ['目标词']);
    expect(found.label).toBe('备注');
    const shown = text(found.segments);
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(102);
    expect(found.segments.find((s) => s.mark)?.text).toBe('目标词');
  });

  it('falls back to the opening of the text, without a label, when only the title matches', () => {
    const found = fieldExcerpt('只在标题\n依据\n别的内容', ['只在标题']);
    expect(found.label).toBeUndefined();
    expect(text(found.segments)).toContain('别的内容');
  });
});
