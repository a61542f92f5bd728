/**
 * Seed 003: 项城市医疗保障局, 项编办〔2022〕27号.
 *
 * Layout: a covering notice; 附件1, a 目录 (category headings with counts, item names under
 * them); 附件2, one Word table per item (职权类别 heading, 10 columns: 序号, 职权名称, 子项,
 * 实施依据, 办理环节, 责任事项, 责任科室, 承诺时限, 法定时限, 收费情况及依据; one row per 办理环节;
 * a contact block closing each table); then seven generic flowcharts, which another module
 * (xiangcheng-charts.ts) parses. The tables come out of the extraction one cell per tab-led line
 * (see clean/tab-cells.ts).
 */
import type { Bureau, SummaryCategory } from '../../content/bureau-schema.ts';
import { normalizeCategoryLabel } from '../../content/categories.ts';
import type { DutyStage, ProcessStep } from '../../content/item-schema.ts';
import { chineseNumeral, type Block, type RichText } from '../../content/text-schema.ts';
import { readTabCells } from '../clean/tab-cells.ts';
import { collapseWhitespace } from '../clean/spacing.ts';
import { hasBrokenCharacter, splitEnumeration } from '../clean/text.ts';
import type { ParsedItem, ParsedSeed, ReportEntry, SeedParser } from '../types.ts';
import { chartsForItem, parseXiangchengCharts } from './xiangcheng-charts.ts';

const SEED_FILE = '003_cae92fea1141363e.txt';
const SLUG = 'xiangcheng';
const SOURCE_FILE = `seeds/${SEED_FILE}`;

/** Who the bureau is: the document names it but states neither its short name nor its region. */
const BUREAU_NAME = '项城市医疗保障局';
const BUREAU_SHORT_NAME = '项城市医保局';
const REGION = '河南省周口市项城市';

/** Heading of every detail table (附件2); the first one carries a stray ':' from the extraction. */
const TABLE_TITLE = /^:?(项城市医疗保障局保留的权责清单（行政职权运行流程图）)$/;
const CATEGORY_LINE = /^职权类别：(.+)$/;
const HEADER = ['序号', '职权名称', '子项', '实施依据', '办理环节', '责任事项', '责任科室', '承诺时限', '法定时限', '收费情况及依据'];
const COLUMNS = HEADER.length;
const CONTACT_LINE = /^服务电话：\s*(.+?)\s+投诉机构：\s*(.+?)\s+投诉电话：\s*(.+?)$/;
const ADDRESS_LINE = /^受理地点：\s*(.+)$/;

/**
 * Errors in the wording of the source noticed while reading it. They stay as printed; the report
 * names them so that an editor can check them against the published document. onlyInItem limits
 * the search to one item's rows where the same words are right elsewhere.
 */
const KNOWN_SOURCE_ERRORS: { pattern: RegExp; note: string; onlyInItem?: string }[] = [
  { pattern: /给于行政处罚/, note: '“给于”疑为“给予”之误' },
  { pattern: /骗取分深灰保险基金支出/, note: '“分深灰保险基金”疑为“社会保险基金”之误' },
  { pattern: /《实施<中华人民共和国社会保险法》若干规定》/, note: '书名号不配对（<…》）' },
  { pattern: /1倍以上3倍以下的发罚款/, note: '“发罚款”疑多一“发”字' },
  { pattern: /《中华人民共和国价格法》第三十四条……/, note: '依据引文以“……”省略，后接“（四）”条文，引文不完整' },
  { pattern: /听取当事人的陈述和申辩，\s*$/, note: '责任事项以逗号结尾，疑似不完整' },
  { pattern: /预期不领视为自动放弃/, note: '“预期不领”疑为“逾期不领”之误' },
  { pattern: /《人力资源社会保险部办公厅/, note: '“人力资源社会保险部”疑为“人力资源社会保障部”之误' },
  {
    pattern: /保存转诊就医参保人员和异地就医人员支付情况的记录。/,
    note: '门诊慢性病事项的“保存记录”环节与上一事项（审核及拨付转诊就医参保人员和异地就医人员的医疗费用）逐字相同，写的是转诊就医和异地就医人员，疑为照抄',
    onlyInItem: '审核及拨付门诊慢性病、门诊重特大疾病异地就医的医疗费用',
  },
];

