/**
 * Seed 001 — 天水市医保局权责清单.
 *
 * Layout: one table row per line, 13 tab-separated columns, the header row repeated before every
 * page block. Cells hold HTML fragments (<p> paragraphs; <ol> lists whose <li> tags were lost, so
 * that their items are separated by spaces only) or plain text with inline numbering
 * (…责任：1. …；2. …). The document states no total, no version and has no summary table.
 */
import { normalizeCategoryLabel } from '../../content/categories.ts';
import { POWER_CODE_WITH_CREDIT_PATTERN, creditCodeProblem } from '../../content/credit-code.ts';
import type { Bureau } from '../../content/bureau-schema.ts';
import type { DutyStage } from '../../content/item-schema.ts';
import type { Block, RichText } from '../../content/text-schema.ts';
import { splitStageLabel } from '../clean/duty-stage.ts';
import { htmlToChunks } from '../clean/html-lines.ts';
import { splitInlineNumbered, splitInlineNumberedAs } from '../clean/inline-numbering.ts';
import { groupNumberedLines, mixesPunctuation } from '../clean/numbered-lines.ts';
import { splitSpaceSeparatedItems } from '../clean/spaced-items.ts';
import { collapseWhitespace } from '../clean/spacing.ts';
import { hasBrokenCharacter, removeWordArtefacts, splitEnumeration } from '../clean/text.ts';
import type { ParsedItem, ParsedSeed, ReportEntry, SeedParser } from '../types.ts';

const SEED_FILE = '001_225844e784cb10fe.txt';
const SOURCE_FILE = `seeds/${SEED_FILE}`;

const COLUMNS = [
  '序号', '事项名称', '子项名称', '权力事项类型', '地方权力编码', '子项地方权力编码', '实施主体',
  '承办机构', '实施依据', '责任事项', '追责情形', '办事层级', '备注',
] as const;

/**
 * Slips in the wording, found by reading the seed. They stay as printed; each is reported, and the
 * parser checks that the quoted text is really in that row, so the list cannot drift from the seed.
 */
const SOURCE_SLIPS: { number: string; excerpt: string; note: string }[] = [
  { number: '4162', excerpt: '国务院令第六49号', note: '实施依据的令号汉字与数字混写' },
  { number: '4168', excerpt: '（甘政发〔2012〕64号：', note: '实施依据的文号括号未闭合' },
  { number: '4169', excerpt: '民发〔20017〕101号', note: '实施依据的文号年份为五位数' },
  { number: '4172', excerpt: '《庆阳市城镇职工基本医疗保险特殊疾病鉴定表》', note: '天水市的清单在责任事项中引用了庆阳市的表格名称' },
  { number: '4174', excerpt: '医药管理科、市医疗保障中心', note: '承办机构写作“市医疗保障中心”，其他事项写作“市医疗保障服务中心”' },
  { number: '4175', excerpt: '使领取失业金人员正常享受基本医疗保险待遇', note: '追责情形的这一句疑缺否定词' },
];

interface Row {
  line: number;
  cells: string[];
}

/** What the cleaning of one row did that needs a line in the report. */
interface RowNotes {
  spaceSplit: boolean;
  inlineSplit: boolean;
  firstCaseInIntro: boolean;
  unenumeratedCases: boolean;
  mixedPunctuation: string[];
}

function column(row: Row, name: (typeof COLUMNS)[number]): string {
  return row.cells[COLUMNS.indexOf(name)]!;
}

function optional(text: string): string | undefined {
  const value = collapseWhitespace(text);
  return value.length > 0 ? value : undefined;
}

/** Block[] as RichText: a lone paragraph stays a plain string. */
function asRichText(blocks: Block[]): RichText {
  return blocks.length === 1 && typeof blocks[0] === 'string' ? blocks[0] : blocks;
}

/**
 * A cell as its items: each <p>/<ol> chunk, then (in duties and accountability) each space-separated
 * item of a chunk, then each inline-numbered part of an item.
 */
function cellSegments(cell: string, splitSpaces: boolean, notes: RowNotes): string[] {
  const segments: string[] = [];
  for (const chunk of htmlToChunks(cell)) {
    const items = splitSpaces ? splitSpaceSeparatedItems(chunk) : [chunk.trim()];
    if (items.length > 1) notes.spaceSplit = true;
    for (const item of items) {
      const parts = splitInlineNumbered(item, ['1.', '1、']);
      if (parts.length > 1) notes.inlineSplit = true;
      segments.push(...parts.map(collapseWhitespace).filter((p) => p.length > 0));
    }
  }
  return segments;
}

