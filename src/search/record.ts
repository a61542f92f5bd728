/**
 * The Pagefind record of one item page. Pagefind keeps `content` and `meta` in the result's
 * fragment; the page shows the title and an excerpt from them and checks the query against the
 * content (docs/search.md, "Design"):
 *
 *   content  the page's searchable text (page-text.ts), shown in excerpts
 *   meta     title, b (bureau), c (category) and code for display;
 *            a  the item-number term (item-alias.ts) that 处罚5 looks up
 *   filters  bureau (slug) and category (lower-case code), for the page's two filters
 *
 * The index terms are not part of the record: build-index.ts adds them when it writes the index
 * (indexedMeta), because which of them are stored by their absence depends on all records
 * (common-terms.ts). So a record stays small while records of a large site are kept:
 *            k  the text's and codes' index terms (tokens.ts) — what every query looks up;
 *            t  the title's terms and n the code's (the non-common ones): the same terms again,
 *               so Pagefind's metadata weights rank a page whose title or code holds the query first
 */
import type { Bureau } from '../content/bureau-schema.ts';
import { categoryCode } from '../content/categories.ts';
import type { Item } from '../content/item-schema.ts';
import { itemPath } from '../model/paths.ts';
import { itemIdTerm } from './item-alias.ts';
import { normalizeForSearch } from './normalize.ts';
import type { PageText } from './page-text.ts';
import { indexTerms } from './tokens.ts';

/**
 * The records' language tag. Not zh-cn: for Chinese Pagefind would segment the content with
 * jieba (time, index size, zero-width spaces in the stored text) and the browser would segment
 * queries — neither is used, as every query is a list of exact index terms. Pagefind serves the
 * only index there is to a zh-CN page.
 */
export const RECORD_LANGUAGE = 'und';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function itemRecord(bureau: Bureau, item: Item, page: PageText): SearchRecord {
  const codes = [item.code, item.subitem_code].filter((c): c is string => Boolean(c));
  // The codes count as text for lookup even if a page design left them out: a code query
  // must find its item.
  const meta: Record<string, string> = {
    title: page.title || item.name,
    b: bureau.name,
    c: item.category,
    a: itemIdTerm(item.id),
  };
  if (codes.length > 0) meta.code = codes.join(' ');
  return {
    // Relative to the site root: the search page makes it relative to itself, so the site
    // works at / and under any sub-path.
    url: itemPath(bureau.id, item.id),
    content: page.text,
    language: RECORD_LANGUAGE,
    meta,
    filters: { bureau: [bureau.id], category: [categoryCode(item.category).toLowerCase()] },
  };
}

/**
 * The index terms of a record's text and codes (meta k). The codes count as text for lookup even
 * if a page design left them out: a code query must find its item.
 */
export function textTerms(record: SearchRecord): string[] {
  return indexTerms(normalizeForSearch(`${record.content}\n${record.meta.code ?? ''}`));
}

/** The terms of the title (meta t) and of the codes (meta n), which only rank. */
export function titleTerms(record: SearchRecord): string[] {
  return indexTerms(normalizeForSearch(record.meta.title ?? ''));
}

export function codeTerms(record: SearchRecord): string[] {
  return record.meta.code ? indexTerms(normalizeForSearch(record.meta.code)) : [];
}