interface CategoryHeading {
  entry: SummaryCategory;
  /** The heading's own number (四 of 四、), absent where it has none. */
  printedNumber?: string;
  line: number;
}

interface Summary {
  title: string;
  statedTotal?: number;
  statedTotalLine?: number;
  headings: CategoryHeading[];
}

interface Contact {
  phone: string;
  complaintOffice: string;
  complaintPhone: string;
  address: string;
  lines: [number, number];
}

interface Table {
  categoryLabel: string;
  items: ParsedItem[];
  contact: Contact;
}

/** A table cell with its paragraphs whitespace-normalized (blank ones dropped). */
interface Cell {
  paragraphs: string[];
  /** The cell's lines as extracted (leading tab removed). */
  raw: string[];
  firstLine: number;
  lastLine: number;
}

/**
 * Cells of lines from..to (1-based, inclusive). The text after `to` is hidden from the reader, so
 * that the next table's heading is not taken for a continuation of the last cell.
 */
function cellsOf(lines: string[], from: number, to: number): Cell[] {
  return readTabCells(lines.slice(0, to), from).map((cell) => ({
    paragraphs: cell.lines.map(collapseWhitespace).filter((p) => p.length > 0),
    raw: cell.lines,
    firstLine: cell.first,
    lastLine: cell.last,
  }));
}

/** The cell as one string: its paragraphs joined with line breaks ('' for an empty cell). */
function cellText(cell: Cell): string {
  return cell.paragraphs.join('\n');
}

export const xiangchengParser: SeedParser = {
  slug: SLUG,
  seedFile: SEED_FILE,
  parse,
};

function parse(text: string): ParsedSeed {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const lastLine = lastNonEmptyLine(lines);
  const report: ReportEntry[] = [];
  const charts = parseXiangchengCharts(lines);

  const summary = parseSummary(lines, report);
  const tables = parseTables(lines, charts.firstLine, report);
  const items = tables.flatMap((t) => t.items).map((item) => withCharts(item, chartsForItem(item)));

  report.push({
    kind: 'decision',
    text: `各事项表没有“实施主体”栏，所有事项的实施主体取文件所述单位“${BUREAU_NAME}”`,
    lines: [items[0]!.source!.lines[0], items.at(-1)!.source!.lines[1]],
  });
  report.push({
    kind: 'decision',
    text:
      '空白只合并不删除：本文件汉字之间的空格都是原文的分隔（“第一百零四条  基本医疗保险…”、' +
      '“周口市人力资源和社会保障局 周口市财政局”），保留为一个空格，不按“门 诊”式提取残留去掉',
    lines: [items[0]!.source!.lines[0], items.at(-1)!.source!.lines[1]],
  });
  compareSummary(summary, items, report);
  reportSourceErrors(lines, charts.firstLine, items, report);

  const listTitle = findListTitle(lines, report);
  const bureau: Bureau = {
    id: SLUG,
    name: BUREAU_NAME,
    short_name: BUREAU_SHORT_NAME,
    region: REGION,
    level: '县级',
    list_title: listTitle,
    version: parseVersion(lines),
    contacts: mergeContacts(tables, report),
    source: {
      title: documentTitle(lines, report),
      provenance: { file: SOURCE_FILE, lines: [1, lastLine] },
      ...(summary.statedTotal === undefined ? {} : { stated_total: summary.statedTotal }),
      summary: summary.headings.map((h) => h.entry),
    },
  };
  return { bureau, items, flowcharts: charts.flowcharts, report: [...report, ...charts.report] };
}

