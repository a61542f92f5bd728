/**
 * Line breaking for chart labels: Chinese text wrapped to a width, with the kinsoku rules of
 * Chinese typesetting (GB/T 15834 and common practice) so that a line never starts with closing
 * punctuation and never ends with opening punctuation, and Latin words and numbers are not split.
 *
 * The text itself is never changed: joining the lines gives back the input (apart from spaces
 * dropped at a line break and runs of white space read as one space).
 */
import { textWidthEm } from './text-width.ts';

/** Characters that must not start a line: closing brackets and quotes, stops, pauses, 间隔号, units. */
export const NO_LINE_START = new Set([
  ...'，。、；：！？）》」』】〕〉｝］〗〙〛｠”’…—～·‧％‰℃．',
  ...',.;:!?)]}%',
]);

/** Characters that must not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（《「『【〔〈｛［〖〘〚｟“‘', ...'([{']);

/** After these a break reads naturally (the end of a clause). */
const CLAUSE_END = new Set([...'，。；：、！？）》」』】〕,;:!?)']);

const isAscii = (char: string): boolean => /^[!-~]$/.test(char);

/**
 * Split text into unbreakable clusters. A cluster is one Chinese character, or one run of
 * non-space ASCII (a Latin word, a number such as 0394-4662166, a code such as GB/T), with
 * forbidden-position punctuation glued to its neighbour; a digit run is glued to the character
 * that follows it, so that "30日" or "7个" stay together. Spaces are clusters of their own: they
 * are break opportunities and vanish at a line break.
 */
export function clusters(text: string): string[] {
  const raw: string[] = [];
  for (const char of text) {
    const prev = raw[raw.length - 1];
    const prevChar = prev === undefined ? undefined : [...prev].at(-1)!;
    if (isAscii(char) && prevChar !== undefined && isAscii(prevChar) && !NO_LINE_END.has(char)) {
      raw[raw.length - 1] = prev + char;
    } else {
      raw.push(char);
    }
  }
  const out: string[] = [];
  let carry = ''; // opening punctuation (or a number) waiting for the cluster it belongs to
  for (const piece of raw) {
    if (piece === ' ') {
      if (carry) out.push(carry);
      carry = '';
      out.push(piece);
      continue;
    }
    const first = [...piece][0]!;
    const last = [...piece].at(-1)!;
    if (carry === '' && out.length > 0 && out[out.length - 1] !== ' ' && NO_LINE_START.has(first)) {
      out[out.length - 1] += piece;
      continue;
    }
    const joined = carry + piece;
    if (NO_LINE_END.has(last) || /^[0-9]+$/.test(piece)) {
      carry = joined;
    } else {
      out.push(joined);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

/**
 * Word boundaries from the runtime's ICU dictionary (Intl.Segmenter), used only to prefer one
 * break over another: breaking 时|间 is allowed but 时间| is better. The dictionary belongs to
 * the Node version, so output is stable for a given toolchain. Without Intl.Segmenter every
 * position counts as a boundary.
 */
function wordBoundaries(text: string): Set<number> | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const ends = new Set<number>();
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) ends.add(s.index);
  return ends;
}

/**
 * Width that counts against the limit: closing punctuation at the end of a line may hang into
 * the margin (标点悬挂), so 承办机构提出初步处罚意见， fits a 12-em line and the line can end at
 * its comma instead of pushing 见， onto the next line.
 */
function fittingWidth(line: string): number {
  const chars = [...line];
  const last = chars.at(-1);
  const hang = chars.length > 1 && last !== undefined && NO_LINE_START.has(last) ? textWidthEm(last) : 0;
  return textWidthEm(line) - hang;
}

/**
 * Break a cluster wider than a whole line (a long URL or code) into characters, the last resort —
 * still gluing closing marks to the character before and opening marks to the one after. A run of
 * marks that cannot be split that way (……——) stays whole and makes its box wider instead.
 */
function splitOversized(parts: string[], maxEm: number): string[] {
  return parts.flatMap((part) => {
    if (textWidthEm(part) <= maxEm) return [part];
    const pieces: string[] = [];
    let carry = '';
    for (const char of part) {
      if (pieces.length > 0 && carry === '' && NO_LINE_START.has(char)) pieces[pieces.length - 1] += char;
      else if (NO_LINE_END.has(char)) carry += char;
      else {
        pieces.push(carry + char);
        carry = '';
      }
    }
    if (carry) pieces.push(carry);
    return pieces;
  });
}

/** The text of clusters [from, to) as one line: spaces at its ends dropped. */
function lineOf(parts: string[], from: number, to: number): string {
  return parts.slice(from, to).join('').trim();
}

/**
 * Wrap text to lines no wider than maxEm (estimated). It uses as few lines as a greedy fill
 * would, and among the ways to break into that many lines picks the most even one, preferring
 * breaks at the end of a clause (after ，；。 or before an opening bracket): a 20-character
 * label at 12 per line becomes 11 + 9 split at its comma rather than 12 + 8 split mid-phrase.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized === '') return [];
  const parts = splitOversized(clusters(normalized), maxEm);
  const n = parts.length;
  // Fewest lines: greedy fill.
  let lineCount = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && fittingWidth(lineOf(parts, i, j + 1)) <= maxEm) j++;
    lineCount++;
    i = j;
    while (i < n && parts[i] === ' ') i++;
  }
  if (lineCount <= 1) return [normalized];
  // Bonuses in em², weighed against the sum of squared line widths (which favours even lines).
  const clauseBonus = 1.5 * maxEm;
  const wordBonus = 0.5 * maxEm;
  const words = wordBoundaries(normalized);
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < n; i++) {
    offsets.push(at);
    at += parts[i]!.length;
  }
  const breakBonus = (at: number): number => {
    const before = [...parts[at - 1]!].at(-1)!;
    const after = [...parts[at]!][0]!;
    if (CLAUSE_END.has(before) || NO_LINE_END.has(after) || parts[at] === ' ') return clauseBonus;
    return words === undefined || words.has(offsets[at]!) ? wordBonus : 0;
  };
  // best[k][j]: least cost of setting clusters [0, j) in k lines; from[k][j]: where the last began.
  const best: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lineCount; k++) {
    for (let j = 1; j <= n; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const line = lineOf(parts, i, j);
        const width = textWidthEm(line);
        // Too wide, unless it is a single unbreakable cluster (it gets a line of its own).
        if (fittingWidth(line) > maxEm && j - i > 1) break;
        if (line === '' || best[k - 1]![i] === Infinity) continue;
        const cost = best[k - 1]![i]! + width * width - (j < n ? breakBonus(j) : 0);
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
    }
  }
  const lines: string[] = [];
  for (let k = lineCount, j = n; k > 0; k--) {
    const i = from[k]![j]!;
    lines.unshift(lineOf(parts, i, j));
    j = i;
  }
  return lines;
}
