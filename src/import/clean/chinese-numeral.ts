/**
 * Chinese numerals as documents state counts (共六类、十八项): 零 … 九十九.
 */

const DIGITS = '零一二三四五六七八九';

function digit(text: string): number | undefined {
  const value = DIGITS.indexOf(text);
  return text.length === 1 && value >= 0 ? value : undefined;
}

/** The value of a numeral from 零 to 九十九 (六, 十, 十八, 二十, 二十四), or undefined if it is not one. */
export function chineseNumeralValue(text: string): number | undefined {
  const parts = text.split('十');
  if (parts.length === 1) return digit(text);
  if (parts.length !== 2) return undefined;
  const [tensText, onesText] = parts as [string, string];
  const tens = tensText === '' ? 1 : digit(tensText);
  const ones = onesText === '' ? 0 : digit(onesText);
  if (tens === undefined || tens === 0 || ones === undefined || (ones === 0 && onesText !== '')) return undefined;
  return tens * 10 + ones;
}