function withCharts(item: ParsedItem, ids: string[]): ParsedItem {
  return ids.length > 0 ? { ...item, flowcharts: ids } : item;
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

function lastNonEmptyLine(lines: string[]): number {
  for (let n = lines.length; n >= 1; n--) if (lines[n - 1]!.trim()) return n;
  return 1;
}

/** First line from `from` on that matches, compared without any whitespace (通  知 → 通知). */
function lineOf(lines: string[], pattern: RegExp, from = 1): number {
  for (let n = from; n <= lines.length; n++) if (pattern.test(withoutSpaces(lines[n - 1]!))) return n;
  throw new Error(`xiangcheng: no line matches ${pattern}`);
}

// ---------------------------------------------------------------------------------------------
// Covering notice

/** 项编办〔2022〕27号 on line 1 and 2022年3月5日 after the list of 附件. */
function parseVersion(lines: string[]): Bureau['version'] {
  const numberLine = lineOf(lines, /^项编办〔\d{4}〕\d+号$/);
  const dateLine = lineOf(lines, /^\d{4}年\d{1,2}月\d{1,2}日$/);
  const [, y, m, d] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(collapseWhitespace(lines[dateLine - 1]!))!;
  return {
    date: `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
    document_number: collapseWhitespace(lines[numberLine - 1]!),
  };
}

/**
 * The notice's title is printed over three lines (issuer, 关于印发…的, 通  知); joined, with the
 * spacing of 通  知 removed.
 */
function documentTitle(lines: string[], report: ReportEntry[]): string {
  const about = lineOf(lines, /^关于印发.+的$/);
  const notice = lineOf(lines, /^通知$/, about);
  const issuer = collapseWhitespace(lines[about - 2]!);
  const title = issuer + collapseWhitespace(lines[about - 1]!) + '通知';
  report.push({
    kind: 'decision',
    text: `文件标题分三行印出（发文机关、“${collapseWhitespace(lines[about - 1]!)}”、“通  知”），合并为“${title}”`,
    lines: [about - 1, notice],
  });
  return title;
}

/**
 * The list's title: the heading each detail table repeats, rather than the shorter wording in the
 * notice's list of 附件 (市医疗保障局保留的权责清单…), which lacks the city's name.
 */
function findListTitle(lines: string[], report: ReportEntry[]): string {
  const n = lineOf(lines, TABLE_TITLE);
  const raw = collapseWhitespace(lines[n - 1]!);
  const title = TABLE_TITLE.exec(raw)![1]!;
  report.push({
    kind: 'decision',
    text: `清单标题取附件2各表表头“${title}”（附件列表中写作“市医疗保障局保留的权责清单（行政职权运行流程图）”，无“项城”）`,
    lines: [n, n],
  });
  if (raw !== title) {
    report.push({ kind: 'decision', text: `第一张表的表头前有提取产生的“:”，已去掉`, lines: [n, n] });
  }
  return title;
}

// ---------------------------------------------------------------------------------------------
// 附件1: 目录

const HEADING = /^(?:([一二三四五六七八九十]+)、)?(\S+?)（(\d+)项）$/;
const NUMBERED_ENTRY = /^(\d+)、\s*(.+)$/;

/** 附件1 from its title to the first detail table: category headings with counts, names under them. */
function parseSummary(lines: string[], report: ReportEntry[]): Summary {
  const start = lineOf(lines, /^附件1$/);
  const end = lineOf(lines, TABLE_TITLE, start);
  const headings: CategoryHeading[] = [];
  let title = '';
  let statedTotal: number | undefined;
  let statedTotalLine: number | undefined;
  for (let n = start + 1; n < end; n++) {
    const text = collapseWhitespace(lines[n - 1]!);
    if (!text) continue;
    const total = /^（共(\d+)项）$/.exec(text);
    const heading = HEADING.exec(text);
    if (!title) {
      title = text;
    } else if (total) {
      statedTotal = Number(total[1]);
      statedTotalLine = n;
    } else if (heading) {
      const label = heading[2]!;
      const category = normalizeCategoryLabel(label);
      headings.push({
        entry: {
          category_label: label,
          ...(category ? { category } : {}),
          stated_count: Number(heading[3]),
          items: [],
          line: n,
        },
        ...(heading[1] ? { printedNumber: heading[1] } : {}),
        line: n,
      });
    } else {
      const current = headings.at(-1);
      if (!current) throw new Error(`xiangcheng: 目录 entry before any category heading at line ${n}`);
      const numbered = NUMBERED_ENTRY.exec(text);
      current.entry.items.push(numbered ? { number: numbered[1]!, name: numbered[2]!, line: n } : { name: text, line: n });
    }
  }
  checkHeadingNumbers(headings, report);
  report.push({
    kind: 'decision',
    text: '目录各类别标题去掉其编号（四、五、…）后作为类别名称；目录条目的序号“1、”记为“1”，行政处罚、行政强制类条目原文无序号',
    lines: [start, end - 1],
  });
  return { title, statedTotal, statedTotalLine, headings };
}

/** The headings should count 一、二、三 …; the seed leaves some out and repeats 八、. */
function checkHeadingNumbers(headings: CategoryHeading[], report: ReportEntry[]): void {
  headings.forEach((heading, index) => {
    const expected = chineseNumeral(index + 1);
    const label = `${heading.entry.category_label}（${heading.entry.stated_count}项）`;
    if (heading.printedNumber === undefined) {
      report.push({
        kind: 'disagreement',
        text: `目录中类别标题“${label}”没有编号，按顺序应为“${expected}、”`,
        lines: [heading.line, heading.line],
      });
    } else if (heading.printedNumber !== expected) {
      const twin = headings.find((h) => h !== heading && h.printedNumber === heading.printedNumber);
      report.push({
        kind: 'disagreement',
        text:
          `目录中类别标题“${heading.printedNumber}、${label}”编号有误，按顺序应为“${expected}、”` +
          (twin ? `（与第 ${twin.line} 行“${twin.printedNumber}、${twin.entry.category_label}”重号）` : ''),
        lines: [heading.line, heading.line],
      });
    }
  });
}

/** Stated total, stated counts, listed names and the detail tables, compared with each other. */
function compareSummary(summary: Summary, items: ParsedItem[], report: ReportEntry[]): void {
  const listed = summary.headings.reduce((sum, h) => sum + h.entry.items.length, 0);
  const statedSum = summary.headings.reduce((sum, h) => sum + (h.entry.stated_count ?? 0), 0);
  const first = summary.headings[0]?.line ?? 1;
  const lastHeading = summary.headings.at(-1);
  const last = lastHeading?.entry.items.at(-1)?.line ?? lastHeading?.line ?? first;
  const totalLine = summary.statedTotalLine ?? first;
  if (summary.statedTotal !== undefined) {
    if (summary.statedTotal !== items.length) {
      report.push({
        kind: 'disagreement',
        text: `目录称“共${summary.statedTotal}项”，附件2的事项表共有 ${items.length} 项（全部保留）`,
        lines: [totalLine, items.at(-1)!.source!.lines[1]],
      });
    }
    if (summary.statedTotal !== statedSum) {
      report.push({
        kind: 'disagreement',
        text: `目录称“共${summary.statedTotal}项”，但各类别标注的数量合计为 ${statedSum} 项`,
        lines: [totalLine, last],
      });
    }
    if (summary.statedTotal !== listed) {
      report.push({
        kind: 'disagreement',
        text: `目录称“共${summary.statedTotal}项”，但目录实际列出 ${listed} 个事项名称`,
        lines: [totalLine, last],
      });
    }
  }
  for (const heading of summary.headings) {
    const { entry } = heading;
    const detail = items.filter((item) => item.category_label === entry.category_label);
    const lastLine = entry.items.at(-1)?.line ?? heading.line;
    if (entry.stated_count !== undefined && entry.stated_count !== entry.items.length) {
      report.push({
        kind: 'disagreement',
        text: `目录“${entry.category_label}”标注 ${entry.stated_count} 项，其下列出 ${entry.items.length} 项`,
        lines: [heading.line, lastLine],
      });
    }
    if (entry.stated_count !== undefined && entry.stated_count !== detail.length) {
      report.push({
        kind: 'disagreement',
        text: `目录“${entry.category_label}”标注 ${entry.stated_count} 项，附件2该类别有 ${detail.length} 张事项表`,
        lines: [heading.line, lastLine],
      });
    }
    entry.items.forEach((listedItem, index) => {
      const item = detail[index];
      if (!item) return;
      if (listedItem.name !== item.name) {
        report.push({
          kind: 'disagreement',
          text: `“${entry.category_label}”第 ${index + 1} 项名称不一致：目录（第 ${listedItem.line} 行）为“${listedItem.name}”，事项表（第 ${item.source!.lines[0]} 行起）为“${item.name}”；事项名称取事项表`,
          lines: [listedItem.line!, item.source!.lines[0]],
        });
      }
      if (listedItem.number !== undefined && item.number !== undefined && listedItem.number !== item.number) {
        report.push({
          kind: 'disagreement',
          text: `“${entry.category_label}”第 ${index + 1} 项序号不一致：目录为 ${listedItem.number}，事项表为 ${item.number}`,
          lines: [listedItem.line!, item.source!.lines[0]],
        });
      }
    });
  }
  const labels = new Set(summary.headings.map((h) => h.entry.category_label));
  for (const item of items) {
    if (!labels.has(item.category_label)) {
      report.push({
        kind: 'disagreement',
        text: `事项表“${item.name}”的职权类别“${item.category_label}”不在目录中`,
        lines: item.source!.lines,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 附件2: one table per item

/** Every detail table between the first table heading and the charts (firstLine, 1-based). */
function parseTables(lines: string[], chartsStart: number, report: ReportEntry[]): Table[] {
  const starts: number[] = [];
  for (let n = 1; n < chartsStart; n++) if (TABLE_TITLE.test(collapseWhitespace(lines[n - 1]!))) starts.push(n);
  if (starts.length === 0) throw new Error('xiangcheng: no detail table found');
  const tables = starts.map((start, i) => parseTable(lines, start, (starts[i + 1] ?? chartsStart) - 1, report));
  reportMergedCells(tables, report);
  return tables;
}

function parseTable(lines: string[], titleLine: number, endLine: number, report: ReportEntry[]): Table {
  const categoryLine = titleLine + 1;
  const category = CATEGORY_LINE.exec(collapseWhitespace(lines[categoryLine - 1]!));
  if (!category) throw new Error(`xiangcheng: line ${categoryLine} should give the 职权类别`);
  const categoryLabel = category[1]!;
  const normalized = normalizeCategoryLabel(categoryLabel);
  if (!normalized) throw new Error(`xiangcheng: unknown 职权类别 ${categoryLabel} at line ${categoryLine}`);

  const cells = cellsOf(lines, categoryLine + 1, endLine);
  const header = cells.slice(0, COLUMNS).map((c) => c.paragraphs.join(''));
  if (header.join('|') !== HEADER.join('|')) {
    throw new Error(`xiangcheng: unexpected table header at line ${cells[0]?.firstLine}: ${header.join('|')}`);
  }
  const contactAt = cells.findIndex((c) => c.paragraphs[0]?.startsWith('服务电话'));
  if (contactAt < 0) throw new Error(`xiangcheng: table at line ${titleLine} has no 服务电话 block`);
  const body = cells.slice(COLUMNS, contactAt);
  if (body.length % COLUMNS !== 0) {
    throw new Error(`xiangcheng: table at line ${titleLine} has ${body.length} cells, not whole rows of ${COLUMNS}`);
  }
  const rows: Cell[][] = [];
  for (let i = 0; i < body.length; i += COLUMNS) rows.push(body.slice(i, i + COLUMNS));

  const items: ParsedItem[] = [];
  let current: ItemRows | undefined;
  const groups: ItemRows[] = [];
  for (const row of rows) {
    const startsItem = row.slice(0, 4).some((cell) => cell.paragraphs.length > 0);
    if (startsItem) {
      current = { first: row, rows: [row] };
      groups.push(current);
    } else if (current) {
      current.rows.push(row);
    } else {
      throw new Error(`xiangcheng: row at line ${row[0]!.firstLine} continues no item`);
    }
  }
  for (const group of groups) items.push(buildItem(group, categoryLabel, normalized, report));
  return { categoryLabel, items, contact: parseContact(cells.slice(contactAt)) };
}

interface ItemRows {
  first: Cell[];
  rows: Cell[][];
}

function buildItem(group: ItemRows, categoryLabel: string, category: ParsedItem['category'], report: ReportEntry[]): ParsedItem {
  const [numberCell, nameCell, subitemCell, basisCell] = group.first;
  const number = cellText(numberCell!);
  const name = cellText(nameCell!);
  const subitem = cellText(subitemCell!);
  if (!name) throw new Error(`xiangcheng: item at line ${numberCell!.firstLine} has no 职权名称`);
  const basis: Block[] = splitEnumeration(basisCell!.paragraphs);
  if (basis.length === 0) throw new Error(`xiangcheng: item at line ${numberCell!.firstLine} has no 实施依据`);

  const process: ProcessStep[] = [];
  const duties: DutyStage[] = [];
  const sections: string[] = [];
  for (const row of group.rows) {
    const [, , , , stageCell, dutyCell, sectionCell, promisedCell, legalCell, feeCell] = row;
    const stage = cellText(stageCell!);
    const duty = richText(dutyCell!.paragraphs);
    const section = textOf(sectionCell!, '责任科室', name, report);
    const promised = textOf(promisedCell!, '承诺时限', name, report);
    const legal = textOf(legalCell!, '法定时限', name, report);
    const fee = textOf(feeCell!, '收费情况及依据', name, report);
    if (section) sections.push(section);
    if (!stage) {
      if (!duty) {
        if (section || promised || legal || fee) throw new Error(`xiangcheng: row at line ${row[0]!.firstLine} has cells but no 办理环节 or 责任事项`);
        continue;
      }
      duties.push({ text: duty });
      report.push({
        kind: 'decision',
        text:
          `“${name}”有一行的办理环节为空，责任事项为“${cellText(dutyCell!)}”：作为无环节名称的责任事项保留，` +
          `不列入运行流程（流程每步须有办理环节）` +
          (section ? `；该行责任科室“${section}”只计入承办科室` : '') +
          unnumberedBefore(group.rows, row),
        lines: [stageCell!.firstLine, dutyCell!.lastLine],
      });
      continue;
    }
    process.push({
      stage,
      ...(duty ? { duty } : {}),
      ...(section ? { section } : {}),
      ...(promised ? { promised_time_limit: promised } : {}),
      ...(legal ? { legal_time_limit: legal } : {}),
      ...(fee ? { fee } : {}),
    });
    if (duty) duties.push({ stage, text: duty });
  }
  if (duties.length === 0) throw new Error(`xiangcheng: item ${name} has no 责任事项`);

  const department = departmentOf(sections, name, group, report);
  const firstLine = numberCell!.firstLine;
  const lastLine = Math.max(...group.rows.flat().map((c) => c.lastLine));
  for (const text of [name, subitem, ...group.rows.flat().map(cellText)]) {
    if (hasBrokenCharacter(text)) {
      report.push({ kind: 'disagreement', text: `“${name}”中有无法识别的字符（U+FFFD）`, lines: [firstLine, lastLine] });
      break;
    }
  }
  return {
    bureau: SLUG,
    category,
    category_label: categoryLabel,
    ...(number ? { number } : {}),
    name,
    ...(subitem ? { subitem } : {}),
    subject: BUREAU_NAME,
    ...(department ? { department } : {}),
    basis,
    duties,
    ...(process.length > 0 ? { process } : {}),
    source: { file: SOURCE_FILE, lines: [firstLine, lastLine] },
  };
}

/**
 * The stage-less rows of the 行政检查 tables read "4.其他法律法规规章文件规定应履行的责任。" while
 * the duties before them carry no number (稽核's 1.–6. do): a note for the report when so.
 */
function unnumberedBefore(rows: Cell[][], row: Cell[]): string {
  const marker = /^\d+\./.exec(cellText(row[5]!));
  if (!marker) return '';
  const earlier = rows.slice(0, rows.indexOf(row));
  if (earlier.some((r) => /^\d+\./.test(cellText(r[5]!)))) return '';
  return `；其编号“${marker[0]}”前面的责任事项都没有编号，照原文保留`;
}

/** A cell's text as rich text: one paragraph as a string, several as blocks. */
function richText(paragraphs: string[]): RichText | undefined {
  if (paragraphs.length === 0) return undefined;
  if (paragraphs.length === 1) return paragraphs[0]!;
  return splitEnumeration(paragraphs);
}

/** A plain-text cell; a cell with several paragraphs keeps them, one per line, and is reported. */
function textOf(cell: Cell, column: string, itemName: string, report: ReportEntry[]): string {
  if (cell.paragraphs.length > 1) {
    report.push({
      kind: 'disagreement',
      text: `“${itemName}”的“${column}”单元格有 ${cell.paragraphs.length} 段文字（${cell.paragraphs.map((p) => `“${p}”`).join('、')}），照原文逐行保留`,
      lines: [cell.firstLine, cell.lastLine],
    });
  }
  return cellText(cell);
}

/**
 * 承办科室: the 责任科室 when every step that names one names the same; otherwise the distinct
 * names in order of appearance (a cell naming two, 法规和基金监管股、财务股, counts as both).
 */
function departmentOf(sections: string[], name: string, group: ItemRows, report: ReportEntry[]): string | undefined {
  if (sections.length === 0) return undefined;
  const distinctCells = [...new Set(sections)];
  if (distinctCells.length === 1) return distinctCells[0];
  const names = [...new Set(sections.flatMap((s) => s.split('、')))];
  const department = names.join('、');
  const rows = group.rows.flat();
  report.push({
    kind: 'decision',
    text: `“${name}”各办理环节的责任科室不同（${distinctCells.map((s) => `“${s}”`).join('、')}），承办科室取其中不重复的科室按出现顺序以“、”连接：“${department}”（名称照原文，不合并写法不同的科室）`,
    lines: [rows[0]!.firstLine, Math.max(...rows.map((c) => c.lastLine))],
  });
  return department;
}

/**
 * Vertically merged cells (责任科室, 时限, 收费 spanning all steps) appear only on the first step;
 * they stay there. One report line lists the items where a column is filled on some steps only.
 */
function reportMergedCells(tables: Table[], report: ReportEntry[]): void {
  const affected: string[] = [];
  let first = Infinity;
  let last = 0;
  for (const item of tables.flatMap((t) => t.items)) {
    const steps = item.process ?? [];
    const columns = (['section', 'promised_time_limit', 'legal_time_limit', 'fee'] as const).filter((key) => {
      const filled = steps.filter((s) => s[key] !== undefined).length;
      return filled > 0 && filled < steps.length;
    });
    if (columns.length === 0) continue;
    affected.push(`${item.category_label}${item.number ?? ''}`);
    first = Math.min(first, item.source!.lines[0]);
    last = Math.max(last, item.source!.lines[1]);
  }
  if (affected.length === 0) return;
  const all = tables.reduce((sum, t) => sum + t.items.length, 0);
  report.push({
    kind: 'decision',
    text:
      `Word 表中跨多个办理环节合并的单元格（责任科室、承诺时限、法定时限、收费情况）在提取文本中只出现一次，` +
      `保留在其出现的环节上，不复制到其他环节，也不提升为事项级的时限或收费；` +
      (affected.length === all ? `全部 ${all} 个事项表都有这种情况` : `涉及：${affected.join('、')}`),
    lines: [first, last],
  });
}

// ---------------------------------------------------------------------------------------------
// Contacts

/** The block closing each table: 服务电话 … 投诉机构 … 投诉电话 … on one line, then 受理地点. */
function parseContact(cells: Cell[]): Contact {
  const [phoneCell, addressCell] = cells;
  const phoneLine = CONTACT_LINE.exec(phoneCell!.raw[0]!.trim());
  if (!phoneLine) throw new Error(`xiangcheng: unreadable contact line ${phoneCell!.firstLine}`);
  const address = addressCell ? ADDRESS_LINE.exec(cellText(addressCell)) : null;
  if (!address) throw new Error(`xiangcheng: no 受理地点 after line ${phoneCell!.firstLine}`);
  return {
    phone: collapseWhitespace(phoneLine[1]!),
    complaintOffice: collapseWhitespace(phoneLine[2]!),
    complaintPhone: collapseWhitespace(phoneLine[3]!),
    address: collapseWhitespace(address[1]!),
    lines: [phoneCell!.firstLine, addressCell!.lastLine],
  };
}

/**
 * One contacts record for the bureau. Each 服务电话 keeps what it serves: the categories of the
 * tables that print it. Complaint office, complaint phone and address are the same everywhere in
 * this seed; if they ever differ, the first is kept and the difference reported.
 */
function mergeContacts(tables: Table[], report: ReportEntry[]): Bureau['contacts'] {
  const phones = new Map<string, string[]>();
  for (const table of tables) {
    const labels = phones.get(table.contact.phone) ?? [];
    if (!labels.includes(table.categoryLabel)) labels.push(table.categoryLabel);
    phones.set(table.contact.phone, labels);
  }
  const service_phones = [...phones.entries()].map(([number, labels]) => ({ number, serves: `${labels.join('、')}类事项` }));
  if (service_phones.length > 1) {
    const span: [number, number] = [tables[0]!.contact.lines[0], tables.at(-1)!.contact.lines[1]];
    report.push({
      kind: 'decision',
      text:
        `各事项表的服务电话有 ${service_phones.length} 个：` +
        service_phones.map((p) => `${p.number} 见于${p.serves.replace(/类事项$/, '')}类事项表`).join('；') +
        '；部门联系方式中每个号码以其所在事项表的类别说明服务范围',
      lines: span,
    });
  }
  const first = tables[0]!.contact;
  for (const key of ['complaintOffice', 'complaintPhone', 'address'] as const) {
    for (const table of tables) {
      if (table.contact[key] !== first[key]) {
        report.push({
          kind: 'disagreement',
          text: `联系方式不一致：第 ${table.contact.lines[0]} 行为“${table.contact[key]}”，第 ${first.lines[0]} 行为“${first[key]}”；取后者`,
          lines: table.contact.lines,
        });
      }
    }
  }
  return {
    service_phones,
    complaint_office: first.complaintOffice,
    complaint_phone: first.complaintPhone,
    address: first.address,
  };
}

// ---------------------------------------------------------------------------------------------
// Wording errors noticed in the source

function reportSourceErrors(lines: string[], chartsStart: number, items: ParsedItem[], report: ReportEntry[]): void {
  for (const { pattern, note, onlyInItem } of KNOWN_SOURCE_ERRORS) {
    const range = onlyInItem === undefined ? [1, chartsStart - 1] : items.find((i) => i.name === onlyInItem)?.source?.lines;
    if (!range) continue;
    for (let n = range[0]!; n <= range[1]!; n++) {
      const found = pattern.exec(lines[n - 1]!);
      if (found) report.push({ kind: 'disagreement', text: `原文“${found[0].trim()}”：${note}；照原文保留`, lines: [n, n] });
    }
  }
}
