/**
 * Cross-bureau alignment: which items of different bureaus are the same power. Every pair of
 * items of two different bureaus gets a confidence from three signals:
 *
 *   name      0.6 × the better of bigram likeness (Dice) of the normalised names and, for a split
 *             or merged item, how far the shorter name is contained in the longer (× 0.9);
 *   basis     0.3 × the share of cited articles in common (Jaccard), or half the share of cited
 *             laws when no article is shared;
 *   category  0.1 when both are of the same 权力类型; when they differ and neither is a catch-all
 *             category (其他行政权力, 行政备案), the whole score is multiplied by 0.6.
 *
 * A pair is kept when its confidence reaches MATCH_THRESHOLD and one item is the other's best
 * match within the other's bureau (either way round, so that both parts of a split item can match
 * the whole). Items are compared only across bureaus: n items give at most n²/2 comparisons,
 * a few thousand for the included lists.
 */
import type { Item } from '../content/item-schema.ts';
import { citedArticleKeys } from '../law/item-citations.ts';
import { containment, dice, normalizeName } from './names.ts';

export const MATCH_THRESHOLD = 0.45;
/** Categories offices use for what they do not classify: a power listed there may be 行政确认 elsewhere. */
const CATCH_ALL = new Set<string>(['其他行政权力', '行政备案']);
/** Two different specific categories (处罚 and 给付) are rarely the same power. */
const OTHER_CATEGORY_FACTOR = 0.6;
/** At or above this a match is shown as 高; below it as 中. */
export const HIGH_CONFIDENCE = 0.75;

export interface ItemRef {
  bureau: string;
  id: string;
}

export interface AlignedPair {
  a: ItemRef;
  b: ItemRef;
  /** 0–1 */
  confidence: number;
  name: number;
  basis: number;
  sameCategory: boolean;
}

interface Prepared {
  item: Item;
  full: string;
  sub: string;
  articles: Set<string>;
  laws: Set<string>;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  return common / (a.size + b.size - common);
}

function prepare(item: Item): Prepared {
  const { articles, laws } = citedArticleKeys(item);
  return { item, full: normalizeName(`${item.name}${item.subitem ?? ''}`), sub: normalizeName(item.subitem ?? ''), articles, laws };
}

function nameScore(x: Prepared, y: Prepared): number {
  const contained = Math.min(x.full.length, y.full.length) >= 4 ? 0.9 * containment(x.full, y.full) : 0;
  const subs = [x.sub && dice(x.sub, y.full), y.sub && dice(x.full, y.sub)].map((v) => (v || 0) as number);
  return Math.max(dice(x.full, y.full), contained, ...subs);
}

export function scorePair(x: Prepared, y: Prepared): Omit<AlignedPair, 'a' | 'b'> {
  const name = nameScore(x, y);
  const articles = jaccard(x.articles, y.articles);
  const basis = articles > 0 ? articles : 0.5 * jaccard(x.laws, y.laws);
  const sameCategory = x.item.category === y.item.category;
  const catchAll = CATCH_ALL.has(x.item.category) || CATCH_ALL.has(y.item.category);
  const score = 0.6 * name + 0.3 * basis + (sameCategory ? 0.1 : 0);
  return { confidence: sameCategory || catchAll ? score : score * OTHER_CATEGORY_FACTOR, name, basis, sameCategory };
}

const refOf = (item: Item): ItemRef => ({ bureau: item.bureau, id: item.id });
export const refKey = (ref: ItemRef) => `${ref.bureau}/${ref.id}`;

/** The aligned pairs among items of different bureaus, a before b by bureau and id. */
export function alignItems(items: Item[], threshold = MATCH_THRESHOLD): AlignedPair[] {
  const prepared = items.map(prepare);
  // best[i][bureau] = highest confidence item i reaches in that bureau
  const scores = new Map<string, Omit<AlignedPair, 'a' | 'b'>>();
  const best = prepared.map(() => new Map<string, number>());
  prepared.forEach((x, i) =>
    prepared.forEach((y, j) => {
      if (j <= i || x.item.bureau === y.item.bureau) return;
      const s = scorePair(x, y);
      scores.set(`${i}:${j}`, s);
      best[i]!.set(y.item.bureau, Math.max(best[i]!.get(y.item.bureau) ?? 0, s.confidence));
      best[j]!.set(x.item.bureau, Math.max(best[j]!.get(x.item.bureau) ?? 0, s.confidence));
    }),
  );
  const pairs: AlignedPair[] = [];
  for (const [key, s] of scores) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    const x = prepared[i]!.item;
    const y = prepared[j]!.item;
    if (s.confidence < threshold) continue;
    if (s.confidence < best[i]!.get(y.bureau)! && s.confidence < best[j]!.get(x.bureau)!) continue;
    const [a, b] = refKey(refOf(x)) < refKey(refOf(y)) ? [refOf(x), refOf(y)] : [refOf(y), refOf(x)];
    pairs.push({ a, b, ...s });
  }
  return pairs.sort((p, q) => refKey(p.a).localeCompare(refKey(q.a)) || refKey(p.b).localeCompare(refKey(q.b)));
}

/** Precision and recall of predicted pairs against the hand-checked ones (keys a|b). */
export function precisionRecall(predicted: AlignedPair[], truth: Set<string>): { precision: number; recall: number; truePositives: number; predicted: number; expected: number } {
  const keys = new Set(predicted.map((p) => `${refKey(p.a)}|${refKey(p.b)}`));
  let tp = 0;
  for (const k of keys) if (truth.has(k)) tp++;
  return { precision: keys.size ? tp / keys.size : 1, recall: truth.size ? tp / truth.size : 1, truePositives: tp, predicted: keys.size, expected: truth.size };
}
