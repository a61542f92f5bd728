/**
 * The tab-separated detail table of 晋州 (seed 000) and 襄都 (seed 002):
 *
 *     序号	权力类型	权力事项	行政主体	实施依据	责任事项	追责情形	备注
 *
 * One row per line; cells may hold HTML (<p>, <ol> without <li>) or plain text with the numbering
 * run together ("1. … 2. …"). The header is repeated after every page break, and a row cut by a
 * page break goes on in the line(s) after that header with an empty 序号, often mid-word.
 *
 * This module reads such rows into items and compares the document's own summary table (统计表 /
 * 总表, read by each parser since their layouts differ) with the rows. Everything that needed
 * judgement or that the document gets wrong is added to the report.
 */
import { escapeControl } from '../../validate/problem.ts';
import type { SummaryCategory } from '../../content/bureau-schema.ts';
import { normalizeCategoryLabel } from '../../content/categories.ts';
import type { DutyStage } from '../../content/item-schema.ts';
import type { Block } from '../../content/text-schema.ts';
import { bareOrderedListsToParagraphs } from '../clean/bare-ordered-list.ts';
import { splitContinuingNumbers } from '../clean/continuing-numbering.ts';
import { splitStageLabel } from '../clean/duty-stage.ts';
import { splitMainSubItem } from '../clean/main-sub-item.ts';
import { leadingNumber, type LeadingNumber } from '../clean/numbered-lines.ts';
import { joinCellFragments } from '../clean/page-break-join.ts';
import { htmlToChunks } from '../clean/html-lines.ts';
import { splitSpacedStageLabel } from '../clean/spaced-stage-label.ts';
import { collapseWhitespace } from '../clean/spacing.ts';
import { hasBrokenCharacter, removeWordArtefacts } from '../clean/text.ts';
import type { ParsedItem, ReportEntry } from '../types.ts';

export const DETAIL_COLUMNS = ['序号', '权力类型', '权力事项', '行政主体', '实施依据', '责任事项', '追责情形', '备注'] as const;

const COLUMN = { number: 0, category: 1, name: 2, subject: 3, basis: 4, duties: 5, accountability: 6, remarks: 7 } as const;

/** Columns short enough to quote whole in a report line. */
const QUOTED_COLUMNS = new Set<number>([COLUMN.category, COLUMN.name, COLUMN.subject]);

export interface DetailRow {
  /** 序号 as printed. */
  number: string;
  /** Raw cells (HTML kept), the pieces after page breaks already joined on. */
  cells: string[];
  /** First and last seed line (1-based) of the row and its continuation lines. */
  lines: [number, number];
}

/** The header line of the detail table (repeated after every page break; 晋州 once prints 权力事项 (子项)). */
export function isDetailHeader(line: string): boolean {
  return /^序号\t权力类型\t权力事项/.test(line);
}

function joinedValue(cell: string): string {
  return collapseWhitespace(cell.replace(/<[^>]*>/g, ''));
}

/** The visible characters on either side of a page-break join. */
function aroundJoin(before: string, after: string): [string, string] {
  const head = before.replace(/<[^>]*>/g, '').trimEnd();
  const tail = after.replace(/<[^>]*>/g, '').trimStart();
  return [head.slice(-1), tail.slice(0, 1)];
}

