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
 * the whole). Only candidate pairs are scored: items of different bureaus that share a name
 * bigram or a cited article, at most MAX_CANDIDATES per item (those sharing most), ignoring
 * bigrams and articles so common that they say nothing (more than MAX_POSTING items, or 5 % of
 * all). A pair sharing neither scores at most 0.25, below the threshold, so this changes no match;
 * it keeps the work near-linear on a 10,000-item site. On the included lists every pair of
 * different bureaus sharing anything is scored.
 */
import { createHash } from 'node:crypto';
import type { Item } from '../content/item-schema.ts';
import { citedArticleKeys } from '../law/item-citations.ts';
import { containment, dice, nameBigrams, normalizeName } from './names.ts';

export const MATCH_THRESHOLD = 0.45;
/** Categories offices use for what they do not classify: a power listed there may be 行政确认 elsewhere. */
const CATCH_ALL = new Set<string>(['其他行政权力', '行政备案']);
/** Two different specific categories (处罚 and 给付) are rarely the same power. */
const OTHER_CATEGORY_FACTOR = 0.6;
const MAX_POSTING = 200;
const MAX_CANDIDATES = 100;
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
  /** What the score depends on: equal signatures score alike, so scores are computed once per pair of signatures. */
  signature: string;
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
  const full = normalizeName(`${item.name}${item.subitem ?? ''}`);
  const sub = normalizeName(item.subitem ?? '');
  const signature = [full, sub, item.category, [...articles].sort().join(','), [...laws].sort().join(',')].join('\u0000');
  return { item, signature, full, sub, articles, laws };
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

/** The MAX_CANDIDATES of `touched` with the highest counts (ties in the order met), in linear time: counts are at most `most`. */
function mostShared(touched: number[], counts: Int32Array, most: number): number[] {
  const histogram = new Int32Array(most + 2);
  for (const j of touched) histogram[counts[j]!]!++;
  let cut = most + 1;
  let above = 0;
  while (cut > 0 && above + histogram[cut]! < MAX_CANDIDATES) above += histogram[cut--]!;
  const out = touched.filter((j) => counts[j]! > cut);
  for (const j of touched) {
    if (out.length >= MAX_CANDIDATES) break;
    if (counts[j] === cut) out.push(j);
  }
  return out;
}

/** Pairs [i, j] (i < j) of items of different bureaus worth scoring. */
function candidatePairs(prepared: Prepared[]): [number, number][] {
  const keysOf = (p: Prepared) => [...[...nameBigrams(p.full)].map((b) => `n:${b}`), ...[...p.articles].map((a) => `a:${a}`)];
  const keys = prepared.map(keysOf);
  const postings = new Map<string, number[]>();
  keys.forEach((list, i) =>
    list.forEach((k) => {
      const posting = postings.get(k);
      if (posting) posting.push(i);
      else postings.set(k, [i]);
    }),
  );
  const limit = Math.max(MAX_POSTING, Math.ceil(prepared.length * 0.05));
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  const bureauOf = prepared.map((p) => p.item.bureau);
  const counts = new Int32Array(prepared.length);
  keys.forEach((list, i) => {
    const touched: number[] = [];
    for (const k of list) {
      const posting = postings.get(k)!;
      if (posting.length > limit) continue;
      for (const j of posting) {
        if (bureauOf[j] === bureauOf[i]) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]!++;
      }
    }
    const top = touched.length > MAX_CANDIDATES ? mostShared(touched, counts, list.length) : touched;
    for (const j of top) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * prepared.length + b;
      if (!pairs.has(key)) {
        pairs.add(key);
        out.push([a, b]);
      }
    }
    for (const j of touched) counts[j] = 0;
  });
  return out;
}

/**
 * A hash of everything alignItems reads: each item's bureau, id and signature (name, 子项,
 * category, cited articles and laws). Equal keys give equal pairs, so a stored alignment
 * (src/align/alignment-store.ts) can stand in for computing it again.
 */
export function alignmentKey(items: Item[]): string {
  const hash = createHash('sha256').update(`${MATCH_THRESHOLD}\u0000${MAX_POSTING}\u0000${MAX_CANDIDATES}\u0000`);
  for (const item of items) hash.update(`${item.bureau}\u0000${item.id}\u0000${prepare(item).signature}\u0001`);
  return hash.digest('hex');
}

/** The aligned pairs among items of different bureaus, a before b by bureau and id. */
export function alignItems(items: Item[], threshold = MATCH_THRESHOLD): AlignedPair[] {
  const prepared = items.map(prepare);
  const scored: [number, number, Omit<AlignedPair, 'a' | 'b'>][] = [];
  // best[i][bureau] = highest confidence item i reaches in that bureau
  const best = prepared.map(() => new Map<string, number>());
  const memo = new Map<string, Omit<AlignedPair, 'a' | 'b'>>();
  for (const [i, j] of candidatePairs(prepared)) {
    const x = prepared[i]!;
    const y = prepared[j]!;
    const key = x.signature < y.signature ? `${x.signature}\u0001${y.signature}` : `${y.signature}\u0001${x.signature}`;
    let s = memo.get(key);
    if (!s) memo.set(key, (s = scorePair(x, y)));
    scored.push([i, j, s]);
    best[i]!.set(y.item.bureau, Math.max(best[i]!.get(y.item.bureau) ?? 0, s.confidence));
    best[j]!.set(x.item.bureau, Math.max(best[j]!.get(x.item.bureau) ?? 0, s.confidence));
  }
  const pairs: AlignedPair[] = [];
  for (const [i, j, s] of scored) {
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
