/**
 * A bureau's 调整记录: its recorded versions in order, each compared with the one before, and the
 * current content compared with the latest recorded version (changes not yet released).
 */
import type { Item } from '../content/item-schema.ts';
import { compareVersions, type ItemChange, type VersionDiff } from './compare.ts';
import { readSnapshots, snapshotItem, type Snapshot, type SnapshotItem } from './snapshot.ts';

export interface VersionEntry {
  sequence: number;
  label: string;
  date?: string;
  document_number?: string;
  recorded: string;
  itemCount: number;
  /** Compared with the previous version; absent for the first. */
  diff?: VersionDiff;
}

export interface BureauHistory {
  bureau: string;
  /** Oldest first. */
  versions: VersionEntry[];
  /** Current content against the latest version, when it differs. */
  pending?: VersionDiff;
}

export function historyFromSnapshots(bureau: string, snapshots: Snapshot[], current?: SnapshotItem[]): BureauHistory {
  const versions = snapshots.map((s, i): VersionEntry => {
    const previous = snapshots[i - 1];
    return {
      sequence: s.sequence,
      label: s.label,
      ...(s.date ? { date: s.date } : {}),
      ...(s.document_number ? { document_number: s.document_number } : {}),
      recorded: s.recorded,
      itemCount: s.items.length,
      ...(previous ? { diff: compareVersions(previous.items, s.items) } : {}),
    };
  });
  const latest = snapshots[snapshots.length - 1];
  let pending: VersionDiff | undefined;
  if (latest && current) {
    const diff = compareVersions(latest.items, current);
    if (diff.changes.length) pending = diff;
  }
  return { bureau, versions, ...(pending ? { pending } : {}) };
}

/** The history of a bureau from its committed snapshots; throws on a snapshot that is not valid (npm run check reports it first). */
export function bureauHistory(root: string, contentDir: string, bureau: string, items: Item[]): BureauHistory {
  const files = readSnapshots(root, contentDir, bureau);
  const bad = files.find((f) => f.error);
  if (bad) throw new Error(`${bad.path}: ${bad.error}`);
  return historyFromSnapshots(
    bureau,
    files.map((f) => f.snapshot!),
    items.map(snapshotItem),
  );
}

export interface ItemHistoryEntry {
  sequence: number | 'pending';
  label: string;
  kind: ItemChange['kind'] | '首次记录';
  /** Field labels that changed (变更). */
  fields: string[];
}

/** What the history says about one current item, following it back through renumbering. */
export function itemHistory(history: BureauHistory, id: string): ItemHistoryEntry[] {
  const entries: ItemHistoryEntry[] = [];
  const steps: { sequence: number | 'pending'; label: string; diff?: VersionDiff }[] = [
    ...history.versions.map((v) => ({ sequence: v.sequence, label: v.label, diff: v.diff })),
    ...(history.pending ? [{ sequence: 'pending' as const, label: '未发布的调整', diff: history.pending }] : []),
  ];
  // Walk from newest to oldest, tracking the item's id in each version.
  let ids = new Set([id]);
  for (let i = steps.length - 1; i >= 0 && ids.size; i--) {
    const step = steps[i]!;
    if (!step.diff) {
      if (typeof step.sequence === 'number') entries.push({ sequence: step.sequence, label: step.label, kind: '首次记录', fields: [] });
      continue;
    }
    const earlier = new Set<string>();
    let touched = false;
    for (const change of step.diff.changes) {
      if (!change.after.some((a) => ids.has(a.id))) continue;
      touched = true;
      entries.push({ sequence: step.sequence, label: step.label, kind: change.kind, fields: change.fields.map((f) => f.label) });
      change.before.forEach((b) => earlier.add(b.id));
    }
    if (touched) ids = earlier;
  }
  return entries.reverse();
}