/** Joins a continuation line onto its row and says, for the report, how each cell was joined. */
function continueRow(row: DetailRow, cells: string[], line: number, report: ReportEntry[]): void {
  const parts: string[] = [];
  for (let c = 1; c < DETAIL_COLUMNS.length; c++) {
    const piece = cells[c]!;
    if (piece.trim() === '') continue;
    const column = DETAIL_COLUMNS[c]!;
    if (row.cells[c]!.trim() === '') {
      row.cells[c] = piece.trim();
      parts.push(`${column}上一页为空，取本行内容`);
      continue;
    }
    const joined = joinCellFragments(row.cells[c]!, piece);
    const [last, next] = aroundJoin(row.cells[c]!, piece);
    if (joined.mode === 'merged' && last === next && last !== '') {
      report.push({
        kind: 'disagreement',
        text: `第${row.number}项的${column}在分页处前后重复了「${last}」字（接为「${joinedValue(joined.text).slice(0, 30)}」），按原文保留。`,
        lines: [row.lines[1], line],
      });
    }
    row.cells[c] = joined.text;
    const how = joined.mode === 'merged' ? '在句中接续（与上一页末段合为一段）' : '另起一段（上一页末段以句末标点结束）';
    parts.push(QUOTED_COLUMNS.has(c) ? `${column}${how}，接为「${joinedValue(joined.text)}」` : `${column}${how}`);
  }
  const from = row.lines[1];
  row.lines = [row.lines[0], line];
  report.push({
    kind: 'decision',
    text: `第${row.number}项在分页处断开：第 ${line} 行序号为空，视为上一行的续行并接上 — ${parts.join('；')}。`,
    lines: [from, line],
  });
}

/** Rows of the detail table, from seed line `from` (1-based) to the end of the text. */
export function readDetailRows(lines: string[], from: number, report: ReportEntry[]): DetailRow[] {
  const rows: DetailRow[] = [];
  for (let n = from; n <= lines.length; n++) {
    const line = lines[n - 1]!;
    if (line.trim() === '' || isDetailHeader(line)) continue;
    const cells = line.split('\t');
    if (cells.length !== DETAIL_COLUMNS.length) {
      throw new Error(`tab-table: line ${n} has ${cells.length} cells, expected ${DETAIL_COLUMNS.length}`);
    }
    const number = cells[COLUMN.number]!.trim();
    if (number) {
      rows.push({ number, cells, lines: [n, n] });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) throw new Error(`tab-table: line ${n} continues no row`);
    continueRow(row, cells, n, report);
  }
  return rows;
}

/**
 * A cell's paragraphs: HTML paragraphs (a bare <ol> first split into its items), then passages
 * that the source ran together inside one paragraph split where their numbering continues.
 * Enumeration markers stay.
 *
 * Whitespace is collapsed but a space between two Chinese characters is kept (collapseWhitespace,
 * not the shared normalizeWhitespace): in these tables such a space is the document's own
 * separator — after an article number (第五十四条 用人单位…), between issuing ministries
 * (《国家医保局 财政部关于…》), between two quoted documents (…通知》 《河北省…) and once in place
 * of a colon (审查责任 按照…).
 */
export function cellParagraphs(cell: string): string[] {
  const chunks = htmlToChunks(bareOrderedListsToParagraphs(removeWordArtefacts(cell)));
  return splitContinuingNumbers(chunks.map(collapseWhitespace).filter((p) => p.length > 0));
}

/** Problems with the numbering (1、2、3 …) at the start of the paragraphs, for the report. */
export function numberingProblems(paragraphs: string[]): string[] {
  const problems: string[] = [];
  let expected = 1;
  let punctuation: string | undefined;
  for (const paragraph of paragraphs) {
    const lead = leadingNumber(paragraph);
    if (!lead) continue;
    if (punctuation === undefined) punctuation = lead.punctuation;
    else if (lead.punctuation !== punctuation) {
      problems.push(`编号「${lead.ordinal}${lead.punctuation}」与其余编号「${punctuation}」的写法不同`);
    }
    if (lead.ordinal !== expected) {
      problems.push(expected === 1 ? `编号不从 1 开始（首个为 ${lead.ordinal}）` : `编号 ${expected - 1} 之后是 ${lead.ordinal}`);
    }
    expected = lead.ordinal + 1;
  }
  return problems;
}

interface NumberedEntry {
  marker?: LeadingNumber;
  paragraphs: string[];
}

