/**
 * The search behind the search page, free of the DOM so it can be tested on its own
 * (docs/search.md, "Design"):
 *
 *  1. The query is split into terms (normalize.ts). A page matches when its text contains
 *     every term.
 *  2. Pagefind is asked for the index terms each term requires (tokens.ts): every page that
 *     matches is among the candidates, in Pagefind's order, which ranks pages whose title or
 *     code holds the terms first (metadata weights below). A common term is looked up by its
 *     absence (common-terms.ts): the pages lacking it are taken out.
 *  3. Candidates are fetched a page of results at a time and kept only if their text contains
 *     every term, so whatever is shown contains the query; the count is exact once every
 *     candidate is checked, or at once when the index terms alone decide a match.
 *  4. An item number (处罚5) or a 地方权力编码 brings its item first.
 *  5. When nothing contains the query (a typo), pages holding most of its character pairs are
 *     offered instead, marked as partial matches.
 */
import { lacksTerm, UNIVERSAL_TERM } from './common-terms.ts';
import { itemIdOfQuery, itemIdTerm } from './item-alias.ts';
import { normalizeForSearch, queryTerms } from './normalize.ts';
import { queryIndexTerms, termBigrams } from './tokens.ts';

export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<FragmentData>;
}

export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  /** The index's common terms (common-terms.ts), stored by their absence; none if absent. */
  commonTerms?: ReadonlySet<string>;
}

type Options = { filters: Record<string, string> };
const NO_COMMON_TERMS: ReadonlySet<string> = new Set();

/**
 * The pages holding every one of `indexTerms`, in Pagefind's order: one search for the terms
 * the index holds as themselves (or for `zall` when all are common), less the pages that lack a
 * common one.
 */
async function pagesHoldingAll(pagefind: PagefindApi, indexTerms: string[], options: Options): Promise<PagefindResult[]> {
  const common = pagefind.commonTerms ?? NO_COMMON_TERMS;
  const held = indexTerms.filter((t) => !common.has(t));
  const [main, ...lacking] = await Promise.all([pagefind.search((held.length > 0 ? held : [UNIVERSAL_TERM]).join(' '), options), ...indexTerms.filter((t) => common.has(t)).map((t) => pagefind.search(lacksTerm(t), options))]);
  const excluded = new Set(lacking.flatMap((r) => r?.results.map((x) => x.id) ?? []));
  return (main?.results ?? []).filter((r) => !excluded.has(r.id));
}

/** Pagefind ranking options: a match in the title (t), code (n) or item number (a) outranks one in the text (k). */
export const RANKING = { metaWeights: { t: 8, n: 20, a: 40, k: 1, title: 0, b: 0, c: 0, code: 0 } };

export interface Filters {
  bureau?: string;
  category?: string;
}

export interface Hit {
  url: string;
  title: string;
  bureau: string;
  category: string;
  code?: string;
  content: string;
  /** Named by the query's item number or code rather than found in the text. */
  named: boolean;
}

export type SearchMode = 'empty' | 'exact' | 'partial' | 'none';

export interface SearchRun {
  terms: string[];
  mode: SearchMode;
  /** The item id an item-number query names (cf-005), and how many items carry it. */
  itemId?: string;
  namedCount: number;
  /** Matching items known so far: exact once `countIsExact`, otherwise an upper bound. */
  count(): number;
  countIsExact(): boolean;
  /** The next `size` results (fewer at the end). */
  next(size: number): Promise<Hit[]>;
  done(): boolean;
}

function pagefindFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.bureau) out.bureau = filters.bureau;
  if (filters.category) out.category = filters.category;
  return out;
}

function hitOf(data: FragmentData, named: boolean): Hit {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    bureau: data.meta.b ?? '',
    category: data.meta.c ?? '',
    code: data.meta.code,
    content: data.content,
    named,
  };
}

export function containsAll(content: string, terms: string[]): boolean {
  const text = normalizeForSearch(content);
  return terms.every((term) => text.includes(term));
}

/** True when a page holding a term's index terms must contain the term itself. */
function decidedByIndex(term: string): boolean {
  const length = Array.from(term).length;
  return length <= 2 || (/^[0-9a-z]+$/.test(term) && (length === 4 || length === 8));
}

interface Candidate {
  result: PagefindResult;
  named: boolean;
}

function emptyRun(terms: string[], mode: SearchMode): SearchRun {
  return { terms, mode, namedCount: 0, count: () => 0, countIsExact: () => true, next: async () => [], done: () => true };
}

