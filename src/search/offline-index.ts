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

/**
 * A piece of normalised text, found in the original text without normalising it first (which
 * would cost seconds at 10,000 items): normalize.ts maps one UTF-16 unit to one, and only
 * ASCII comes out of a change, so a piece without ASCII is found as it is, and a piece with
 * ASCII by a pattern that also accepts each ASCII character's full-width and upper-case forms.
 */
export type Finder = (text: string) => boolean;

function escapeClass(c: string): string {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

export function finderOf(piece: string): Finder {
  if (!/[\u0021-\u007e]/.test(piece)) return (text) => text.includes(piece);
  let source = '';
  for (const c of piece) {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || code < 0x21 || code > 0x7e) {
      source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const forms = new Set([c, String.fromCharCode(code + 0xfee0)]);
    if (c >= 'a' && c <= 'z') {
      const upper = c.toUpperCase();
      forms.add(upper).add(String.fromCharCode(upper.charCodeAt(0) + 0xfee0));
    }
    source += `[${[...forms].map(escapeClass).join('')}]`;
  }
  const pattern = new RegExp(source);
  return (text) => pattern.test(text);
}

/** What an index term stands for: a piece of text, or an item number. */
type Piece = { text: string } | { itemTerm: string };
type Matcher = { find: Finder } | { itemTerm: string };

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

function weightOf(entry: OfflineEntry, matcher: Matcher): number {
  if ('itemTerm' in matcher) return entry[7] === matcher.itemTerm ? W.a : 0;
  // The index terms come from the content and the codes (record.ts).
  if (!matcher.find(entry[8]) && !(entry[4] && matcher.find(entry[4]))) return 0;
  return W.k + (matcher.find(entry[1]) ? W.t : 0) + (entry[4] && matcher.find(entry[4]) ? W.n : 0);
}

export function offlineSearchApi(data: OfflineData): PagefindApi {
  return {
    async search(query, options) {
      const matchers: Matcher[] = query
        .split(/\s+/)
        .filter(Boolean)
        .map(pieceOfTerm)
        .map((piece) => ('itemTerm' in piece ? piece : { find: finderOf(piece.text) }));
      const bureau = options?.filters?.bureau;
      const category = options?.filters?.category;
      const scored: { entry: OfflineEntry; score: number; order: number }[] = [];
      data.items.forEach((entry, order) => {
        if ((bureau && entry[5] !== bureau) || (category && entry[6] !== category)) return;
        let score = 0;
        for (const matcher of matchers) {
          const weight = weightOf(entry, matcher);
          if (weight === 0) return;
          score += weight;
        }
        scored.push({ entry, score, order });
      });
      // Higher weight first; among equals shorter texts first (as BM25 would), then list order.
      scored.sort((a, b) => b.score - a.score || a.entry[8].length - b.entry[8].length || a.order - b.order);
      const results: PagefindResult[] = scored.map(({ entry, score, order }) => ({ id: String(order), score, data: async () => fragmentOf(entry) }));
      return { results };
    },
  };
}

function fragmentOf(entry: OfflineEntry): FragmentData {
  const [url, title, b, c, code] = entry;
  return { url, content: entry[8], meta: { title, b, c, ...(code ? { code } : {}) } };
}
