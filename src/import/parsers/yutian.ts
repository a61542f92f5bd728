/**
 * Seed 004 — 玉田县医疗保障局权责清单分表（共六类、十八项）.
 *
 * Layout: the text of a Word table. Every cell starts on a line of its own with a tab; a cell of
 * several lines continues on lines without a tab. Rows 1–5 carry a 序号 and end with an empty 备注
 * cell and a blank line; the other 13 rows begin with " \t" (no 序号), follow the row above without
 * a blank line and have no 备注 cell, except the last one. Word bookmarks ([bookmark: OLE_LINK2])
 * are scattered in the text. No version, no summary table.
 */
import { normalizeCategoryLabel } from '../../content/categories.ts';
import type { Bureau } from '../../content/bureau-schema.ts';
import type { DutyStage } from '../../content/item-schema.ts';
import type { Block, RichText } from '../../content/text-schema.ts';
import { chineseNumeralValue } from '../clean/chinese-numeral.ts';
import { splitStageLabel } from '../clean/duty-stage.ts';
import { groupNumberedLines, leadingNumber, mixesPunctuation, type NumberedEntry } from '../clean/numbered-lines.ts';
import { collapseWhitespace } from '../clean/spacing.ts';
import { readTabCells, type TabLedCell } from '../clean/tab-cells.ts';
import { hasBrokenCharacter, removeWordArtefacts, splitEnumeration } from '../clean/text.ts';
import type { ParsedItem, ParsedSeed, ReportEntry, SeedParser } from '../types.ts';

const SEED_FILE = '004_5afba2baab88c242.txt';
const SOURCE_FILE = `seeds/${SEED_FILE}`;

const COLUMNS = ['序号', '权力类型', '权力事项', '行政主体', '实施依据', '责任事项', '追责情形', '备注'];

/**
 * Slips in the wording, found by reading the seed. They stay as printed; each is reported, and the
 * parser checks that the quoted text is on that line, so the list cannot drift from the seed.
 */
const SOURCE_SLIPS: { line: number; excerpt: string; note: string }[] = [
  { line: 17, excerpt: '《中华人民共和国社会保险法》）', note: '实施依据的书名号后多一个“）”' },
  { line: 47, excerpt: '发现参保人将本人的基本医疗保险凭证出借给他人就医', note: '“对医疗保障经办机构骗取医疗保障基金支出的处罚”的立案责任写的是参保人出借医疗保险凭证（第 175 行事项的内容）' },
  { line: 103, excerpt: '待遇的的违法行为', note: '立案责任中“的的”重复' },
  { line: 132, excerpt: '基金的的违法行为', note: '立案责任中“的的”重复' },
  { line: 155, excerpt: '发现以违反医药价格管理政策等为手段', note: '“对定点医药机构违反管理规定、拒绝监督检查或者提供虚假情况的处罚”的立案责任写的是违反医药价格管理政策' },
  { line: 177, excerpt: '〔2015﹞', note: '文号括号不配对（〔 与 ﹞）' },
  { line: 178, excerpt: '发现定点医药机构违反内部管理规定', note: '“对将本人的基本医疗保险凭证出借给他人就医……的处罚”的立案责任写的是定点医药机构违反内部管理规定（第 152 行事项的内容）' },
  { line: 237, excerpt: '侵犯市本级参保女职工合法权益', note: '县级清单的追责情形写作“市本级”' },
];

interface Row {
  number?: TabLedCell;
  category: TabLedCell;
  name: TabLedCell;
  subject: TabLedCell;
  basis: TabLedCell;
  duties: TabLedCell;
  accountability: TabLedCell;
  remarks?: TabLedCell;
}

function cellLines(cell: TabLedCell): string[] {
  return cell.lines.map(collapseWhitespace).filter((l) => l.length > 0);
}

/** A one-line cell's text (name, subject …); a cell that wraps would be joined without a separator. */
function cellText(cell: TabLedCell): string {
  return cellLines(cell).join('');
}

function firstLine(row: Row): number {
  return (row.number ?? row.category).first;
}

function lastLine(row: Row): number {
  return (row.remarks ?? row.accountability).last;
}

/** Block[] as RichText: a lone paragraph stays a plain string. */
function asRichText(blocks: Block[]): RichText {
  return blocks.length === 1 && typeof blocks[0] === 'string' ? blocks[0] : blocks;
}

