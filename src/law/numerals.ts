/**
 * Article numbers as lists write them: Chinese numerals (八十四, 一百零四, 二十) and digits,
 * full-width or not (16, １６).
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a numeral of up to 9999, or undefined when it is not one. */
export function numeralValue(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else {
      total += (digit ?? 1) * UNIT[c]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}