function parseBasis(cell: string, notes: RowNotes): Block[] {
  return splitEnumeration(cellSegments(cell, false, notes));
}

/** One duty: its label, and its text with an inline （1）…（2）… run made a list. */
function dutyStage(entry: string): DutyStage {
  const { stage, text } = splitStageLabel(entry);
  const parts = splitInlineNumberedAs(text, '（1）');
  const body = parts.length > 1 ? asRichText(splitEnumeration(parts)) : text;
  return stage ? { stage, text: body } : { text: body };
}

function singleLine(lines: string[], what: string, line: number): string {
  if (lines.length !== 1) throw new Error(`tianshui: ${what} at line ${line} continues over ${lines.length} segments`);
  return lines[0]!;
}

function parseDuties(cell: string, line: number, notes: RowNotes): DutyStage[] {
  const segments = cellSegments(cell, true, notes);
  const { lead, entries } = groupNumberedLines(segments);
  if (entries.length === 0) return segments.map(dutyStage);
  if (lead.length > 0) throw new Error(`tianshui: duties at line ${line} have text before stage 1`);
  if (mixesPunctuation(entries)) notes.mixedPunctuation.push('责任事项');
  return entries.map((e) => dutyStage(singleLine(e.lines, 'duty', line)));
}

const INTRO_END = /^(.*?应承担相应责任：)(.+)$/;

function parseAccountability(cell: string, line: number, notes: RowNotes): ParsedItem['accountability'] {
  const chunks = htmlToChunks(cell);
  const segments = cellSegments(cell, true, notes);
  const { lead, entries } = groupNumberedLines(segments);
  if (entries.length > 0) {
    if (lead.length > 1) throw new Error(`tianshui: accountability at line ${line} has ${lead.length} lead segments`);
    if (mixesPunctuation(entries)) notes.mixedPunctuation.push('追责情形');
    // 4175: the <p> holds the lead sentence and case 1, the <ol> cases 2–5.
    if (lead.length === 1 && chunks.length > 1 && collapseWhitespace(chunks[0]!).startsWith(`${lead[0]} 1`)) notes.firstCaseInIntro = true;
    return { ...(lead[0] ? { intro: lead[0] } : {}), cases: entries.map((e) => singleLine(e.lines, 'case', line)) };
  }
  if (segments.length > 1) {
    // 4160: a <p> lead sentence, then an <ol> of unnumbered cases.
    if (!segments[0]!.endsWith('：')) throw new Error(`tianshui: accountability at line ${line} has no lead sentence`);
    return { intro: segments[0]!, cases: segments.slice(1) };
  }
  // 4165: one passage, no list. The lead sentence is cut off at its colon; the rest stays whole.
  const match = INTRO_END.exec(segments[0] ?? '');
  if (!match) throw new Error(`tianshui: accountability at line ${line} cannot be read`);
  notes.unenumeratedCases = true;
  return { intro: match[1]!, cases: [match[2]!] };
}

function parseItem(row: Row, notes: RowNotes): ParsedItem {
  const label = collapseWhitespace(column(row, '权力事项类型'));
  const category = normalizeCategoryLabel(label);
  if (!category) throw new Error(`tianshui: unknown category ${label} at line ${row.line}`);
  const subitem = optional(column(row, '子项名称'));
  const code = optional(column(row, '地方权力编码'));
  const subitemCode = optional(column(row, '子项地方权力编码'));
  const department = optional(column(row, '承办机构'));
  const level = optional(column(row, '办事层级'));
  const remarks = optional(column(row, '备注'));
  return {
    bureau: 'tianshui',
    category,
    category_label: label,
    number: collapseWhitespace(column(row, '序号')),
    name: collapseWhitespace(column(row, '事项名称')),
    ...(subitem ? { subitem } : {}),
    ...(code ? { code } : {}),
    ...(subitemCode ? { subitem_code: subitemCode } : {}),
    subject: collapseWhitespace(column(row, '实施主体')),
    ...(department ? { department } : {}),
    ...(level ? { level } : {}),
    basis: parseBasis(column(row, '实施依据'), notes),
    duties: parseDuties(column(row, '责任事项'), row.line, notes),
    accountability: parseAccountability(column(row, '追责情形'), row.line, notes),
    ...(remarks ? { remarks } : {}),
    source: { file: SOURCE_FILE, lines: [row.line, row.line] },
  };
}

