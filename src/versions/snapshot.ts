/**
 * A recorded version of a bureau's list: content/<bureau>/versions/<NNN>.json, written by
 * `npm run release` and never changed afterwards. The file holds the version's label, date and
 * 文号 and every item as it stood (as in content/, without its import provenance), one item per
 * line so that a later version's file reads well in a git diff. It is .json so that the content
 * walker (which reads .yaml) does not take it for an item; `npm run check` validates it here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { itemSchema, type Item } from '../content/item-schema.ts';

export const SNAPSHOT_FORMAT = 'qingdan-version';
export const SNAPSHOT_FILE_PATTERN = /^(\d{3})\.json$/;

export const snapshotItemSchema = itemSchema.omit({ bureau: true, source: true });
export type SnapshotItem = z.infer<typeof snapshotItemSchema>;

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  /** 部门标识 */
  bureau: z.string().min(1),
  /** 顺序号: 1 for the first recorded version. */
  sequence: z.number().int().min(1),
  /** 版本名称 — the 文号 or label the list was published under. */
  label: z.string().min(1),
  /** 发布日期 (YYYY-MM-DD), when the list states one. */
  date: z.iso.date().optional(),
  /** 文号 */
  document_number: z.string().min(1).optional(),
  /** 记录日期 — when `npm run release` recorded it. */
  recorded: z.iso.date(),
  items: z.array(snapshotItemSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export function versionsDir(root: string, contentDir: string, bureau: string): string {
  return join(root, contentDir, bureau, 'versions');
}

/** The snapshot of an item: everything the list says, nothing about where it was imported from. */
export function snapshotItem(item: Item): SnapshotItem {
  const { bureau: _bureau, source: _source, ...rest } = item;
  return rest;
}

/** The file's text: the header fields, then one item per line. */
export function snapshotText(snapshot: Snapshot): string {
  const { items, ...header } = snapshot;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const lines = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `${head},\n  "items": [\n${lines}\n  ]\n}\n`;
}

export interface SnapshotFile {
  /** Project-relative path. */
  path: string;
  snapshot?: Snapshot;
  /** Why the file could not be read, in Chinese and English. */
  error?: string;
}

/** Every snapshot file of a bureau in sequence order, each read and validated. */
export function readSnapshots(root: string, contentDir: string, bureau: string): SnapshotFile[] {
  const dir = versionsDir(root, contentDir, bureau);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = `${contentDir}/${bureau}/versions/${name}`;
      const number = SNAPSHOT_FILE_PATTERN.exec(name);
      if (!number) return { path, error: `版本文件名应为三位顺序号加 .json，如 001.json / version files are named 001.json, 002.json …` };
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch (e) {
        return { path, error: `不是有效的 JSON：${(e as Error).message} / not valid JSON` };
      }
      const parsed = snapshotSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { path, error: `版本快照格式不符（${issue.path.join('.') || '顶层'}：${issue.message}） / not a valid version snapshot` };
      }
      if (parsed.data.bureau !== bureau) return { path, error: `bureau 应为 “${bureau}”（所在目录），实为 “${parsed.data.bureau}” / bureau must match its folder` };
      if (parsed.data.sequence !== Number(number[1])) return { path, error: `sequence 应为 ${Number(number[1])}（与文件名一致） / sequence must match the file name` };
      return { path, snapshot: parsed.data };
    });
}
