/**
 * The search logic of the search page (src/search/engine.ts) against a stand-in for Pagefind
 * that behaves like it where it matters: a query's words are ANDed, a word the index does not
 * hold is dropped from the query (Pagefind 1.5.2 does this, docs/search.md), results come in
 * score order, and a result's text costs a fetch. Every test runs on both ways of storing the
 * terms: each term as itself, and common terms by their absence (src/search/common-terms.ts) —
 * the design the build uses — which must find the same items.
 */
import { describe, expect, it } from 'vitest';
import { chooseCommonTerms, storedTerms } from '../../src/search/common-terms.ts';
import { search, type FragmentData, type PagefindApi } from '../../src/search/engine.ts';
import { itemIdTerm } from '../../src/search/item-alias.ts';
import { normalizeForSearch } from '../../src/search/normalize.ts';
import { indexTerms } from '../../src/search/tokens.ts';

interface FakeRecord extends FragmentData {
  filters: Record<string, string>;
}

function record(url: string, title: string, body: string, extra: { code?: string; bureau?: string } = {}): FakeRecord {
  const content = `${title} ${body}`;
  const meta: Record<string, string> = {
    title,
    k: indexTerms(normalizeForSearch([content, extra.code ?? ''].join(' '))).join(' '),
    t: indexTerms(normalizeForSearch(title)).join(' '),
    a: itemIdTerm(url.split('/')[1]!),
  };
  if (extra.code) {
    meta.code = extra.code;
    meta.n = indexTerms(normalizeForSearch(extra.code)).join(' ');
  }
  return { url, content, meta, filters: { bureau: extra.bureau ?? url.split('/')[0]!, category: url.split('/')[1]!.slice(0, 2) } };
}

type Storage = 'as-itself' | 'common-by-absence';

/** The records as the index stores them: common terms (held by more than 70 %) by their absence. */
function commonByAbsence(records: FakeRecord[]): { records: FakeRecord[]; common: Set<string> } {
  const holding = new Map<string, number>();
  for (const r of records) for (const t of r.meta.k!.split(' ')) holding.set(t, (holding.get(t) ?? 0) + 1);
  const common = chooseCommonTerms(holding, records.length);
  const set = new Set(common);
  const ranking = (terms: string | undefined) => (terms ?? '').split(' ').filter((t) => t && !set.has(t)).join(' ');
  const stored = records.map((r) => ({ ...r, meta: { ...r.meta, k: storedTerms(r.meta.k!.split(' '), common, set).join(' '), t: ranking(r.meta.t), ...(r.meta.n ? { n: ranking(r.meta.n) } : {}) } }));
  return { records: stored, common: set };
}

function fakeIndex(given: FakeRecord[], storage: Storage) {
  const { records, common } = storage === 'common-by-absence' ? commonByAbsence(given) : { records: given, common: undefined };
  const fetched: string[] = [];
  const weights: Record<string, number> = { a: 40, n: 20, t: 8, k: 1 };
  const api: PagefindApi = {
    commonTerms: common,
    async search(query, options = {}) {
      const words = query.split(' ').filter(Boolean);
      const known = words.filter((w) => records.some((r) => Object.keys(weights).some((f) => (r.meta[f] ?? '').split(' ').includes(w))));
      if (known.length === 0) return { results: [] };
      const filters = options.filters ?? {};
      const matches = records
        .filter((r) => Object.entries(filters).every(([k, v]) => r.filters[k] === v))
        .map((r) => ({ r, score: known.reduce((sum, w) => sum + Object.keys(weights).filter((f) => (r.meta[f] ?? '').split(' ').includes(w)).reduce((s, f) => s + weights[f]!, 0), 0) }))
        .filter(({ r }) => known.every((w) => Object.keys(weights).some((f) => (r.meta[f] ?? '').split(' ').includes(w))))
        .sort((a, b) => b.score - a.score);
      return {
        results: matches.map(({ r, score }) => ({
          id: r.url,
          score,
          data: async () => {
            fetched.push(r.url);
            return { url: `/${r.url}`, content: r.content, meta: r.meta };
          },
        })),
      };
    },
  };
  return { api, fetched };
}