/** The title line, the header lines and the data rows. */
function readTable(text: string): { title: { text: string; line: number }; headerLines: number[]; rows: Row[] } {
  const lines = text.split(/\r?\n/);
  const header = COLUMNS.join('\t');
  let title: { text: string; line: number } | undefined;
  const headerLines: number[] = [];
  const rows: Row[] = [];
  for (let line = 1; line <= lines.length; line++) {
    const clean = removeWordArtefacts(lines[line - 1]!);
    if (clean.trim() === '') continue;
    if (clean.trim() === header) {
      headerLines.push(line);
    } else if (!title) {
      title = { text: collapseWhitespace(clean), line };
    } else {
      const cells = clean.split('\t');
      if (cells.length !== COLUMNS.length) throw new Error(`tianshui: line ${line} has ${cells.length} cells, expected ${COLUMNS.length}`);
      rows.push({ line, cells });
    }
  }
  if (!title || headerLines.length === 0 || rows.length === 0) throw new Error('tianshui: title, header row or data rows not found');
  return { title, headerLines, rows };
}

/** Lines as a compact list for report text: 6、9、10. */
function lineList(lines: number[]): string {
  return lines.join('、');
}

function span(lines: number[]): [number, number] {
  return [Math.min(...lines), Math.max(...lines)];
}

