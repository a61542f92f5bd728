/**
 * What changed between two versions of a list: items 新增 (added), 取消 (removed), 变更 (changed),
 * 拆分 (one item became several) and 合并 (several became one), with every changed field and a
 * character diff of its text.
 *
 * Items are matched in this order, and each match says how it was made:
 *   id          the same id, and the same power (equal or similar name, or the same cited articles);
 *   name        the same normalised name, under a new id (renumbered);
 *   name+basis  a similar name and the same cited articles, under a new id;
 *   split       first, an old item whose name is now the 主项 of two or more new 子项; last, an old
 *               item whose name contains the names of two or more new items citing its articles;
 *               merge is the reverse.
 * Whatever is left is 新增 or 取消.
 */
import { containment, dice, normalizeName } from '../align/names.ts';
import { citedArticleKeys } from '../law/item-citations.ts';
import { charDiff, type DiffPart } from './char-diff.ts';
import { COMPARED_FIELDS, fieldLabel, fieldText, type ComparedField } from './item-fields.ts';
import type { SnapshotItem } from './snapshot.ts';

export type MatchMethod = 'id' | 'name' | 'name+basis' | 'split' | 'merge';
export type ChangeKind = '新增' | '取消' | '变更' | '拆分' | '合并';

export interface FieldChange {
  field: ComparedField;
  label: string;
  before: string;
  after: string;
  diff: DiffPart[];
}

export interface ItemChange {
  kind: ChangeKind;
  /** Items of the earlier version (one; several for 合并; none for 新增). */
  before: SnapshotItem[];
  /** Items of the later version (one; several for 拆分; none for 取消). */
  after: SnapshotItem[];
  matchedBy?: MatchMethod;
  /** For 变更: the fields that differ. */
  fields: FieldChange[];
}

export interface VersionDiff {
  changes: ItemChange[];
  unchanged: number;
  /** How many pairs were matched by each method (unchanged items included). */
  matched: Record<MatchMethod, number>;
}

/** Similar enough to be the same power under one id, or a renamed one. */
const SAME_NAME = 0.5;

const nameOf = (item: SnapshotItem) => normalizeName(`${item.name}${item.subitem ?? ''}`);

function sameArticles(a: SnapshotItem, b: SnapshotItem): boolean {
  const x = citedArticleKeys(a).articles;
  const y = citedArticleKeys(b).articles;
  if (!x.size || x.size !== y.size) return false;
  for (const k of x) if (!y.has(k)) return false;
  return true;
}

function sharesArticles(a: SnapshotItem, b: SnapshotItem): boolean {
  const y = citedArticleKeys(b).articles;
  for (const k of citedArticleKeys(a).articles) if (y.has(k)) return true;
  return false;
}

export function fieldChanges(before: SnapshotItem, after: SnapshotItem): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const x = fieldText(before, field);
    const y = fieldText(after, field);
    if (x !== y) out.push({ field, label: fieldLabel(field), before: x, after: y, diff: charDiff(x, y) });
  }
  return out;
}

export function compareVersions(before: SnapshotItem[], after: SnapshotItem[]): VersionDiff {
  const matched: Record<MatchMethod, number> = { id: 0, name: 0, 'name+basis': 0, split: 0, merge: 0 };
  const pairs: [SnapshotItem, SnapshotItem, MatchMethod][] = [];
  const oldLeft = new Set(before);
  const newLeft = new Set(after);
  const take = (a: SnapshotItem, b: SnapshotItem, how: MatchMethod) => {
    pairs.push([a, b, how]);
    oldLeft.delete(a);
    newLeft.delete(b);
    matched[how]++;
  };

  const changes: ItemChange[] = [];
  const split = (whole: SnapshotItem, parts: SnapshotItem[]) => {
    oldLeft.delete(whole);
    parts.forEach((b) => newLeft.delete(b));
    matched.split++;
    changes.push({ kind: '拆分', before: [whole], after: parts, matchedBy: 'split', fields: [] });
  };
  const merge = (parts: SnapshotItem[], whole: SnapshotItem) => {
    newLeft.delete(whole);
    parts.forEach((a) => oldLeft.delete(a));
    matched.merge++;
    changes.push({ kind: '合并', before: parts, after: [whole], matchedBy: 'merge', fields: [] });
  };
  /** An old item whose parts (two or more) are now items, and two or more old parts now one item. */
  const splitsAndMerges = (isPart: (whole: SnapshotItem, part: SnapshotItem) => boolean) => {
    for (const a of [...oldLeft]) {
      const parts = [...newLeft].filter((b) => isPart(a, b));
      if (parts.length >= 2) split(a, parts);
    }
    for (const b of [...newLeft]) {
      const parts = [...oldLeft].filter((a) => isPart(b, a));
      if (parts.length >= 2) merge(parts, b);
    }
  };
  // 拆分 into 子项: an old item without 子项 whose name is now the 主项 of two or more items (and the reverse).
  splitsAndMerges((whole, part) => whole.subitem === undefined && part.subitem !== undefined && normalizeName(part.name) === nameOf(whole));

  const newById = new Map(after.map((i) => [i.id, i]));
  for (const a of [...oldLeft]) {
    const b = newById.get(a.id);
    if (b && newLeft.has(b) && (dice(nameOf(a), nameOf(b)) >= SAME_NAME || sameArticles(a, b))) take(a, b, 'id');
  }
  const newByName = new Map<string, SnapshotItem[]>();
  for (const b of newLeft) newByName.set(nameOf(b), [...(newByName.get(nameOf(b)) ?? []), b]);
  for (const a of [...oldLeft]) {
    const candidates = (newByName.get(nameOf(a)) ?? []).filter((b) => newLeft.has(b));
    if (candidates.length === 1) take(a, candidates[0]!, 'name');
  }
  for (const a of [...oldLeft]) {
    const candidates = [...newLeft].filter((b) => b.category === a.category && dice(nameOf(a), nameOf(b)) >= SAME_NAME && sameArticles(a, b));
    if (candidates.length === 1) take(a, candidates[0]!, 'name+basis');
  }
  // 拆分 without 子项: new items whose names the old one contains, citing articles it cited.
  splitsAndMerges((whole, part) => containment(nameOf(part), nameOf(whole)) >= 0.8 && nameOf(part).length < nameOf(whole).length && sharesArticles(whole, part));

  let unchanged = 0;
  for (const [a, b, how] of pairs) {
    const fields = fieldChanges(a, b);
    if (fields.length === 0 && a.id === b.id) unchanged++;
    else changes.push({ kind: '变更', before: [a], after: [b], matchedBy: how, fields });
  }
  for (const a of oldLeft) changes.push({ kind: '取消', before: [a], after: [], fields: [] });
  for (const b of newLeft) changes.push({ kind: '新增', before: [], after: [b], fields: [] });
  const order: Record<ChangeKind, number> = { 新增: 0, 取消: 1, 拆分: 2, 合并: 3, 变更: 4 };
  const idOf = (c: ItemChange) => (c.after[0] ?? c.before[0])!.id;
  changes.sort((x, y) => order[x.kind] - order[y.kind] || idOf(x).localeCompare(idOf(y)));
  return { changes, unchanged, matched };
}