function isNumberCell(cell: TabLedCell): boolean {
  return /^\d+$/.test(cellText(cell));
}

/**
 * Cells into rows. A row begins with its 权力类型 cell (preceded by its 序号 cell when it has one)
 * and has five more cells; a following cell that is neither a 序号 nor a 权力类型 is its 备注.
 */
function groupRows(cells: TabLedCell[]): Row[] {
  const rows: Row[] = [];
  let number: TabLedCell | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (isNumberCell(cell)) {
      number = cell;
      continue;
    }
    if (!normalizeCategoryLabel(cellText(cell))) throw new Error(`yutian: expected a 权力类型 cell at line ${cell.first}`);
    const [name, subject, basis, duties, accountability] = cells.slice(i + 1, i + 6);
    if (!accountability) throw new Error(`yutian: row at line ${cell.first} has fewer than 7 cells`);
    const next = cells[i + 6];
    const remarks = next && !isNumberCell(next) && !normalizeCategoryLabel(cellText(next)) ? next : undefined;
    rows.push({ ...(number ? { number } : {}), category: cell, name: name!, subject: subject!, basis: basis!, duties: duties!, accountability, ...(remarks ? { remarks } : {}) });
    number = undefined;
    i += remarks ? 6 : 5;
  }
  return rows;
}

function parseDuties(cell: TabLedCell): DutyStage[] {
  const { lead, entries } = groupNumberedLines(cellLines(cell));
  if (lead.length > 0 || entries.length === 0) throw new Error(`yutian: duties at line ${cell.first} do not start with 1`);
  return entries.map((entry) => {
    const { stage, text } = splitStageLabel(entry.lines[0]!);
    // Lines after the first (（一）…（五）) belong to the same stage; they become a list.
    const body = asRichText(splitEnumeration([text, ...entry.lines.slice(1)]));
    return stage ? { stage, text: body } : { text: body };
  });
}

function parseAccountability(cell: TabLedCell): NonNullable<ParsedItem['accountability']> {
  const { lead, entries } = groupNumberedLines(cellLines(cell));
  if (lead.length !== 1 || entries.length === 0) throw new Error(`yutian: accountability at line ${cell.first} is not lead + numbered cases`);
  for (const entry of entries)
    if (entry.lines.length > 1) throw new Error(`yutian: case ${entry.ordinal} at line ${cell.first} continues over lines`);
  return { intro: lead[0]!, cases: entries.map((e) => e.lines[0]!) };
}

function parseItem(row: Row): ParsedItem {
  const label = cellText(row.category);
  const remarks = row.remarks ? cellText(row.remarks) : '';
  return {
    bureau: 'yutian',
    category: normalizeCategoryLabel(label)!,
    category_label: label,
    ...(row.number ? { number: cellText(row.number) } : {}),
    name: cellText(row.name),
    subject: cellText(row.subject),
    basis: splitEnumeration(cellLines(row.basis)),
    duties: parseDuties(row.duties),
    accountability: parseAccountability(row.accountability),
    ...(remarks ? { remarks } : {}),
    source: { file: SOURCE_FILE, lines: [firstLine(row), lastLine(row)] },
  };
}

function span(lines: number[]): [number, number] {
  return [Math.min(...lines), Math.max(...lines)];
}

function lineList(lines: number[]): string {
  return lines.join('、');
}

/** The title, the stated counts (（共六类、十八项）) and the header cells. */
interface StatedCounts {
  categories: number;
  items: number;
  /** The numeral as printed (十八). */
  itemsNumeral: string;
  line: number;
  text: string;
}

function readHead(lines: string[]): { title: string; titleLine: number; counts: StatedCounts } {
  const titleIndex = lines.findIndex((l) => l.trim() !== '');
  const countsIndex = lines.findIndex((l) => /^（共.+类、.+项）$/.test(l.trim()));
  const match = /^（共(.+)类、(.+)项）$/.exec(lines[countsIndex]?.trim() ?? '');
  const categories = chineseNumeralValue(match?.[1] ?? '');
  const items = chineseNumeralValue(match?.[2] ?? '');
  if (titleIndex < 0 || categories === undefined || items === undefined) throw new Error('yutian: title or stated counts not found');
  return {
    title: collapseWhitespace(lines[titleIndex]!),
    titleLine: titleIndex + 1,
    counts: { categories, items, itemsNumeral: match![2]!, line: countsIndex + 1, text: lines[countsIndex]!.trim() },
  };
}