/** The bureau's 统一社会信用代码: the 18 characters every well-formed 地方权力编码 begins with. */
function creditCodeFromItems(items: ParsedItem[]): string {
  const prefixes = new Set(items.flatMap((i) => (i.code && POWER_CODE_WITH_CREDIT_PATTERN.test(i.code) ? [i.code.slice(0, 18)] : [])));
  if (prefixes.size !== 1) throw new Error(`tianshui: the item codes begin with ${prefixes.size} different credit codes`);
  return [...prefixes][0]!;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function codeReports(items: ParsedItem[], creditCode: string): ReportEntry[] {
  const report: ReportEntry[] = [];
  const wellFormed = items.filter((i) => i.code && POWER_CODE_WITH_CREDIT_PATTERN.test(i.code) && i.code.startsWith(creditCode));
  const problem = creditCodeProblem(creditCode);
  report.push({
    kind: 'decision',
    text: `统一社会信用代码 ${creditCode} 取自事项的地方权力编码：${wellFormed.length} 个编码均以它开头（“信用代码 18 位 + 13 位数字”），原文未另行载明该代码；GB 32100 校验位${problem ? '不符' : '相符'}。/ credit_code taken from the item codes.`,
    lines: span(items.map((i) => i.source!.lines[0])),
  });
  for (const item of items) {
    if (!item.code || wellFormed.includes(item) || !item.source) continue;
    const common = commonPrefixLength(item.code, creditCode);
    report.push({
      kind: 'disagreement',
      text: `序号 ${item.number} 的地方权力编码 ${item.code} 格式有误：${item.code.length} 位，应为 31 位（信用代码 ${creditCode} + 13 位数字）；只有前 ${common} 位（${item.code.slice(0, common)}）与信用代码相同。已原样保留。/ malformed code kept as printed.`,
      lines: item.source.lines,
    });
  }
  return report;
}

function numberingReports(items: ParsedItem[]): ReportEntry[] {
  const numbers = items.map((i) => Number(i.number));
  const lines = items.map((i) => i.source!.lines[0]);
  const report: ReportEntry[] = [];
  const gaps = numbers.flatMap((n, k) => (k > 0 && n !== numbers[k - 1]! + 1 ? [`${numbers[k - 1]}→${n}`] : []));
  if (gaps.length > 0) report.push({ kind: 'disagreement', text: `序号不连续：${gaps.join('，')}。`, lines: span(lines) });
  report.push({
    kind: 'decision',
    text: `序号为 ${numbers[0]}–${numbers[numbers.length - 1]}，不从 1 开始（疑为市级总清单中的编号），作为 number 原样保留。原文未说明事项总数，也无统计表或目录，故无 stated_total 与 summary。`,
    lines: span(lines),
  });
  return report;
}

function rowReports(notesByLine: Map<number, RowNotes>, rows: Row[]): ReportEntry[] {
  const report: ReportEntry[] = [];
  const where = (pick: (n: RowNotes) => boolean) => rows.map((r) => r.line).filter((l) => pick(notesByLine.get(l)!));
  const spaced = where((n) => n.spaceSplit);
  if (spaced.length > 0)
    report.push({
      kind: 'decision',
      text: `责任事项、追责情形中没有 \`<li>\` 标签的 \`<ol>\` 列表（及同样以空格分隔的纯文本），在“。”“；”“：”之后的空格处分为各项（第 ${lineList(spaced)} 行）。/ \`<ol>\` items without \`<li>\` split at spaces after 。/；/：.`,
      lines: span(spaced),
    });
  const inline = where((n) => n.inlineSplit);
  if (inline.length > 0)
    report.push({
      kind: 'decision',
      text: `写在一段中的编号（1. … 2. … / 1、… 2、…）在依次出现的编号前分为各项，编号前的引言单独保留（第 ${lineList(inline)} 行）。`,
      lines: span(inline),
    });
  for (const line of where((n) => n.firstCaseInIntro))
    report.push({ kind: 'decision', text: '追责情形的第 1 项与引言同在一个 `<p>` 段中，第 2 项起在 `<ol>` 中；按编号把第 1 项与引言分开，合为 1–5 项。', lines: [line, line] });
  for (const line of where((n) => n.unenumeratedCases))
    report.push({
      kind: 'decision',
      text: '追责情形没有编号或列表：引言截至“应承担相应责任：”，其后的文字未按句拆分，作为一项情形原样保留。',
      lines: [line, line],
    });
  for (const line of where((n) => n.mixedPunctuation.length > 0))
    report.push({ kind: 'disagreement', text: `${notesByLine.get(line)!.mixedPunctuation.join('、')}的编号混用“、”与“.”。`, lines: [line, line] });
  return report;
}

function slipReports(rows: Row[]): ReportEntry[] {
  return SOURCE_SLIPS.map((slip): ReportEntry => {
    const row = rows.find((r) => r.cells[0] === slip.number);
    if (!row || !row.cells.join('\t').includes(slip.excerpt)) throw new Error(`tianshui: slip "${slip.excerpt}" not found in row ${slip.number}`);
    return { kind: 'disagreement', text: `序号 ${slip.number}：${slip.note}（原文：${slip.excerpt}），原样保留。`, lines: [row.line, row.line] };
  });
}

const SPACE_BETWEEN_CHINESE = /[\u3400-\u9fff] [\u3400-\u9fff]/;

function spacingReports(items: ParsedItem[]): ReportEntry[] {
  const lines = items.filter((i) => SPACE_BETWEEN_CHINESE.test(JSON.stringify(i))).map((i) => i.source!.lines[0]);
  if (lines.length === 0) return [];
  return [
    {
      kind: 'decision',
      text: `汉字之间的单个空格原样保留（如“第五条 各统筹地区”“人力资源社会保障部 财政部”），它们分隔条文序号与正文或联合发文的部门，不是提取造成的空格；只合并连续空白、去掉首尾空白（第 ${lineList(lines)} 行）。`,
      lines: span(lines),
    },
  ];
}

function brokenCharacterReports(rows: Row[]): ReportEntry[] {
  return rows
    .filter((r) => hasBrokenCharacter(r.cells.join('\t')))
    .map((r): ReportEntry => ({ kind: 'disagreement', text: `序号 ${r.cells[0]} 的文字含替换字符 U+FFFD（提取时截断的字符），原样保留。`, lines: [r.line, r.line] }));
}

export function parseTianshui(text: string): ParsedSeed {
  const { title, headerLines, rows } = readTable(text);
  const notesByLine = new Map<number, RowNotes>();
  const items = rows.map((row) => {
    const notes: RowNotes = { spaceSplit: false, inlineSplit: false, firstCaseInIntro: false, unenumeratedCases: false, mixedPunctuation: [] };
    notesByLine.set(row.line, notes);
    return parseItem(row, notes);
  });
  const creditCode = creditCodeFromItems(items);
  const lastLine = rows[rows.length - 1]!.line;
  const bureau: Bureau = {
    id: 'tianshui',
    name: '天水市医疗保障局',
    short_name: '天水市医保局',
    region: '甘肃省天水市',
    level: '市级',
    list_title: title.text,
    version: { label: '未注明版本' },
    credit_code: creditCode,
    source: { title: title.text, provenance: { file: SOURCE_FILE, lines: [title.line, lastLine] } },
  };
  const report: ReportEntry[] = [
    { kind: 'decision', text: '原文未注明版本（无日期、文号或版本说明），version 记为“未注明版本”。', lines: [title.line, title.line] },
    {
      kind: 'decision',
      text: `表头在各页块前重复出现（第 ${lineList(headerLines)} 行），只作列名核对，不作为事项。`,
      lines: span(headerLines),
    },
    ...spacingReports(items),
    ...numberingReports(items),
    ...codeReports(items, creditCode),
    ...rowReports(notesByLine, rows),
    ...slipReports(rows),
    ...brokenCharacterReports(rows),
  ];
  return { bureau, items, flowcharts: [], report };
}

export const tianshuiParser: SeedParser = {
  slug: 'tianshui',
  seedFile: SEED_FILE,
  parse: parseTianshui,
};