export async function search(pagefind: PagefindApi, query: string, filters: Filters = {}): Promise<SearchRun> {
  const terms = queryTerms(query);
  if (terms.length === 0) return emptyRun(terms, 'empty');
  const options = { filters: pagefindFilters(filters) };
  const indexTerms = [...new Set(terms.flatMap(queryIndexTerms))];
  const itemId = terms.length === 1 ? itemIdOfQuery(terms[0]!) : undefined;
  const [main, named] = await Promise.all([pagesHoldingAll(pagefind, indexTerms, options), itemId ? pagefind.search(itemIdTerm(itemId), options) : Promise.resolve(null)]);
  const namedResults = named?.results ?? [];
  const namedIds = new Set(namedResults.map((r) => r.id));
  const candidates: Candidate[] = [...namedResults.map((result) => ({ result, named: true })), ...main.filter((r) => !namedIds.has(r.id)).map((result) => ({ result, named: false }))];
  if (candidates.length > 0) {
    const run = exactRun(terms, candidates, terms.every(decidedByIndex), namedResults.length > 0 ? itemId : undefined, namedResults.length);
    const first = await run.check(FIRST_CHECK, FIRST_CHECK);
    if (first.length > 0) return withBuffered(run, first);
    // Pagefind drops a query word it does not know instead of failing the search (see
    // docs/search.md), so a typo's candidates are every page holding the other terms. Rather
    // than check them all, see whether some index term is missing: then no page can match.
    if (!run.done() && !(await anyTermMissing(pagefind, indexTerms, options))) {
      const later = await run.next(FIRST_CHECK);
      if (later.length > 0) return withBuffered(run, later);
    }
  }
  return partialRun(pagefind, terms, options);
}

const FIRST_CHECK = 20;

async function anyTermMissing(pagefind: PagefindApi, indexTerms: string[], options: Options): Promise<boolean> {
  // A common term is held by most pages (common-terms.ts), so only the others can be missing.
  const common = pagefind.commonTerms ?? NO_COMMON_TERMS;
  const found = await Promise.all(indexTerms.filter((t) => !common.has(t)).map((t) => pagefind.search(t, options)));
  return found.some((r) => (r?.results.length ?? 0) === 0);
}

/** Candidates checked against the text in order, `size` shown results at a time. */
function exactRun(terms: string[], candidates: Candidate[], exactByIndex: boolean, itemId: string | undefined, namedCount: number): SearchRun & { check(size: number, fetchLimit: number): Promise<Hit[]> } {
  // A one-term query may be an item's code (地方权力编码 or a list's own, such as CF-0001).
  const codeTerm = terms.length === 1 ? terms[0] : undefined;
  const ownsCode = (data: FragmentData) => codeTerm !== undefined && (data.meta.code ?? '').split(' ').some((c) => normalizeForSearch(c) === codeTerm);
  let cursor = 0;
  let rejected = 0;
  async function check(size: number, fetchLimit: number): Promise<Hit[]> {
    const hits: Hit[] = [];
    let fetched = 0;
    while (hits.length < size && cursor < candidates.length && fetched < fetchLimit) {
      const batch = candidates.slice(cursor, cursor + Math.min(size - hits.length, fetchLimit - fetched));
      cursor += batch.length;
      fetched += batch.length;
      const data = await Promise.all(batch.map((c) => c.result.data()));
      data.forEach((d, i) => {
        // An item is named by its number or its own code even where its text does not say so.
        const named = batch[i]!.named || ownsCode(d);
        if (named || containsAll(d.content, terms)) hits.push(hitOf(d, named));
        else rejected++;
      });
    }
    // The item that carries the code itself goes before items that only mention it.
    if (codeTerm) hits.sort((a, b) => Number(b.named) - Number(a.named));
    return hits;
  }
  return {
    terms,
    mode: 'exact',
    itemId,
    namedCount,
    count: () => candidates.length - rejected,
    countIsExact: () => exactByIndex || cursor >= candidates.length,
    done: () => cursor >= candidates.length,
    next: (size) => check(size, Infinity),
    check,
  };
}

function withBuffered(run: SearchRun, buffered: Hit[]): SearchRun {
  let pending: Hit[] | undefined = buffered;
  return {
    ...run,
    done: () => pending === undefined && run.done(),
    async next(size) {
      if (pending === undefined) return run.next(size);
      const out = pending.slice(0, size);
      const rest = pending.slice(size);
      pending = rest.length > 0 ? rest : undefined;
      if (out.length < size && !run.done()) out.push(...(await run.next(size - out.length)));
      return out;
    },
  };
}

/**
 * Nothing contains the query: offer pages holding at least half of its character pairs, most
 * pairs first. A typo spoils only the pairs it touches, so the page meant keeps the rest.
 */
async function partialRun(pagefind: PagefindApi, terms: string[], options: Options): Promise<SearchRun> {
  const pairs = [...new Set(terms.flatMap(termBigrams))];
  const found = await Promise.all(pairs.map((p) => pagesHoldingAll(pagefind, [p], options)));
  const tally = new Map<string, { result: PagefindResult; pairs: number; score: number }>();
  for (const results of found) {
    for (const result of results) {
      const entry = tally.get(result.id) ?? { result, pairs: 0, score: 0 };
      entry.pairs++;
      entry.score = Math.max(entry.score, result.score);
      tally.set(result.id, entry);
    }
  }
  const needed = Math.max(1, Math.ceil(pairs.length / 2));
  const ranked = [...tally.values()].filter((e) => e.pairs >= needed).sort((a, b) => b.pairs - a.pairs || b.score - a.score);
  if (ranked.length === 0) return emptyRun(terms, 'none');
  let cursor = 0;
  return {
    terms,
    mode: 'partial',
    namedCount: 0,
    count: () => ranked.length,
    countIsExact: () => true,
    done: () => cursor >= ranked.length,
    async next(size) {
      const batch = ranked.slice(cursor, cursor + size);
      cursor += batch.length;
      return (await Promise.all(batch.map((e) => e.result.data()))).map((d) => hitOf(d, false));
    },
  };
}
