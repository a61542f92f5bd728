/**
 * The exact terms search puts into the Pagefind index so that every page containing a query is
 * found (docs/search.md, "Design"). Pagefind indexes words; Chinese has no spaces, and Pagefind's
 * own segmentation (jieba at build, the browser's Intl.Segmenter at search) cuts text and query
 * differently, so a word-level match misses pages. Instead each page gets the set of its
 * character n-grams, and a query is looked up by n-grams it must contain:
 *
 *   u + 1 character        every character (for one-character queries)
 *   v + 2 characters       every adjacent pair within a whitespace-free run
 *   w + 4 / x + 8 Latin    every 4- and 8-character window of a run of ASCII letters/digits
 *                          (codes and numbers: a 31-character 地方权力编码 is found by 4
 *                          windows instead of 16 digit pairs shared by every page)
 *
 * A character is written as 4 base-36 digits of its code point, so a term is lower-case ASCII
 * of fixed length per kind: Pagefind neither segments, stems nor strips it, and no term is a
 * prefix of another (Pagefind extends query words by prefix; an extension that crosses an index
 * chunk is lost — the fault docs/search.md describes — but an exact term never needs one).
 * The set is a superset filter: a page holding all of a query's terms may still not contain
 * the query, so the search page checks the text itself before showing a result.
 */

const ASCII_ALNUM = /[0-9a-z]+/g;

/** Spellings made so far: a site's text uses a few thousand characters, each spelled ~10⁶ times at 10,000 items. */
const spelled = new Map<number, string>();

function base36(codePoint: number): string {
  let spelling = spelled.get(codePoint);
  if (spelling === undefined) spelled.set(codePoint, (spelling = codePoint.toString(36).padStart(4, '0')));
  return spelling;
}

export const unigram = (c: string) => `u${base36(c.codePointAt(0)!)}`;
export const bigram = (a: string, b: string) => `v${base36(a.codePointAt(0)!)}${base36(b.codePointAt(0)!)}`;
const window4 = (s: string) => `w${s}`;
const window8 = (s: string) => `x${s}`;

/** A pair of code points as one number, ordered as their bigram terms are (first, then second). */
const PAIR = 0x200000;

/**
 * Every index term of a normalised text (see normalize.ts), sorted, without duplicates.
 * Characters and pairs are collected as numbers and spelled once at the end: the same order as
 * sorting the strings (u < v < w < x, and fixed-width base-36 spellings sort as their numbers),
 * at a fraction of the cost (it runs twice per item when the index is written).
 */
export function indexTerms(normalizedText: string): string[] {
  const characters = new Set<number>();
  const pairs = new Set<number>();
  const windows = new Set<string>();
  for (const run of normalizedText.split(/\s+/)) {
    let previous = -1;
    for (const character of run) {
      const codePoint = character.codePointAt(0)!;
      characters.add(codePoint);
      if (previous >= 0) pairs.add(previous * PAIR + codePoint);
      previous = codePoint;
    }
    for (const [latin] of run.matchAll(ASCII_ALNUM)) {
      for (let i = 0; i + 4 <= latin.length; i++) windows.add(window4(latin.slice(i, i + 4)));
      for (let i = 0; i + 8 <= latin.length; i++) windows.add(window8(latin.slice(i, i + 8)));
    }
  }
  const numeric = (set: Set<number>) => Float64Array.from(set).sort();
  const terms: string[] = [];
  for (const codePoint of numeric(characters)) terms.push(`u${base36(codePoint)}`);
  for (const pair of numeric(pairs)) terms.push(`v${base36(Math.floor(pair / PAIR))}${base36(pair % PAIR)}`);
  terms.push(...[...windows].sort());
  return terms;
}

/** Start positions of windows of `size` that cover a run of `length` (first, every size-th, last). */
function coverStarts(length: number, size: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i + size <= length; i += size) starts.push(i);
  if (length >= size && starts.at(-1) !== length - size) starts.push(length - size);
  return starts;
}

/**
 * Index terms a page must hold when its text contains `term` (one normalised query term, no
 * whitespace): its pairs (all of them up to 8 characters, a cover beyond), and 8- or 4-windows
 * covering each run of 4 or more ASCII letters/digits (pairs inside such a run are left out:
 * the windows are rarer).
 */
export function queryIndexTerms(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length === 0) return [];
  if (chars.length === 1) return [unigram(chars[0]!)];
  const terms = new Set<string>();
  const inLatinRun = new Array<boolean>(chars.length).fill(false);
  // ASCII letters and digits are one UTF-16 unit each, so string offsets of a Latin run are
  // code-point offsets only after the run's own start is mapped; map via the char array.
  let offset = 0;
  const startOfUnit: number[] = [];
  chars.forEach((c, index) => {
    startOfUnit[offset] = index;
    offset += c.length;
  });
  for (const match of term.matchAll(ASCII_ALNUM)) {
    const latin = match[0];
    if (latin.length < 4) continue;
    const start = startOfUnit[match.index]!;
    for (let i = 0; i < latin.length; i++) inLatinRun[start + i] = true;
    const size = latin.length >= 8 ? 8 : 4;
    for (const s of coverStarts(latin.length, size)) terms.add(size === 8 ? window8(latin.slice(s, s + 8)) : window4(latin.slice(s, s + 4)));
  }
  // Every pair of a short term, a cover of a long one: more pairs mean fewer candidates that
  // hold the pairs but not the term (第八十条…第十四条 for 第八十四条), but more lookups.
  const starts = chars.length <= ALL_PAIRS_UP_TO ? chars.slice(1).map((_, i) => i) : coverStarts(chars.length, 2);
  for (const s of starts) {
    if (inLatinRun[s] && inLatinRun[s + 1]) continue;
    terms.add(bigram(chars[s]!, chars[s + 1]!));
  }
  return [...terms];
}

const ALL_PAIRS_UP_TO = 8;

/** Every pair of a term, for the partial-match fallback (a typo breaks only the pairs it touches). */
export function termBigrams(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length === 1) return [unigram(chars[0]!)];
  const terms = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) terms.add(bigram(chars[i]!, chars[i + 1]!));
  return [...terms];
}
