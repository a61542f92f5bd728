/**
 * Estimated text width, in em, without measuring a font.
 *
 * The chart is laid out at build time, where no browser font is available, and the reader's
 * font is unknown anyway. Chinese glyphs are one em wide in every CJK font, so counting them is
 * exact. Latin letters and digits vary by font: 0.55 em covers digits and most lower-case letters
 * in the CJK fonts the chart asks for first (measured in Chromium: WenQuanYi Micro Hei digits
 * 0.55, lower case ≤ 0.59); capitals, m/w and a few symbols are given more, measured against
 * WenQuanYi, DejaVu Sans and Liberation (Chromium's sans-serif) and rounded up.
 */

const NARROW = new Set([...' !\'(),./:;I[]`fijlrt|']);
const WIDE = new Set([...'%@MWmw']);
const SYMBOL = new Set([...'#&+<=>^~']);

/** Width of one character (one code point), in em. */
export function charWidthEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x20) return 0.3;
  if (code > 0x20 && code < 0x7f) {
    if (NARROW.has(char)) return 0.35;
    if (WIDE.has(char)) return 0.95;
    if (SYMBOL.has(char)) return 0.85;
    if (char >= 'A' && char <= 'Z') return 0.75;
    return 0.55;
  }
  // Everything else — CJK ideographs, full-width punctuation and digits, symbols — is treated as
  // a full em: over-estimating a rare narrow symbol only leaves a little more room.
  return 1;
}

/** Width of a string, in em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}