/**
 * Paragraphs grouped into entries: where any paragraph is numbered, a numbered paragraph starts an
 * entry (whatever its number, so that a gap in the numbering cannot swallow an entry) and an
 * unnumbered one goes with the entry above it or, before the first, into the lead; where none is
 * numbered (襄都's bare lists), every paragraph is an entry.
 */
function groupEntries(paragraphs: string[]): { lead: string[]; entries: NumberedEntry[]; numbered: boolean } {
  const numbered = paragraphs.some((p) => leadingNumber(p) !== undefined);
  if (!numbered) return { lead: [], entries: paragraphs.map((p) => ({ paragraphs: [p] })), numbered };
  const lead: string[] = [];
  const entries: NumberedEntry[] = [];
  for (const paragraph of paragraphs) {
    const marker = leadingNumber(paragraph);
    if (marker) entries.push({ marker, paragraphs: [marker.rest] });
    else if (entries.length > 0) entries[entries.length - 1]!.paragraphs.push(paragraph);
    else lead.push(paragraph);
  }
  return { lead, entries, numbered };
}

function richText(paragraphs: string[]): string | Block[] {
  return paragraphs.length === 1 ? paragraphs[0]! : paragraphs;
}

/** What the report says about the item a problem was found in. */
export interface ItemContext {
  /** 第3项「…」 */
  label: string;
  lines: [number, number];
  report: ReportEntry[];
}

function note(context: ItemContext, kind: ReportEntry['kind'], text: string): void {
  context.report.push({ kind, text: `${context.label}：${text}`, lines: context.lines });
}

/** 责任事项 → ordered stages, enumeration markers removed, the label before the colon as stage. */
export function parseDuties(cell: string, context: ItemContext): DutyStage[] {
  const paragraphs = cellParagraphs(cell);
  for (const problem of numberingProblems(paragraphs)) note(context, 'disagreement', `责任事项${problem}。`);
  const { lead, entries } = groupEntries(paragraphs);
  const all: NumberedEntry[] = lead.length > 0 ? [{ paragraphs: lead }, ...entries] : entries;
  return all.map((entry) => {
    const [first, ...more] = entry.paragraphs as [string, ...string[]];
    const labelled = splitStageLabel(first);
    if (labelled.stage) return { stage: labelled.stage, text: richText([labelled.text, ...more]) };
    const spaced = splitSpacedStageLabel(first);
    if (spaced) {
      note(
        context,
        'decision',
        `责任事项「${first.slice(0, 20)}…」的阶段名「${spaced.stage}」后原文是空格而不是冒号；按其他阶段的写法取「${spaced.stage}」为阶段名。`,
      );
      note(context, 'disagreement', `责任事项的阶段名「${spaced.stage}」后缺少冒号（原文为空格）。`);
      return { stage: spaced.stage, text: richText([spaced.text, ...more]) };
    }
    return { text: richText([first, ...more]) };
  });
}

type Accountability = NonNullable<ParsedItem['accountability']>;

/** 追责情形 → lead sentence, cases (markers removed) and closing text. */
export function parseAccountability(cell: string, context: ItemContext): Accountability | undefined {
  const paragraphs = cellParagraphs(cell);
  if (paragraphs.length === 0) return undefined;
  for (const problem of numberingProblems(paragraphs)) note(context, 'disagreement', `追责情形${problem}。`);
  const { lead, entries, numbered } = groupEntries(paragraphs);
  if (!numbered) {
    const [first, ...rest] = paragraphs as [string, ...string[]];
    if (rest.length > 0 && /[：:]$/.test(first)) return { intro: first, cases: rest };
    if (rest.length === 0) {
      note(context, 'decision', '追责情形只有一段、没有引言和编号；整段作为唯一一项追责情形。');
    }
    return { cases: paragraphs };
  }
  if (lead.length > 1) throw new Error(`tab-table: ${context.label}: 追责情形 has ${lead.length} paragraphs before its first case`);
  const cases: string[] = [];
  let outro: string | undefined;
  entries.forEach((entry, index) => {
    const [first, ...more] = entry.paragraphs as [string, ...string[]];
    cases.push(first);
    more.forEach((extra, extraIndex) => {
      const isLastParagraph = index === entries.length - 1 && extraIndex === more.length - 1;
      if (isLastParagraph) {
        outro = extra;
        note(context, 'decision', `追责情形末尾的无编号段落「${extra}」作为结语（outro）。`);
        return;
      }
      cases.push(extra);
      note(
        context,
        'decision',
        `追责情形第 ${entry.marker!.ordinal} 项之后的段落「${extra}」没有编号，原文中单独成段；作为一项单独的追责情形保留（不并入上一项）。`,
      );
      note(context, 'disagreement', `追责情形中「${extra}」缺少编号（第 ${entry.marker!.ordinal} 项与下一项之间）。`);
    });
  });
  return { ...(lead[0] ? { intro: lead[0] } : {}), cases, ...(outro ? { outro } : {}) };
}

