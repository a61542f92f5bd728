/**
 * The cross-bureau matcher on the five included lists, measured against the hand-checked table
 * tests/fixtures/alignment/pairs.csv (docs/versions-law-alignment.md reports the figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignItems, precisionRecall, refKey, MATCH_THRESHOLD } from '../../src/align/match.ts';
import { containment, dice, normalizeName } from '../../src/align/names.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';
import { sharedImportedLists } from '../helpers/imported-lists.ts';

// The hand-checked table is of the lists as published, so the matcher is measured on them as
// imported from seeds/, not on content/ (which staff edit).
const items = siteModelOfFolder(sharedImportedLists()).bureaus.flatMap((b) => b.items);
const truth = new Set(
  readFileSync('tests/fixtures/alignment/pairs.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 2).join('|')),
);

describe('names', () => {
  it('unifies 医疗保险/医疗保障/医保 and drops a leading 对 and 进行/予以', () => {
    expect(normalizeName('对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存')).toBe(normalizeName('对可能被转移、隐匿或者灭失的医保基金相关资料予以封存'));
    expect(normalizeName('襄都区基本医疗保险参保人员异地就医备案')).toBe(normalizeName('基本医疗保险参保人员异地就医备案'));
  });
  it('scores likeness and containment', () => {
    expect(dice('医保稽核', '医保稽核')).toBe(1);
    expect(dice('生育津贴支付', '优抚对象待遇')).toBe(0);
    expect(containment('医保稽核', '市本级医保稽核')).toBe(1);
  });
});

describe('alignment of the included lists', () => {
  const pairs = alignItems(items);

  it('every truth pair names items that exist, of two different bureaus', () => {
    const ids = new Set(items.map((i) => `${i.bureau}/${i.id}`));
    for (const key of truth) {
      const [a, b] = key.split('|') as [string, string];
      expect(ids.has(a) && ids.has(b), key).toBe(true);
      expect(a.split('/')[0]).not.toBe(b.split('/')[0]);
      expect(a < b, `${key} in alphabetical order`).toBe(true);
    }
  });

  it('pairs only items of different bureaus, with a confidence at or above the threshold', () => {
    for (const p of pairs) {
      expect(p.a.bureau).not.toBe(p.b.bureau);
      expect(p.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds the powers every office names alike (封存 across all five lists)', () => {
    const keys = new Set(pairs.map((p) => `${refKey(p.a)}|${refKey(p.b)}`));
    for (const key of ['jinzhou/qz-001|xiangcheng/qz-001', 'xiangcheng/qz-001|yutian/qz-001', 'jinzhou/jc-004|yutian/jc-007', 'xiangdu/ba-001|yutian/ba-001']) expect(keys.has(key), key).toBe(true);
  });

  it('reaches the precision and recall reported in docs (0.90 and 0.63 at threshold 0.45)', () => {
    const m = precisionRecall(pairs, truth);
    expect(m.expected).toBe(115);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.62);
  });
});
