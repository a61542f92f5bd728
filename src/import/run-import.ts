/**
 * Runs every seed parser and writes <content>/<bureau>/: bureau.yaml, one <id>.yaml per item,
 * flowcharts/<id>.yaml and IMPORT.md. content/ is the source of truth once written: a bureau
 * whose folder exists is left alone (and reported as skipped) unless force is set; with force the
 * folder is rewritten whole, so files of items that disappeared from a seed do not linger.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bureauSchema } from '../content/bureau-schema.ts';
import { flowchartSchema } from '../content/flowchart-schema.ts';
import { itemSchema } from '../content/item-schema.ts';
import { assignItemIds } from './assign-ids.ts';
import { SEED_PARSERS } from './parsers/index.ts';
import { importReport } from './report-writer.ts';
import { toYaml } from './yaml-writer.ts';

const HEADER = '由 npm run import 从 seeds/ 生成 / generated from seeds/ by npm run import';

export interface ImportSummary {
  slug: string;
  items: number;
  flowcharts: number;
  /** True when the folder existed and was left alone (no force). */
  skipped: boolean;
}

/** Empties a bureau's folder but keeps versions/: recorded versions are history, not import output. */
function clearFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name !== 'versions') rmSync(join(folder, name), { recursive: true, force: true });
}

export interface RunImportOptions {
  /** Folder to write the bureaus into (default: <root>/content). */
  contentDir?: string;
  /** Replace existing bureau folders. */
  force?: boolean;
}

export function runImport(root: string, options: RunImportOptions = {}): ImportSummary[] {
  const summaries: ImportSummary[] = [];
  const contentDir = options.contentDir ?? join(root, 'content');
  for (const parser of SEED_PARSERS) {
    const text = readFileSync(join(root, 'seeds', parser.seedFile), 'utf8');
    const parsed = parser.parse(text);
    const items = assignItemIds(parsed.items);
    const folder = join(contentDir, parser.slug);
    if (existsSync(folder) && !options.force) {
      summaries.push({ slug: parser.slug, items: items.length, flowcharts: parsed.flowcharts.length, skipped: true });
      continue;
    }
    clearFolder(folder);
    if (parsed.flowcharts.length > 0) mkdirSync(join(folder, 'flowcharts'));
    writeFileSync(join(folder, 'bureau.yaml'), toYaml(parsed.bureau, bureauSchema, HEADER, 'bureau'));
    for (const item of items) writeFileSync(join(folder, `${item.id}.yaml`), toYaml(item, itemSchema, HEADER, 'item'));
    for (const chart of parsed.flowcharts) writeFileSync(join(folder, 'flowcharts', `${chart.id}.yaml`), toYaml(chart, flowchartSchema, HEADER, 'flowchart'));
    writeFileSync(join(folder, 'IMPORT.md'), importReport(parsed, parser.seedFile, items.length));
    summaries.push({ slug: parser.slug, items: items.length, flowcharts: parsed.flowcharts.length, skipped: false });
  }
  return summaries;
}