export interface TabTableOptions {
  slug: string;
  seedFile: string;
  /**
   * Turns the paragraphs of the 备注 cell into department and remarks; without it the cell is
   * kept whole as remarks. 晋州 writes the handling section (承办机构) there.
   */
  splitRemarks?: (paragraphs: string[], context: ItemContext) => { department?: string; remarks: string[] };
}

/** One detail row as an item. */
export function detailRowToItem(row: DetailRow, options: TabTableOptions, report: ReportEntry[]): ParsedItem {
  const cell = (c: number) => row.cells[c]!;
  const categoryLabel = collapseWhitespace(cell(COLUMN.category));
  const category = normalizeCategoryLabel(categoryLabel);
  const printedName = collapseWhitespace(cell(COLUMN.name));
  const context: ItemContext = { label: `第${row.number}项「${printedName}」`, lines: row.lines, report };
  if (!category) throw new Error(`tab-table: ${context.label}: unknown category ${categoryLabel}`);

  for (let c = 1; c < DETAIL_COLUMNS.length; c++) {
    if (hasBrokenCharacter(cell(c))) note(context, 'disagreement', `${DETAIL_COLUMNS[c]}含有替换字符（U+FFFD），原文在此处缺字。`);
  }

  const { name, subitem, form } = splitMainSubItem(printedName);
  if (form) {
    note(
      context,
      'decision',
      `权力事项拆为主项「${name}」和子项「${subitem}」（去掉“（主项）”“（子项）”标记和连接符${form === 'bracketed' ? '；原文把子项写在括号里' : ''}）。`,
    );
  }

  const basis = cellParagraphs(cell(COLUMN.basis));
  if (basis.length === 0) throw new Error(`tab-table: ${context.label}: no 实施依据`);
  for (const problem of numberingProblems(basis)) note(context, 'disagreement', `实施依据${problem}。`);

  const duties = parseDuties(cell(COLUMN.duties), context);
  if (duties.length === 0) note(context, 'disagreement', '责任事项一栏为空。');
  const accountability = parseAccountability(cell(COLUMN.accountability), context);
  if (!accountability) note(context, 'disagreement', '追责情形一栏为空。');

  const remarkParagraphs = cellParagraphs(cell(COLUMN.remarks));
  const { department, remarks } =
    options.splitRemarks && remarkParagraphs.length > 0 ? options.splitRemarks(remarkParagraphs, context) : { department: undefined, remarks: remarkParagraphs };

  return {
    bureau: options.slug,
    category,
    category_label: categoryLabel,
    number: row.number,
    name,
    ...(subitem ? { subitem } : {}),
    subject: collapseWhitespace(cell(COLUMN.subject)),
    ...(department ? { department } : {}),
    basis,
    duties: duties.length > 0 ? duties : undefined,
    ...(accountability ? { accountability } : {}),
    ...(remarks.length > 0 ? { remarks: richText(remarks) } : {}),
    source: { file: `seeds/${options.seedFile}`, lines: row.lines },
  };
}

