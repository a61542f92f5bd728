import { describe, expect, it } from 'vitest';
import { chineseNumeralValue } from '../../src/import/clean/chinese-numeral.ts';

describe('chineseNumeralValue', () => {
  it('reads the counts of 玉田 line 2 （共六类、十八项）', () => {
    expect(chineseNumeralValue('六')).toBe(6);
    expect(chineseNumeralValue('十八')).toBe(18);
  });

  it('reads 十, 二十 and 二十四', () => {
    expect(chineseNumeralValue('十')).toBe(10);
    expect(chineseNumeralValue('二十')).toBe(20);
    expect(chineseNumeralValue('二十四')).toBe(24);
  });

  it('rejects what is not a numeral', () => {
    expect(chineseNumeralValue('')).toBeUndefined();
    expect(chineseNumeralValue('18')).toBeUndefined();
    expect(chineseNumeralValue('十十')).toBeUndefined();
    expect(chineseNumeralValue('零十')).toBeUndefined();
    expect(chineseNumeralValue('六类')).toBeUndefined();
  });
});
