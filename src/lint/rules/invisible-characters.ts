/**
 * Invisible characters in text: bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 * U+061C) can show a name reversed on every page, and zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF inside text, U+00AD soft hyphen) split a word so that search cannot find it.
 * Neither belongs in a 权责清单; the text is left as it is and the maintainer is warned.
 */
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { stringsWithPaths, warnAt } from './warn.ts';

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function invisibleCharacterRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of [...content.bureaus, ...content.items, ...content.flowcharts]) {
    for (const [text, path] of stringsWithPaths(doc.data)) {
      const bidi = BIDI.exec(text);
      if (bidi)
        problems.push(warnAt(doc, path, 'TEXT_BIDI_CONTROL', `文字中有双向文字控制符 ${codePoint(bidi[0])}，网页上可能把文字倒序显示；请删除 / bidi control character ${codePoint(bidi[0])} can reverse how the text is shown`));
      const zeroWidth = ZERO_WIDTH.exec(text);
      if (zeroWidth)
        problems.push(warnAt(doc, path, 'TEXT_ZERO_WIDTH', `文字中有零宽字符 ${codePoint(zeroWidth[0])}，看不见，但会使检索找不到这段文字；请删除 / zero-width character ${codePoint(zeroWidth[0])} hides words from search`));
    }
  }
  return problems;
}
