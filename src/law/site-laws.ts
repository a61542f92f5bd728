/** The 依据索引 of the site model, built once per build, and an item's links into it. */
import type { Item } from '../content/item-schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { articleLabel } from './citations.ts';
import { itemCitations } from './item-citations.ts';
import { articleAnchor, buildLawIndex, lawSlug, type LawEntry } from './law-index.ts';

let cached: { site: SiteModel; laws: LawEntry[] } | undefined;

export function siteLaws(site: SiteModel): LawEntry[] {
  if (cached?.site !== site) cached = { site, laws: buildLawIndex(site.bureaus.flatMap((b) => b.items)) };
  return cached.laws;
}

export interface CitedLaw {
  law: string;
  slug: string;
  /** Cited articles: the anchor on the law page (a84) and the label (第八十四条). */
  articles: { anchor: string; label: string }[];
}

/** What an item cites, one entry per law with its articles, in the order first cited. */
export function citedLaws(item: Item): CitedLaw[] {
  const out = new Map<string, CitedLaw>();
  for (const c of itemCitations(item).citations) {
    let law = out.get(c.law);
    if (!law) out.set(c.law, (law = { law: c.law, slug: lawSlug(c.law), articles: [] }));
    for (const ref of c.articles) {
      const anchor = articleAnchor(ref);
      if (!law.articles.some((a) => a.anchor === anchor)) law.articles.push({ anchor, label: articleLabel({ article: ref.article, ...(ref.sub ? { sub: ref.sub } : {}) }) });
    }
  }
  return [...out.values()];
}
