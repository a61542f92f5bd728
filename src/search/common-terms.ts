/**
 * Common index terms, stored by their absence (docs/search.md, "Design" and "Term design at
 * scale"). Pagefind's memory and time grow with the (term, page) pairs it indexes — about
 * 0.5–0.8 KB of memory each, measured — and an item page has some 830 terms (tokens.ts). Many
 * of those pairs belong to terms that most items hold (行政, 责任, 法律 …).
 * Such a term is indexed the other way round: the pages that LACK it get `q` + the term, and
 * every page gets the one term `zall`. A page holds a common term exactly when it is not among
 * the pages of its `q` term, so the same sets of pages are found with fewer pairs (a term held
 * by 90 % of pages costs 10 % instead of 90 %).
 *
 * Which terms are common is decided over all records when the index is written; the list goes
 * into pagefind/common-terms.json, which the search page (and verify-index.ts) load with
 * Pagefind, so a query looks each term up the way it was indexed (engine.ts).
 */

/** Held by every page: the candidates of a query made only of common terms. */
export const UNIVERSAL_TERM = 'zall';

/** The file, in pagefind/, that lists the common terms of the index. */
export const COMMON_TERMS_FILE = 'common-terms.json';

/** The term a page gets when it lacks the common term `term`. No text term starts with q. */
export const lacksTerm = (term: string): string => `q${term}`;

/**
 * A term is common when more than COMMON_SHARE of all pages hold it. Storing absence pays from
 * one half on; above 70 % it takes nearly all of the saving (measured at 1,000 items: 834 pairs
 * per item, 567 at one half, 590 at 70 %) while the lists of pages lacking a term stay short
 * and a two-character word such as 医保 (in 61 % of the synthetic items) is still looked up as
 * itself: fewer queries need the `zall` list of every page (docs/benchmarks/search-terms.md).
 */
export const COMMON_SHARE = 0.7;

/** Terms held by more than COMMON_SHARE of `records` pages, sorted. */
export function chooseCommonTerms(pagesHolding: Map<string, number>, records: number): string[] {
  return [...pagesHolding]
    .filter(([, pages]) => pages > COMMON_SHARE * records)
    .map(([term]) => term)
    .sort();
}

/**
 * The terms a page is indexed under: `zall`, its terms that are not common, and `q` + each
 * common term it lacks.
 */
export function storedTerms(ownTerms: readonly string[], common: readonly string[], commonSet: ReadonlySet<string>): string[] {
  const own = new Set(ownTerms);
  const stored = [UNIVERSAL_TERM];
  for (const term of ownTerms) if (!commonSet.has(term)) stored.push(term);
  for (const term of common) if (!own.has(term)) stored.push(lacksTerm(term));
  return stored;
}

/** The common-terms file's text, and its reading (a list of strings, or an error). */
export function commonTermsJson(common: readonly string[]): string {
  return `${JSON.stringify({ version: 1, common })}\n`;
}

export function parseCommonTerms(text: string): Set<string> {
  const data = JSON.parse(text) as { version?: number; common?: unknown };
  if (data.version !== 1 || !Array.isArray(data.common) || !data.common.every((t) => typeof t === 'string')) throw new Error(`${COMMON_TERMS_FILE}: not a list of common terms`);
  return new Set(data.common as string[]);
}
