/**
 * The 依据索引: every law or document the lists cite, its cited articles, and under each article
 * the items of every bureau that cite it. Each law has a page laws/<slug>/, where the slug is a
 * short hash of its normalised title (stable while the title is; Chinese titles make poor paths).
 */
import { createHash } from 'node:crypto';
import type { Item } from '../content/item-schema.ts';
import { articleKey, articleLabel, type ArticleRef } from './citations.ts';
import { itemCitations } from './item-citations.ts';

export interface CitingItem {
  item: Item;
  /** The quoted text, when the item quotes this article. */
  quote?: string;
  /** Finer parts cited (第一款, 第（三）项), as written labels. */
  parts: string[];
}

export interface LawArticle {
  key: string;
  /** 第八十四条 */
  label: string;
  article: number;
  sub?: number;
  items: CitingItem[];
}

export interface LawEntry {
  law: string;
  slug: string;
  /** The title as most often written. */
  title: string;
  documentNumbers: string[];
  articles: LawArticle[];
  /** Items citing the document as a whole (全文, or no article). */
  wholeItems: Item[];
  /** Every item citing it in any way. */
  itemCount: number;
  bureauCount: number;
}

export function lawSlug(law: string): string {
  return createHash('sha1').update(law).digest('hex').slice(0, 10);
}

export function articleAnchor(ref: Pick<ArticleRef, 'article' | 'sub'>): string {
  return `a${articleKey(ref as ArticleRef)}`;
}

export function buildLawIndex(items: Item[]): LawEntry[] {
  const laws = new Map<string, { titles: Map<string, number>; docs: Set<string>; articles: Map<string, LawArticle>; whole: Set<Item>; all: Set<Item> }>();
  const citingOf = new Map<LawArticle, Map<Item, LawArticle['items'][number]>>();
  for (const item of items) {
    for (const c of itemCitations(item).citations) {
      let entry = laws.get(c.law);
      if (!entry) laws.set(c.law, (entry = { titles: new Map(), docs: new Set(), articles: new Map(), whole: new Set(), all: new Set() }));
      entry.titles.set(c.title, (entry.titles.get(c.title) ?? 0) + 1);
      if (c.documentNumber) entry.docs.add(c.documentNumber);
      entry.all.add(item);
      if (!c.articles.length) entry.whole.add(item);
      for (const ref of c.articles) {
        const key = articleKey(ref);
        let article = entry.articles.get(key);
        if (!article) entry.articles.set(key, (article = { key, label: articleLabel({ article: ref.article, ...(ref.sub ? { sub: ref.sub } : {}) }), article: ref.article, ...(ref.sub ? { sub: ref.sub } : {}), items: [] }));
        // Looked up in a map, not searched in article.items: an article cited by thousands of items
        // made the search grow as their square.
        let citingByItem = citingOf.get(article);
        if (!citingByItem) citingOf.set(article, (citingByItem = new Map()));
        let citing = citingByItem.get(item);
        if (!citing) {
          article.items.push((citing = { item, parts: [] }));
          citingByItem.set(item, citing);
        }
        const fine = articleLabel(ref);
        if (fine !== article.label && !citing.parts.includes(fine)) citing.parts.push(fine);
        if (c.quote && c.articles.length === 1 && !citing.quote) citing.quote = c.quote;
      }
    }
  }
  return [...laws.entries()]
    .map(([law, e]): LawEntry => {
      const title = [...e.titles.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return {
        law,
        slug: lawSlug(law),
        title,
        documentNumbers: [...e.docs].sort(),
        articles: [...e.articles.values()].sort((a, b) => a.article - b.article || (a.sub ?? 0) - (b.sub ?? 0)),
        wholeItems: [...e.whole],
        itemCount: e.all.size,
        bureauCount: new Set([...e.all].map((i) => i.bureau)).size,
      };
    })
    .sort((a, b) => b.itemCount - a.itemCount || a.law.localeCompare(b.law));
}
