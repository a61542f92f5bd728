/**
 * The offline candidate source (src/search/offline-index.ts) against the definitions it stands
 * in for: every index term decodes to the text it was made from (tokens.ts, item-alias.ts);
 * finding a piece in the original text equals finding it in the normalised text (normalize.ts);
 * and a search returns exactly the pages whose index terms would hold the query's terms.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../src/search/engine.ts';
import { itemIdTerm } from '../../src/search/item-alias.ts';
import { normalizeForSearch } from '../../src/search/normalize.ts';
import { finderOf, offlineDataScript, offlineSearchApi, pieceOfTerm, type OfflineEntry } from '../../src/search/offline-index.ts';
import { indexTerms, queryIndexTerms } from '../../src/search/tokens.ts';

const TEXTS = [
  '依据《中华人民共和国社会保险法》第八十四条，处罚决定书（冀医保〔２０２２〕3号）',
  '地方权力编码 11620500MB161709673620236001000，电话 0394-4662166',
  'CF-0001 定点医药机构　异地就医备案',
  'Ａｂｃ１２３４ 𠀋字 ＃tag#',
];

describe('offline index terms', () => {
  it('decodes every index term of a text to a piece that text holds', () => {
    for (const text of TEXTS) {
      const normalized = normalizeForSearch(text);
      for (const term of indexTerms(normalized)) {
        const piece = pieceOfTerm(term);
        expect('text' in piece && normalized.includes(piece.text), term).toBe(true);
      }
    }
    expect(pieceOfTerm(itemIdTerm('cf-005'))).toEqual({ itemTerm: 'kcf005' });
    expect(() => pieceOfTerm('zzz')).toThrow();
  });

  it('finds a piece in the original text exactly when the normalised text holds it', () => {
    const pieces = ['２０２２', '2022', 'cf-0001', 'abc1', '#tag', '＃', 'mb16', '异地', '〔2', '𠀋字', '4条', '八十四条', 'x'];
    for (const text of TEXTS) {
      for (const piece of pieces) {
        const p = normalizeForSearch(piece);
        expect(finderOf(p)(text), `${p} in ${text}`).toBe(normalizeForSearch(text).includes(p));
      }
    }
    expect(finderOf('cf-0001')('ＣＦ－０００１')).toBe(true);
    expect(finderOf('a.b')('axb')).toBe(false);
  });
});

describe('offline search', () => {
  const entries: OfflineEntry[] = TEXTS.map((text, i) => [`b${i % 2}/cf-00${i + 1}/index.html`, `标题${i}`, `部门${i % 2}`, '行政处罚', i === 2 ? 'CF-0001' : '', `b${i % 2}`, 'cf', itemIdTerm(`cf-00${i + 1}`), text]);
  const data = JSON.parse(offlineDataScript(entries).replace(/^window\.qingdanSearchData=/, '').replace(/;\n$/, ''));
  const api = offlineSearchApi(data);

  it('returns exactly the items whose text holds every index term of the query', async () => {
    for (const query of ['异地就医', '2022', '八十四条', 'cf-0001', '0394', '字', '不存在的词']) {
      const terms = queryIndexTerms(normalizeForSearch(query));
      const expected = entries.filter((e) => terms.every((t) => indexTerms(normalizeForSearch(`${e[8]}\n${e[4]}`)).includes(t))).map((e) => e[0]);
      const got = (await api.search(terms.join(' ')))!.results;
      const urls = await Promise.all(got.map(async (r) => (await r.data()).url));
      expect(new Set(urls), query).toEqual(new Set(expected));
    }
  });

  it('applies the bureau and category filters and ranks a title or code match first', async () => {
    const one = await api.search(queryIndexTerms('2022').join(' '), { filters: { bureau: 'b0' } });
    expect(await Promise.all(one!.results.map(async (r) => (await r.data()).url))).toEqual(['b0/cf-001/index.html']);
    const none = await api.search(queryIndexTerms('2022').join(' '), { filters: { category: 'xk' } });
    expect(none!.results).toEqual([]);
    const run = await search(api, 'CF-0001');
    const [first] = await run.next(20);
    expect(first!.url).toBe('b0/cf-003/index.html');
    expect(first!.named).toBe(true);
  });

  it('answers item numbers through the engine like Pagefind does', async () => {
    const run = await search(api, '处罚2');
    expect(run.itemId).toBe('cf-002');
    expect((await run.next(20)).map((h) => h.url)[0]).toBe('b1/cf-002/index.html');
  });
});
