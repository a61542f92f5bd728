/**
 * npm run import -- FILE… --bureau SLUG: reads the files, builds bureau.yaml, the items and
 * IMPORT.md, validates every one against the schemas, and only then writes <content>/<slug>/.
 * Every problem of the run is collected and thrown at once (ImportInputError); nothing is written
 * when there is one. An existing bureau folder is replaced only with force.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ADMINISTRATIVE_LEVELS, bureauSchema, type Bureau } from '../../content/bureau-schema.ts';
import { itemSchema, SLUG_PATTERN, type Item } from '../../content/item-schema.ts';
import { describePath } from '../../content/field-labels.ts';
import { assignItemIds } from '../assign-ids.ts';
import { toYaml } from '../yaml-writer.ts';
import { ImportInputError, parseMapOptions, type ImportField } from './headers.ts';
import { readTableFile } from './read-file.ts';
import { readRecords } from './read-records.ts';
import { itemKey, recordsToItems, recordsToSteps } from './records-to-items.ts';
import { cellRef } from './sheet.ts';
import { tableImportReport, type FileRead } from './table-report.ts';

export interface BureauOptions {
  name?: string;
  shortName?: string;
  region?: string;
  level?: string;
  /** A date (YYYY-MM-DD), a document number (…〔2024〕3号) or a label (2024年版). */
  version?: string;
  title?: string;
}

export interface ImportFilesOptions {
  files: string[];
  slug: string;
  contentDir: string;
  force?: boolean;
  map?: Map<string, ImportField>;
  /** `--map 表头=field` arguments as given on the command line (problems are reported with the others). */
  mapArgs?: string[];
  bureau?: BureauOptions;
}

export interface ImportFilesResult {
  folder: string;
  bureau: Bureau;
  items: Item[];
  report: string;
}

const HEADER = '由 npm run import -- 文件… 从电子表格/Word 表格导入 / imported from a spreadsheet or Word table by npm run import';

/**
 * The list's title: the first title row that names a 清单 or 目录, else the longest title row.
 * When every sheet has its own title that differs only at the end (…指导目录（行政检查类）,
 * …指导目录（行政许可类）), their common beginning is the list's title.
 */
function listTitleOf(files: FileRead[]): string | undefined {
  const titles = files.flatMap((f) => f.sheets.flatMap((s) => s.titleRows.map((t) => t.text.replace(/\s+/g, ' ').trim())));
  const named = titles.filter((t) => /清单|目录/.test(t));
  if (named.length > 1 && new Set(named).size > 1) {
    let prefix = named[0]!;
    for (const t of named) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
    prefix = prefix.replace(/[（(【\s]+$/, '');
    if (/清单|目录/.test(prefix)) return prefix;
  }
  return named[0] ?? [...titles].sort((a, b) => b.length - a.length)[0];
}

function versionOf(text: string): Bureau['version'] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text };
  if (/〔\d{4}〕|\[\d{4}\]|号$/.test(text)) return { document_number: text };
  return { label: text };
}