function countReports(items: ParsedItem[], counts: StatedCounts): ReportEntry[] {
  const found = new Set(items.map((i) => i.category)).size;
  const report: ReportEntry[] = [
    {
      kind: 'decision',
      text: `原文所述总数取自“${counts.text}”：“${counts.itemsNumeral}项”记为 stated_total ${counts.items}；所述类别数 ${counts.categories}，导入 ${items.length} 项、${found} 类。原文无统计表或目录，故无 summary。`,
      lines: [counts.line, counts.line],
    },
  ];
  if (items.length !== counts.items)
    report.push({ kind: 'disagreement', text: `原文称共 ${counts.items} 项，表中有 ${items.length} 行事项。`, lines: [counts.line, counts.line] });
  if (found !== counts.categories)
    report.push({ kind: 'disagreement', text: `原文称共 ${counts.categories} 类，表中事项属于 ${found} 类。`, lines: [counts.line, counts.line] });
  return report;
}

function numberingReports(rows: Row[]): ReportEntry[] {
  const report: ReportEntry[] = [];
  const numbered = rows.filter((r) => r.number).map((r) => Number(cellText(r.number!)));
  const gaps = numbered.flatMap((n, k) => (n !== k + 1 ? [`第 ${k + 1} 个编号为 ${n}`] : []));
  if (gaps.length > 0) report.push({ kind: 'disagreement', text: `序号不连续：${gaps.join('，')}。`, lines: span(rows.map(firstLine)) });
  const unnumbered = rows.filter((r) => !r.number).map(firstLine);
  if (unnumbered.length > 0) {
    report.push({
      kind: 'disagreement',
      text: `序号只编到 ${numbered[numbered.length - 1] ?? 0}：其后 ${unnumbered.length} 行事项没有序号（第 ${lineList(unnumbered)} 行起），number 留空。`,
      lines: span(unnumbered),
    });
    report.push({
      kind: 'decision',
      text: `以空格加制表符开头的行（" \\t行政处罚"）视为新的一行事项，其序号单元格为空；这些行前没有空行分隔（第 ${lineList(unnumbered)} 行）。`,
      lines: span(unnumbered),
    });
  }
  const withoutRemarks = rows.filter((r) => !r.remarks).map(firstLine);
  if (withoutRemarks.length > 0)
    report.push({ kind: 'decision', text: `${withoutRemarks.length} 行事项没有备注单元格（其后直接是下一行的单元格），按备注为空处理（第 ${lineList(withoutRemarks)} 行起）。`, lines: span(withoutRemarks) });
  return report;
}

const SPACE_BETWEEN_CHINESE = /[\u3400-\u9fff] [\u3400-\u9fff]/;

function layoutReports(lines: string[], rows: Row[]): ReportEntry[] {
  const report: ReportEntry[] = [];
  const first = firstLine(rows[0]!);
  const last = lastLine(rows[rows.length - 1]!);
  const continued = rows.flatMap((r) => [r.basis, r.duties, r.accountability]).filter((c) => c.last > c.first);
  report.push({
    kind: 'decision',
    text: `不以制表符开头的行接续上一单元格：${continued.length} 个多行单元格（实施依据、责任事项、追责情形）各合为一格，行号 ${continued.map((c) => `${c.first}–${c.last}`).join('、')}。`,
    lines: [first, last],
  });
  const artefacts = lines.flatMap((l, i) => (removeWordArtefacts(l) !== l ? [i + 1] : []));
  if (artefacts.length > 0)
    report.push({ kind: 'decision', text: `删除 Word 书签标记 [bookmark: …]（第 ${lineList(artefacts)} 行）。`, lines: span(artefacts) });
  const blankInside = rows.flatMap((r) => {
    const blanks: number[] = [];
    for (let n = firstLine(r); n <= lastLine(r); n++) if (lines[n - 1]!.trim() === '' && !lines[n - 1]!.includes('\t')) blanks.push(n);
    return blanks;
  });
  for (const n of blankInside) report.push({ kind: 'decision', text: '空行位于一行事项的两个单元格之间，忽略，不作为行的分隔。', lines: [n, n] });
  const spaced = rows.filter((r) => SPACE_BETWEEN_CHINESE.test(cellLines(r.basis).join('\n'))).map((r) => r.basis.first);
  if (spaced.length > 0)
    report.push({
      kind: 'decision',
      text: `汉字之间的单个空格原样保留（如“河北省医疗保障局 河北省财政厅”“2016年2月1日施行 根据2023年…”），它们分隔联合发文的部门或前后两句，不是提取造成的空格；只合并连续空白、去掉首尾空白（第 ${lineList(spaced)} 行起）。`,
      lines: span(spaced),
    });
  return report;
}

