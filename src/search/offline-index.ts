/**
 * Search without a server: the candidate source for a copy opened from disk (file://), where
 * browsers refuse Pagefind's module, fetch and WebAssembly (docs/search.md, "Offline search").
 *
 * The bundle writes every item's search record (record.ts — the same record Pagefind gets)
 * into one plain `<script>` file, scripts/search-data.js, that sets `window.qingdanSearchData`.
 * `offlineSearchApi` answers the engine's Pagefind calls (engine.ts, `PagefindApi`) from it, so
 * query parsing, item numbers, codes, text checks, highlighting and the partial-match fallback
 * are the engine's own; only the candidates come from here. A Pagefind query is a list of index
 * terms (tokens.ts) and a page is a candidate when it holds all of them; each term stands for
 * a piece of text (a character, a pair, a 4- or 8-character Latin window) or an item number, so
 * "holds the term" is "its normalised text contains that piece" — the same set of pages the
 * index gives, computed by scanning the texts. Ranking follows the metadata weights of
 * engine.ts's RANKING: a term held by the item number, code or title outweighs one in the text.
 */
import { RANKING, type FragmentData, type PagefindApi, type PagefindResult } from './engine.ts';
import { normalizeForSearch } from './normalize.ts';
import type { SearchRecord } from './record.ts';

/** The global the data file sets. */
export const OFFLINE_DATA_GLOBAL = 'qingdanSearchData';
/** The data file, relative to the site root. */
export const OFFLINE_DATA_PATH = 'scripts/search-data.js';

/** One item: [url, title, bureau name, category, codes, bureau slug, category code, item term, content]. */
export type OfflineEntry = [string, string, string, string, string, string, string, string, string];

export interface OfflineData {
  version: 1;
  items: OfflineEntry[];
}

/** The compact entry of one search record; `url` is the link the bundle's pages use. */
export function offlineEntry(record: SearchRecord, url: string): OfflineEntry {
  const m = record.meta;
  return [url, m.title ?? '', m.b ?? '', m.c ?? '', m.code ?? '', record.filters.bureau?.[0] ?? '', record.filters.category?.[0] ?? '', m.a ?? '', record.content];
}

/** The data file's text: a classic script that a file:// page may load. */
export function offlineDataScript(entries: OfflineEntry[]): string {
  const data: OfflineData = { version: 1, items: entries };
  // JSON is valid JavaScript (U+2028/2029 included since ES2019); nothing in it runs.
  return `window.${OFFLINE_DATA_GLOBAL}=${JSON.stringify(data)};\n`;
}

interface Prepared {
  entry: OfflineEntry;
  /** Normalised text the index terms come from: the content and the codes (record.ts). */
  text: string;
  title: string;
  code: string;
}

/** What an index term stands for: a piece of text, or an item number. */
type Piece = { text: string } | { itemTerm: string };

function fromBase36(digits: string): string {
  return String.fromCodePoint(parseInt(digits, 36));
}

/** Decodes one index term of tokens.ts (u, v, w, x) or item-alias.ts (k). */
export function pieceOfTerm(term: string): Piece {
  const kind = term[0];
  const body = term.slice(1);
  if (kind === 'u' && body.length === 4) return { text: fromBase36(body) };
  if (kind === 'v' && body.length === 8) return { text: fromBase36(body.slice(0, 4)) + fromBase36(body.slice(4)) };
  if ((kind === 'w' && body.length === 4) || (kind === 'x' && body.length === 8)) return { text: body };
  if (kind === 'k') return { itemTerm: term };
  throw new Error(`not an index term: ${term}`);
}

const W = RANKING.metaWeights;

function weightOf(item: Prepared, piece: Piece): number {
  if ('itemTerm' in piece) return item.entry[7] === piece.itemTerm ? W.a : 0;
  if (!item.text.includes(piece.text)) return 0;
  return W.k + (item.title.includes(piece.text) ? W.t : 0) + (item.code.includes(piece.text) ? W.n : 0);
}

export function offlineSearchApi(data: OfflineData): PagefindApi {
  let prepared: Prepared[] | undefined;
  const prepare = () =>
    (prepared ??= data.items.map((entry) => ({
      entry,
      text: normalizeForSearch(entry[4] ? `${entry[8]}\n${entry[4]}` : entry[8]),
      title: normalizeForSearch(entry[1]),
      code: normalizeForSearch(entry[4]),
    })));
  return {
    async search(query, options) {
      const pieces = query.split(/\s+/).filter(Boolean).map(pieceOfTerm);
      const bureau = options?.filters?.bureau;
      const category = options?.filters?.category;
      const scored: { item: Prepared; score: number; order: number }[] = [];
      prepare().forEach((item, order) => {
        if ((bureau && item.entry[5] !== bureau) || (category && item.entry[6] !== category)) return;
        let score = 0;
        for (const piece of pieces) {
          const weight = weightOf(item, piece);
          if (weight === 0) return;
          score += weight;
        }
        scored.push({ item, score, order });
      });
      // Higher weight first; among equals shorter texts first (as BM25 would), then list order.
      scored.sort((a, b) => b.score - a.score || a.item.text.length - b.item.text.length || a.order - b.order);
      const results: PagefindResult[] = scored.map(({ item, score, order }) => ({ id: String(order), score, data: async () => fragmentOf(item.entry) }));
      return { results };
    },
  };
}

function fragmentOf(entry: OfflineEntry): FragmentData {
  const [url, title, b, c, code] = entry;
  return { url, content: entry[8], meta: { title, b, c, ...(code ? { code } : {}) } };
}
