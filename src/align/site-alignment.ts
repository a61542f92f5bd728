/**
 * Alignment for pages: the matched pairs of the site model, the same power in other bureaus for
 * an item page, and the powers × bureaus matrix of a category. A matrix row is a group of items
 * joined by matches (connected through any chain of matched pairs), labelled with the name of its
 * first item as that list writes it; items matching nothing get a row of their own.
 */
import type { Item } from '../content/item-schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { siteAlignment } from './alignment-store.ts';
import { HIGH_CONFIDENCE, refKey, type AlignedPair } from './match.ts';

type Match = { other: Item; confidence: number };

let cached: { site: SiteModel; pairs: AlignedPair[]; byItem: Map<string, readonly Match[]> } | undefined;

/** Best match first, then by bureau. */
const byConfidence = (x: Match, y: Match) => y.confidence - x.confidence || x.other.bureau.localeCompare(y.other.bureau);

function load(site: SiteModel) {
  if (cached?.site === site) return cached;
  const items = site.bureaus.flatMap((b) => b.items);
  const byKey = new Map(items.map((i) => [`${i.bureau}/${i.id}`, i]));
  const pairs = siteAlignment(items);
  // Each item's matches, collected and sorted once per model (every item page asks for them).
  const byItem = new Map<string, Match[]>();
  const add = (key: string, match: Match) => {
    const list = byItem.get(key);
    if (list) list.push(match);
    else byItem.set(key, [match]);
  };
  for (const p of pairs) {
    add(refKey(p.a), { other: byKey.get(refKey(p.b))!, confidence: p.confidence });
    add(refKey(p.b), { other: byKey.get(refKey(p.a))!, confidence: p.confidence });
  }
  for (const list of byItem.values()) list.sort(byConfidence);
  cached = { site, pairs, byItem };
  return cached;
}

export function sitePairs(site: SiteModel): AlignedPair[] {
  return load(site).pairs;
}

export const confidenceLabel = (confidence: number) => (confidence >= HIGH_CONFIDENCE ? '高' : '中');

/** The same power in other bureaus, best match first. */
export function sameElsewhere(site: SiteModel, item: Item): readonly Match[] {
  return load(site).byItem.get(`${item.bureau}/${item.id}`) ?? [];
}

export interface MatrixRow {
  /** The first item's name, as its list writes it. */
  label: string;
  /** Per bureau id, the row's items there. */
  cells: Map<string, Item[]>;
  /** Lowest confidence of the matches that join the row (1 for a single item). */
  confidence: number;
}

/** Rows of powers for the items of one category, across all bureaus (matches to items of other categories are left out). */
export function categoryMatrix(site: SiteModel, category: string): MatrixRow[] {
  const items = site.bureaus.flatMap((b) => b.items).filter((i) => i.category === category);
  const key = (i: Item) => `${i.bureau}/${i.id}`;
  const parent = new Map(items.map((i) => [key(i), key(i)]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const weakest = new Map<string, number>();
  for (const p of load(site).pairs) {
    const a = refKey(p.a);
    const b = refKey(p.b);
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    const w = Math.min(weakest.get(ra) ?? 1, weakest.get(rb) ?? 1, p.confidence);
    parent.set(rb, ra);
    weakest.set(ra, w);
  }
  const rows = new Map<string, MatrixRow>();
  for (const item of items) {
    const root = find(key(item));
    let row = rows.get(root);
    if (!row) rows.set(root, (row = { label: item.subitem ? `${item.name}（${item.subitem}）` : item.name, cells: new Map(), confidence: 1 }));
    const cell = row.cells.get(item.bureau);
    if (cell) cell.push(item);
    else row.cells.set(item.bureau, [item]);
  }
  for (const [root, row] of rows) row.confidence = weakest.get(find(root)) ?? 1;
  return [...rows.values()].sort((x, y) => y.cells.size - x.cells.size);
}