/**
 * The import stops when the rows found disagree with the document's own numbering or stated
 * total. A row whose 序号 is missing is read as a page-break continuation of the row above
 * (readDetailRows), so six unnumbered rows used to vanish into a neighbour with exit 0; the
 * numbering after them then skips, and that is an error, not a note in IMPORT.md.
 */
export class ImportRowsDisagree extends Error {
  override name = 'ImportRowsDisagree';
}

/** Throws, listing every row, when the 序号 of the detail rows do not count 1, 2, 3 … */
export function checkDetailNumbers(rows: DetailRow[], seedFile: string): void {
  const wrong = rows.flatMap((row, index) => {
    if (row.number === String(index + 1)) return [];
    const previous = rows[index - 1];
    const merged = previous ? `；第 ${previous.lines[0]}–${row.lines[0] - 1} 行中可能有缺少序号的行被当作续行并入了第${previous.number}项` : '';
    return [`seeds/${seedFile}:${row.lines[0]}: 明细表第 ${index + 1} 行数据的序号为「${escapeControl(row.number)}」，应为 ${index + 1}${merged} / row ${index + 1} is numbered ${escapeControl(row.number)}`];
  });
  if (wrong.length > 0)
    throw new ImportRowsDisagree(`导入已停止：明细表的行与原文序号不符，未写入任何事项 / import stopped: rows disagree with the numbering\n${wrong.join('\n')}`);
}

/** Throws when the document states a total and the detail table holds another number of items. */
export function checkStatedTotal(statedTotal: number | undefined, rows: DetailRow[], seedFile: string, line?: number): void {
  if (statedTotal === undefined || statedTotal === rows.length) return;
  throw new ImportRowsDisagree(
    `导入已停止：seeds/${seedFile}${line ? `:${line}` : ''}: 文件称共 ${statedTotal} 项，明细表读出 ${rows.length} 项；请检查是否有行缺少序号或被删去 / import stopped: the document states ${statedTotal} items, the detail table has ${rows.length}`,
  );
}

/** Reports 追责情形 whose last case ends in ；, as if the list had been cut short. */
export function checkUnfinishedAccountability(items: ParsedItem[], report: ReportEntry[]): void {
  for (const item of items) {
    const last = item.accountability?.cases.at(-1);
    if (last && /[；;]$/.test(last)) {
      report.push({
        kind: 'disagreement',
        text: `第${item.number}项「${item.name}」的追责情形最后一项「${last}」以分号结束，列表可能不完整，按原文保留。`,
        ...(item.source ? { lines: item.source.lines } : {}),
      });
    }
  }
}

/**
 * Reports a 立案责任 copied word for word from an earlier item: that stage names the violation the
 * item is about, so a copy names another item's violation.
 */
export function checkCopiedFilingDuty(items: ParsedItem[], report: ReportEntry[]): void {
  const seen = new Map<string, ParsedItem>();
  for (const item of items) {
    const filing = item.duties?.find((d) => d.stage === '立案责任');
    if (!filing || typeof filing.text !== 'string') continue;
    const earlier = seen.get(filing.text);
    if (earlier) {
      report.push({
        kind: 'disagreement',
        text: `第${item.number}项「${item.name}」的立案责任与第${earlier.number}项逐字相同（「${filing.text.slice(0, 30)}…」），写的是第${earlier.number}项的违法行为，按原文保留。`,
        ...(item.source ? { lines: item.source.lines } : {}),
      });
    } else {
      seen.set(filing.text, item);
    }
  }
}

/** Names compared without whitespace and with full-width and ASCII brackets and punctuation alike. */
function comparable(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/；/g, ';');
}

function itemKey(name: string, subitem: string | undefined): string {
  return comparable(subitem ? `${name}|${subitem}` : name);
}

function fullName(item: { name: string; subitem?: string }): string {
  return item.subitem ? `${item.name}——${item.subitem}` : item.name;
}