const RECORDS = [
  record('a/qt-001/', '基本医疗保险参保人员异地就医备案', '参保人员异地就医的，应当备案。'),
  record('a/cf-005/', '对骗取医保基金的处罚', '依据第八十七条。'),
  // Its code is in the record but not in its text: a code query must still find it.
  record('b/cf-005/', '对虚报医疗救助的处罚', '依据第八十四条。', { code: '11620500MB161709673620236001000' }),
  record('b/qt-002/', '其他事项', '异地安置人员就医结算；提及 11620500MB161709673620236001000 的事项。'),
  ...Array.from({ length: 45 }, (_, i) => record(`c/gf-${String(i + 1).padStart(3, '0')}/`, `给付事项${i + 1}`, '异地就医直接结算，医保待遇。')),
];

async function all(run: Awaited<ReturnType<typeof search>>) {
  const urls: string[] = [];
  while (!run.done()) urls.push(...(await run.next(20)).map((h) => h.url));
  return urls;
}

describe.each<Storage>(['as-itself', 'common-by-absence'])('search, terms stored %s', (storage) => {
  const fakePagefind = (records: FakeRecord[]) => fakeIndex(records, storage);

  it('stores common terms by their absence only in that design', () => {
    const holding = fakePagefind(RECORDS).api.commonTerms;
    if (storage === 'as-itself') expect(holding).toBeUndefined();
    // 异地就医's pairs are in 46 of the 49 records.
    else expect([...holding!]).toEqual(expect.arrayContaining(indexTerms('异地就医').filter((t) => t.startsWith('v'))));
  });

  it('returns exactly the items containing every term, 20 at a time (title matches first when a term is not common)', async () => {
    const { api } = fakePagefind(RECORDS);
    const run = await search(api, '异地就医');
    expect(run.mode).toBe('exact');
    const first = await run.next(20);
    expect(first).toHaveLength(20);
    if (storage === 'as-itself') expect(first[0]!.url).toBe('/a/qt-001/');
    const titled = await (await search(api, '备案')).next(20);
    expect(titled[0]!.url).toBe('/a/qt-001/');
    const urls = [...first.map((h) => h.url), ...(await all(run))];
    expect(urls).toHaveLength(46);
    expect(urls).not.toContain('/b/qt-002/'); // 异地 … 就医 apart: holds the pairs, not the phrase
    expect(run.count()).toBe(46);
    expect(run.countIsExact()).toBe(true);
  });

  it('requires every word of a several-word query', async () => {
    const { api } = fakePagefind(RECORDS);
    expect(await all(await search(api, '异地就医 备案'))).toEqual(['/a/qt-001/']);
  });

  it('applies the bureau and category filters', async () => {
    const { api } = fakePagefind(RECORDS);
    expect(await all(await search(api, '处罚', { bureau: 'b' }))).toEqual(['/b/cf-005/']);
    expect((await all(await search(api, '医保', { category: 'gf' }))).every((u) => u.startsWith('/c/gf-'))).toBe(true);
  });

  it('puts the items an item number names first, marked as named', async () => {
    const { api } = fakePagefind(RECORDS);
    const run = await search(api, '处罚5');
    const hits = await run.next(20);
    expect(hits.map((h) => [h.url, h.named])).toEqual([
      ['/a/cf-005/', true],
      ['/b/cf-005/', true],
    ]);
    expect(run.itemId).toBe('cf-005');
    expect(run.namedCount).toBe(2);
  });

  it('puts the item that carries a code before items that mention it', async () => {
    const { api } = fakePagefind([RECORDS[3]!, RECORDS[2]!]);
    const hits = await (await search(api, '11620500mb161709673620236001000')).next(20);
    expect(hits.map((h) => [h.url, h.named])).toEqual([
      ['/b/cf-005/', true],
      ['/b/qt-002/', false],
    ]);
  });

  it('offers partial matches for a typo without fetching every candidate', async () => {
    const { api, fetched } = fakePagefind(RECORDS);
    const run = await search(api, '异地就依');
    expect(run.mode).toBe('partial');
    const urls = await all(run);
    expect(urls).toContain('/a/qt-001/');
    expect(urls.slice(0, 5).every((u) => u !== '/b/cf-005/')).toBe(true);
    // The first batch is checked before the missing pair is noticed, then only shown results.
    expect(fetched.length).toBeLessThanOrEqual(20 + urls.length);
  });

  it('says so when nothing matches even in part, and when the query is empty', async () => {
    const { api } = fakePagefind(RECORDS);
    expect((await search(api, '房地产')).mode).toBe('none');
    expect((await search(api, '   ')).mode).toBe('empty');
  });
});