/** Reads and converts without writing; throws ImportInputError listing every problem. */
export function prepareImport(options: ImportFilesOptions): ImportFilesResult {
  const errors: string[] = [];
  const derived: string[] = [];
  if (!SLUG_PATTERN.test(options.slug)) errors.push(`--bureau ${options.slug}：部门标识只能用小写字母、数字和连字符，以字母开头（如 karamay-yibao）/ slug must be lowercase ASCII`);
  if (options.files.length === 0) errors.push('没有给出要导入的文件 / no file given');
  const map = new Map(options.map ?? []);
  try {
    for (const [header, field] of parseMapOptions(options.mapArgs ?? [])) map.set(header, field);
  } catch (e) {
    if (!(e instanceof ImportInputError)) throw e;
    errors.push(...e.problems);
  }
  const files: FileRead[] = [];
  const allRecords: { file: FileRead; records: ReturnType<typeof readRecords> }[] = [];
  for (const path of options.files) {
    const fileName = basename(path);
    if (!existsSync(path)) {
      errors.push(`${path}：文件不存在 / file not found`);
      continue;
    }
    try {
      const read = readTableFile(new Uint8Array(readFileSync(path)), fileName);
      const records = readRecords(read.sheets, map);
      const file: FileRead = { fileName, format: read.format, encoding: read.encoding, sheets: records.sheets, leftCells: records.leftCells, nothingCells: records.nothingCells };
      if (records.records.length === 0) errors.push(`${fileName}：没有找到含“事项名称”等表头的表格，或表格中没有事项行 / no table with an item-name header, or no item rows`);
      files.push(file);
      allRecords.push({ file, records });
    } catch (e) {
      errors.push(`${fileName}：无法读取（${(e as Error).message}）；支持 .xls、.xlsx、.csv（UTF-8 或 GB18030）和 .docx / cannot read this file`);
    }
  }
  const b = options.bureau ?? {};
  const title = b.title ?? (files.length ? listTitleOf(files) : undefined);
  if (!b.title && title) derived.push(`清单标题取自文件的标题行：“${title}” / list title from the file's title row`);
  const fromTitle = title ? /^(.+?)(?:\d{4}年度?|\d{4})?(?:行政)?权责清单/.exec(title.replace(/\s+/g, ''))?.[1] : undefined;
  const name = b.name ?? fromTitle;
  if (!b.name && name) derived.push(`部门名称取自标题：“${name}”；不对时用 --name 指定 / bureau name from the title; use --name to correct`);
  if (!name) errors.push('文件标题中没有部门名称；请用 --name 指定部门全称 / no bureau name in the file: give --name');
  const region = b.region ?? (name ? /^(.+?(?:自治区|省|自治州|地区|盟|市|县|区|旗))/.exec(name)?.[1] : undefined);
  if (!b.region && region) derived.push(`所属地区按部门名称推断为“${region}”；不对时用 --region 指定 / region inferred from the name; use --region to correct`);
  if (!region) errors.push('无法从部门名称得出所属地区；请用 --region 指定（如 新疆维吾尔自治区克拉玛依市）/ give --region');
  if (!b.level) errors.push(`请用 --level 指定行政层级，允许：${ADMINISTRATIVE_LEVELS.join('、')} / give --level`);
  else if (!(ADMINISTRATIVE_LEVELS as readonly string[]).includes(b.level)) errors.push(`--level ${b.level}：不是允许的层级；允许：${ADMINISTRATIVE_LEVELS.join('、')} / not a level`);
  const versionText = b.version ?? (title ? /(\d{4}年)/.exec(title)?.[1] : undefined);
  if (!b.version && versionText) derived.push(`版本取自标题中的年份：“${versionText}” / version from the year in the title`);
  if (!versionText) errors.push('标题中没有年份；请用 --version 指定版本（日期 YYYY-MM-DD、文号或“2024年版”）/ give --version');

  const items: Omit<Item, 'id'>[] = [];
  const decisions: string[] = [];
  for (const { file, records } of allRecords) {
    decisions.push(...records.decisions.map((d) => `\`${file.fileName}\` ${d}`));
    const kindOf = (r: { sheet: string }) => records.sheets.find((s) => s.sheet === r.sheet)?.kind;
    const processRead = recordsToSteps(records.records.filter((r) => kindOf(r) === 'process'), file.fileName);
    errors.push(...processRead.errors);
    const converted = recordsToItems(records.records.filter((r) => kindOf(r) === 'items'), {
      slug: options.slug,
      fileName: file.fileName,
      hasSheets: file.format !== 'csv',
      subjectFallback: name ?? options.slug,
      sheets: records.sheets,
    });
    errors.push(...converted.errors);
    decisions.push(...converted.decisions.map((d) => `\`${file.fileName}\` ${d}`));
    // 运行流程 rows join their item (same 事项标识, or same 事项名称 and 子项).
    const keys = converted.records.map(itemKey);
    for (const [key, steps] of processRead.steps) {
      const at = keys.indexOf(key);
      if (at < 0 || keys.indexOf(key, at + 1) >= 0)
        errors.push(`${file.fileName} ${cellRef(steps[0]!.record.sheet, steps[0]!.record.rows[0]!)}：运行流程行${at < 0 ? '找不到' : '对应不止一个'}同一事项标识（或同名同子项）的事项 / process rows match ${at < 0 ? 'no' : 'more than one'} item`);
      else converted.items[at]!.process = steps.map((s) => s.step);
    }
    items.push(...converted.items);
  }
  const firstFile = files[0]?.fileName ?? 'unknown';
  const bureau = {
    id: options.slug,
    name: name ?? '',
    short_name: b.shortName ?? name ?? '',
    region: region ?? '',
    level: (b.level ?? '市级') as Bureau['level'],
    list_title: title ?? name ?? '',
    version: versionOf(versionText ?? ''),
    source: { title: title ?? name ?? '', provenance: { file: firstFile, lines: [1, Math.max(1, ...items.map((i) => i.source?.lines[1] ?? 1))] as [number, number] } },
  } as Bureau;
  if (errors.length > 0) throw new ImportInputError(errors);

  const withIds = assignItemIds(items);
  const bureauCheck = bureauSchema.safeParse(bureau);
  if (!bureauCheck.success) for (const issue of bureauCheck.error.issues) errors.push(`bureau.yaml ${describePath(bureauSchema, issue.path)}：${issue.message}`);
  for (const item of withIds) {
    const check = itemSchema.safeParse(item);
    if (!check.success) for (const issue of check.error.issues) errors.push(`${item.source?.file ?? ''} 第 ${item.source?.lines.join('–') ?? '?'} 行（${item.id}）${describePath(itemSchema, issue.path)}：${issue.message}`);
  }
  if (errors.length > 0) throw new ImportInputError(errors);
  const report = tableImportReport(bureau, withIds, files, decisions, derived);
  return { folder: join(options.contentDir, options.slug), bureau, items: withIds, report };
}

/** Prepares, then writes the folder (into a staging folder first, swapped in on success). */
export function importFiles(options: ImportFilesOptions): ImportFilesResult {
  const folder = join(options.contentDir, options.slug);
  const exists = existsSync(folder) && !options.force ? `${folder} 已存在；不会覆盖已有部门。确需用导入结果替换它时加 --force / the bureau folder exists; add --force to replace it` : undefined;
  let result: ImportFilesResult;
  try {
    result = prepareImport(options);
  } catch (e) {
    if (e instanceof ImportInputError && exists) throw new ImportInputError([exists, ...e.problems]);
    throw e;
  }
  if (exists) throw new ImportInputError([exists]);
  const staging = join(dirname(folder), `.${options.slug}.importing`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'bureau.yaml'), toYaml(result.bureau, bureauSchema, HEADER, 'bureau'));
  for (const item of result.items) writeFileSync(join(staging, `${item.id}.yaml`), toYaml(item, itemSchema, HEADER, 'item'));
  writeFileSync(join(staging, 'IMPORT.md'), result.report);
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  return result;
}
