/** Item numbers as queries (src/search/item-alias.ts): 处罚5 names each bureau's cf-005. */
import { describe, expect, it } from 'vitest';
import { CATEGORY_SHORT_NAMES, itemIdOfQuery, itemIdTerm, parseChineseNumber } from '../../src/search/item-alias.ts';
import { normalizeForSearch } from '../../src/search/normalize.ts';

describe('itemIdOfQuery', () => {
  it.each([
    ['处罚5', 'cf-005'],
    ['处罚05', 'cf-005'],
    ['行政处罚5', 'cf-005'],
    ['处罚第5项', 'cf-005'],
    ['处罚第五项', 'cf-005'],
    ['许可12', 'xk-012'],
    ['其他1', 'qt-001'],
    ['其他第1项', 'qt-001'],
    ['其他行政权力3', 'qt-003'],
    ['备案2', 'ba-002'],
    ['cf5', 'cf-005'],
    ['cf-005', 'cf-005'],
    ['CF005', 'cf-005'],
    ['ＣＦ－００５', 'cf-005'],
  ])('%s → %s', (query, id) => {
    expect(itemIdOfQuery(normalizeForSearch(query))).toBe(id);
  });

  it.each(['处罚', '处罚0', '行政处罚决定书', '第八十四条', 'cf', 'ab5', '处罚5a', '1000'])('%s names no item', (query) => {
    expect(itemIdOfQuery(normalizeForSearch(query))).toBeUndefined();
  });

  it('has a short name for every category and an index term per id', () => {
    expect(Object.values(CATEGORY_SHORT_NAMES)).toEqual(['许可', '处罚', '强制', '征收', '给付', '检查', '确认', '奖励', '裁决', '其他', '备案']);
    expect(itemIdTerm('cf-005')).toBe('kcf005');
  });

  it('reads Chinese numerals up to 999', () => {
    expect([parseChineseNumber('十'), parseChineseNumber('十二'), parseChineseNumber('二十'), parseChineseNumber('一百零五'), parseChineseNumber('九百九十九')]).toEqual([10, 12, 20, 105, 999]);
    expect(parseChineseNumber('零')).toBeUndefined();
  });
});
