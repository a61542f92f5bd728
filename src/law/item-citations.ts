/** The citations of an item's 实施依据, parsed once per item object. */
import type { Item } from '../content/item-schema.ts';
import { basisPassages } from './passages.ts';
import { articleKey, parseBasis, type ParsedBasis } from './citations.ts';

const cache = new WeakMap<Item, ParsedBasis>();

export function itemCitations(item: Pick<Item, 'basis'>): ParsedBasis {
  let parsed = cache.get(item as Item);
  if (!parsed) {
    parsed = parseBasis(basisPassages(item.basis));
    cache.set(item as Item, parsed);
  }
  return parsed;
}

/** law#article keys an item cites (articles only; whole-document citations give the law alone). */
export function citedArticleKeys(item: Pick<Item, 'basis'>): { articles: Set<string>; laws: Set<string> } {
  const articles = new Set<string>();
  const laws = new Set<string>();
  for (const c of itemCitations(item).citations) {
    laws.add(c.law);
    for (const a of c.articles) articles.add(`${c.law}#${articleKey(a)}`);
  }
  return { articles, laws };
}
