/**
 * Recording a version (npm run release): the bureau's current list becomes the next snapshot,
 * content/<bureau>/versions/<NNN>.json. Recorded versions are never rewritten: a label already
 * recorded, or a list identical to the latest version, is refused.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lint/check-content.ts';
import { siteModelOfFolder } from '../model/site-model-files.ts';
import { formatProblem } from '../validate/problem.ts';
import { compareVersions, type VersionDiff } from './compare.ts';
import { readSnapshots, snapshotItem, snapshotText, versionsDir, SNAPSHOT_FORMAT, type Snapshot } from './snapshot.ts';

export interface ReleaseOptions {
  root: string;
  contentDir: string;
  bureau: string;
  label?: string;
  date?: string;
  documentNumber?: string;
  /** YYYY-MM-DD; today by default. */
  recorded?: string;
}

export type ReleaseResult = { ok: true; path: string; snapshot: Snapshot; diff?: VersionDiff } | { ok: false; messages: string[] };

export function release(options: ReleaseOptions): ReleaseResult {
  const { root, contentDir, bureau } = options;
  const check = checkContent(root, contentDir);
  if (check.errorCount > 0) return { ok: false, messages: [...check.problems.filter((p) => p.level === 'error').map(formatProblem), `内容有 ${check.errorCount} 个错误，未记录版本 / content has errors; no version recorded`] };
  const model = siteModelOfFolder(root, contentDir).bureaus.find((b) => b.bureau.id === bureau);
  if (!model) return { ok: false, messages: [`找不到部门 “${bureau}”（${contentDir}/${bureau}/bureau.yaml） / no such bureau`] };
  const files = readSnapshots(root, contentDir, bureau);
  const previous = files[files.length - 1]?.snapshot;
  const version = model.bureau.version;
  const documentNumber = options.documentNumber ?? (options.label ? undefined : version.document_number);
  const date = options.date ?? (options.label ? undefined : version.date);
  const label = options.label ?? documentNumber ?? version.label ?? date!;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, messages: [`--date 应为 YYYY-MM-DD，实为 “${date}” / date must be YYYY-MM-DD`] };
  const items = model.items.map(snapshotItem);
  if (previous && previous.label === label)
    return { ok: false, messages: [`版本 “${label}” 已记录为 ${files[files.length - 1]!.path}，已记录的版本不可更改；清单调整后请先在 bureau.yaml 写明新的版本（文号、日期或标签），或用 --label 指定 / version already recorded; recorded versions are immutable`] };
  if (previous && JSON.stringify(previous.items) === JSON.stringify(items))
    return { ok: false, messages: [`当前清单与上一版本 “${previous.label}” 完全相同，无需记录 / the list is unchanged since the latest version`] };
  const sequence = files.length + 1;
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    bureau,
    sequence,
    label,
    ...(date ? { date } : {}),
    ...(documentNumber ? { document_number: documentNumber } : {}),
    recorded: options.recorded ?? new Date().toISOString().slice(0, 10),
    items,
  };
  const dir = versionsDir(root, contentDir, bureau);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const name = `${String(sequence).padStart(3, '0')}.json`;
  writeFileSync(join(dir, name), snapshotText(snapshot));
  return { ok: true, path: `${contentDir}/${bureau}/versions/${name}`, snapshot, ...(previous ? { diff: compareVersions(previous.items, items) } : {}) };
}