/** Enumerations whose markers mix 、 and . (1、 2. 3、), and basis lines numbered without a marker (1《…). */
function enumerationReports(rows: Row[]): ReportEntry[] {
  const report: ReportEntry[] = [];
  for (const row of rows) {
    for (const [what, cell] of [['责任事项', row.duties], ['追责情形', row.accountability]] as const) {
      const { entries } = groupNumberedLines(cellLines(cell));
      if (mixesPunctuation(entries)) report.push({ kind: 'disagreement', text: `“${cellText(row.name)}”的${what}编号混用“、”与“.”（${markers(entries)}）；按 1、2、3… 的顺序读作一个列表。`, lines: [cell.first, cell.last] });
    }
    const basisLines = cellLines(row.basis);
    const bare = basisLines.filter((l) => /^\d/.test(l) && !leadingNumber(l));
    if (bare.length > 0)
      report.push({
        kind: 'disagreement',
        text: `“${cellText(row.name)}”的实施依据编号缺少标点（${bare.map((l) => l.slice(0, 3)).join('、')}…），编号不成序列，各段按原文（连同编号）保留为段落。`,
        lines: [row.basis.first, row.basis.last],
      });
  }
  return report;
}

function markers(entries: NumberedEntry[]): string {
  return entries.map((e) => `${e.ordinal}${e.punctuation}`).join(' ');
}

function slipReports(lines: string[]): ReportEntry[] {
  return SOURCE_SLIPS.map((slip): ReportEntry => {
    if (!lines[slip.line - 1]?.includes(slip.excerpt)) throw new Error(`yutian: slip "${slip.excerpt}" not found on line ${slip.line}`);
    return { kind: 'disagreement', text: `${slip.note}（原文：${slip.excerpt}），原样保留。`, lines: [slip.line, slip.line] };
  });
}

function brokenCharacterReports(lines: string[]): ReportEntry[] {
  return lines.flatMap((l, i) =>
    hasBrokenCharacter(l) ? [{ kind: 'disagreement' as const, text: '文字含替换字符 U+FFFD（提取时截断的字符），原样保留。', lines: [i + 1, i + 1] as [number, number] }] : [],
  );
}

export function parseYutian(text: string): ParsedSeed {
  const lines = text.split(/\r?\n/);
  const head = readHead(lines);
  const headerLine = lines.findIndex((l) => l === `\t${COLUMNS[0]}`) + 1;
  if (headerLine === 0) throw new Error('yutian: header row not found');
  const cells = readTabCells(lines, headerLine);
  const header = cells.slice(0, COLUMNS.length).map(cellText);
  if (header.join('|') !== COLUMNS.join('|')) throw new Error(`yutian: unexpected header ${header.join('|')}`);
  const rows = groupRows(cells.slice(COLUMNS.length));
  const items = rows.map(parseItem);
  const bureau: Bureau = {
    id: 'yutian',
    name: '玉田县医疗保障局',
    short_name: '玉田县医保局',
    region: '河北省唐山市玉田县',
    level: '县级',
    list_title: head.title,
    version: { label: '未注明版本' },
    source: {
      title: head.title,
      provenance: { file: SOURCE_FILE, lines: [head.titleLine, lastLine(rows[rows.length - 1]!)] },
      stated_total: head.counts.items,
    },
  };
  const report: ReportEntry[] = [
    { kind: 'decision', text: '原文未注明版本（无日期、文号或版本说明），version 记为“未注明版本”。', lines: [head.titleLine, head.titleLine] },
    ...countReports(items, head.counts),
    ...numberingReports(rows),
    ...layoutReports(lines, rows),
    ...enumerationReports(rows),
    ...slipReports(lines),
    ...brokenCharacterReports(lines),
  ];
  return { bureau, items, flowcharts: [], report };
}

export const yutianParser: SeedParser = {
  slug: 'yutian',
  seedFile: SEED_FILE,
  parse: parseYutian,
};