interface SummaryEntryRef {
  category: SummaryCategory;
  number?: string;
  name: string;
  line?: number;
}

function lineOf(entry: SummaryEntryRef): [number, number] | undefined {
  return entry.line ? [entry.line, entry.line] : undefined;
}

/**
 * Compares the document's summary table and stated total with the detail rows and reports every
 * disagreement: counts stated per category vs entries listed vs rows, the stated total, and for
 * each entry whether the detail has it under the same name, number and category. Entries are
 * paired by name first (主项/子项 markers and bracket widths ignored), then by number.
 */
export function checkSummary(summary: SummaryCategory[], statedTotal: number | undefined, items: ParsedItem[], report: ReportEntry[]): void {
  const push = (text: string, lines?: [number, number]) => report.push({ kind: 'disagreement', text, ...(lines ? { lines } : {}) });
  const detailCount = (category: string) => items.filter((i) => i.category === category).length;

  for (const group of summary) {
    const at: [number, number] | undefined = group.line ? [group.line, group.line] : undefined;
    if (group.stated_count !== undefined && group.stated_count !== group.items.length) {
      push(`汇总表「${group.category_label}」标注 ${group.stated_count} 项，下面列出 ${group.items.length} 项。`, at);
    }
    const summaryCount = group.stated_count ?? group.items.length;
    if (group.category && summaryCount !== detailCount(group.category)) {
      push(`汇总表「${group.category_label}」为 ${summaryCount} 项，明细表中该类实际有 ${detailCount(group.category)} 项。`, at);
    }
  }
  const summarized = new Set(summary.map((g) => g.category));
  const missingCategories = [...new Set(items.map((i) => i.category))].filter((c) => !summarized.has(c));
  for (const category of missingCategories) {
    push(`明细表有「${category}」${detailCount(category)} 项，汇总表没有这一类。`);
  }

  const entries: SummaryEntryRef[] = summary.flatMap((category) => category.items.map((e) => ({ category, ...e })));
  if (statedTotal !== undefined) {
    if (statedTotal !== items.length) push(`文件称共 ${statedTotal} 项，明细表实有 ${items.length} 项。`);
    if (statedTotal !== entries.length) push(`文件称共 ${statedTotal} 项，汇总表列出 ${entries.length} 项。`);
    if (summary.every((g) => g.stated_count !== undefined)) {
      const sum = summary.reduce((total, g) => total + g.stated_count!, 0);
      if (sum !== statedTotal) {
        const terms = summary.map((g) => `${g.category_label} ${g.stated_count}`).join(' + ');
        const lines = summary.flatMap((g) => [g.line, ...g.items.map((e) => e.line)]).filter((l): l is number => l !== undefined);
        push(`汇总表各类标注的项数之和为 ${sum}（${terms}），与所称总数 ${statedTotal} 不符。`, lines.length > 0 ? [Math.min(...lines), Math.max(...lines)] : undefined);
      }
    }
  }

  const unmatched = new Set(items.map((_, index) => index));
  const pairs: { entry: SummaryEntryRef; item: ParsedItem; byName: boolean }[] = [];
  const leftover: SummaryEntryRef[] = [];
  for (const entry of entries) {
    const split = splitMainSubItem(entry.name);
    const key = itemKey(split.name, split.subitem);
    const index = [...unmatched].find((i) => itemKey(items[i]!.name, items[i]!.subitem) === key);
    if (index === undefined) {
      leftover.push(entry);
      continue;
    }
    unmatched.delete(index);
    pairs.push({ entry, item: items[index]!, byName: true });
  }
  for (const entry of leftover) {
    const index = [...unmatched].find((i) => entry.number !== undefined && items[i]!.number === entry.number);
    if (index === undefined) {
      push(`汇总表列出「${entry.name}」，明细表中找不到同名或同序号的事项。`, lineOf(entry));
      continue;
    }
    unmatched.delete(index);
    pairs.push({ entry, item: items[index]!, byName: false });
  }
  for (const index of [...unmatched].sort((a, b) => a - b)) {
    const item = items[index]!;
    push(`明细表第${item.number}项「${fullName(item)}」不在汇总表中。`, item.source?.lines);
  }

  pairs.sort((a, b) => (a.entry.line ?? 0) - (b.entry.line ?? 0));
  const labelPairs = new Map<string, { summaryLabel: string; itemLabel: string; lines: number[] }>();
  for (const { entry, item, byName } of pairs) {
    const detailLine = item.source?.lines[0];
    const where = `汇总表第${entry.number ?? '?'}号`;
    const printed = splitMainSubItem(entry.name);
    const samePrinting = printed.name.replace(/\s+/g, '') === item.name && (printed.subitem ?? '').replace(/\s+/g, '') === (item.subitem ?? '');
    if (byName && !samePrinting) {
      push(`${where}「${entry.name}」与明细表第${item.number}项「${fullName(item)}」（第 ${detailLine} 行）只在括号或标点的全角/半角写法上不同。`, lineOf(entry));
    }
    if (!byName) {
      push(`${where}「${entry.name}」与明细表第${item.number}项「${fullName(item)}」（第 ${detailLine} 行）名称不同。`, lineOf(entry));
    } else if (entry.number !== undefined && entry.number !== item.number) {
      push(`${where}「${fullName(item)}」在明细表中是第${item.number}项（第 ${detailLine} 行），序号不同。`, lineOf(entry));
    }
    if (entry.category.category !== item.category) {
      push(`${where}「${entry.name}」在汇总表中列于「${entry.category.category_label}」，明细表第${item.number}项为「${item.category_label}」（第 ${detailLine} 行）。`, lineOf(entry));
    } else if (entry.category.category_label !== item.category_label) {
      const key = `${entry.category.category_label}|${item.category_label}`;
      const found = labelPairs.get(key) ?? { summaryLabel: entry.category.category_label, itemLabel: item.category_label, lines: [] };
      if (entry.line) found.lines.push(entry.line);
      if (detailLine) found.lines.push(detailLine);
      labelPairs.set(key, found);
    }
  }
  for (const { summaryLabel, itemLabel, lines } of labelPairs.values()) {
    const range: [number, number] | undefined = lines.length > 0 ? [Math.min(...lines), Math.max(...lines)] : undefined;
    push(`同一类别的名称写法不同：汇总表为「${summaryLabel}」，明细表为「${itemLabel}」（都归入标准类别“${normalizeCategoryLabel(itemLabel)}”）。`, range);
  }
}

/** Decisions that hold for the whole table, stated once per bureau. */
export function tableDecisions(summaryLine: number, headerLine: number, lastLine: number): ReportEntry[] {
  return [
    {
      kind: 'decision',
      text: '汇总表与明细表的事项按名称对应（忽略空白、全角/半角括号和“（主项）”“（子项）”标记），名称对不上的再按序号对应。',
      lines: [summaryLine, lastLine],
    },
    {
      kind: 'decision',
      text: '实施依据按段落（<p>）和编号（1、/1.）分段，每段保留原有编号；同一段内接续编号的几段依据（如“…全文。 9、《…》”）在编号处分开。汉字之间的空格（如“第五十四条 用人单位”“《国家医保局 财政部关于…》”）是原文的分隔，予以保留。',
      lines: [headerLine, lastLine],
    },
    {
      kind: 'decision',
      text: '责任事项以冒号前的文字为阶段名（如“立案责任”），去掉编号；没有冒号的一段（如“其他法律法规规章文件规定应履行的责任。”）没有阶段名。编号项之后不带编号的段落（如“（一）…”）属于上一阶段。追责情形以冒号结尾的首段为引言，各项去掉编号。',
      lines: [headerLine, lastLine],
    },
  ];
}
