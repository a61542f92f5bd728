/**
 * Enumerations written inside one line: "…应承担相应责任：1. 对符合条件不予受理的；2. 未按照…".
 *
 * Splits before the marker 1, then before 2, 3 … in the same style, and nowhere else: a marker
 * counts only where it continues the count and stands at a boundary (start of text, after
 * whitespace or after ： 。 ； ”), never after a digit (so 2号, 12. and 2.5 are left alone). Text
 * before marker 1 (the lead sentence) is a part of its own. Markers stay on their parts; the caller
 * removes them. Unlike a rule that knows only 1、 at the very
 * start of the text, this also handles 1. and （1） and a lead sentence before the first marker.
 */

export type InlineNumbering = '1.' | '1、' | '（1）';

const BOUNDARY_BEFORE = '(?<=^|[\\s：:。；;”])';

function markerPattern(style: InlineNumbering, n: number): RegExp {
  switch (style) {
    case '1.':
      return new RegExp(`${BOUNDARY_BEFORE}(?<!\\d)${n}\\.(?!\\d)`);
    case '1、':
      return new RegExp(`${BOUNDARY_BEFORE}(?<!\\d)${n}\\s*、`);
    case '（1）':
      return new RegExp(`（${n}）`);
  }
}

/** Parts of the text split before each counting marker of the given style; [text] when it has no 1 … 2 run. */
export function splitInlineNumberedAs(text: string, style: InlineNumbering): string[] {
  const first = markerPattern(style, 1).exec(text);
  if (!first) return [text];
  const cuts = [first.index];
  for (let n = 2; ; n++) {
    const from = cuts[cuts.length - 1]! + 1;
    const next = markerPattern(style, n).exec(text.slice(from));
    if (!next) break;
    cuts.push(from + next.index);
  }
  if (cuts.length < 2) return [text];
  const parts = [text.slice(0, cuts[0])];
  cuts.forEach((at, i) => parts.push(text.slice(at, cuts[i + 1])));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The first style (1. then 1、 then （1）) that splits the text into a counted run. */
export function splitInlineNumbered(text: string, styles: InlineNumbering[] = ['1.', '1、', '（1）']): string[] {
  for (const style of styles) {
    const parts = splitInlineNumberedAs(text, style);
    if (parts.length > 1) return parts;
  }
  return [text];
}
