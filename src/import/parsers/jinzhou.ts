/**
 * Seed 000: 晋州市医疗保障局 — a 事项总表 (总序号, 类别及序号, 项目名称及数量) followed by the
 * 事项分表, the tab-separated detail table of tab-table.ts. The 备注 column of the detail table
 * names the handling section (综合科, 晋州市医疗保障中心 …), sometimes followed by a remark.
 */
import type { Bureau, SummaryCategory } from '../../content/bureau-schema.ts';
import { normalizeCategoryLabel } from '../../content/categories.ts';
import { chineseNumeralValue } from '../clean/chinese-numeral.ts';
import { splitHandlingSection } from '../clean/handling-section.ts';
import { normalizeWhitespace } from '../clean/text.ts';
import type { ParsedSeed, ReportEntry, SeedParser } from '../types.ts';
import {
  checkDetailNumbers,
  checkStatedTotal,
  checkCopiedFilingDuty,
  checkSummary,
  checkUnfinishedAccountability,
  detailRowToItem,
  isDetailHeader,
  readDetailRows,
  tableDecisions,
  type ItemContext,
} from './tab-table.ts';

const SLUG = 'jinzhou';
const SEED_FILE = '000_813c87bb2841e2da.txt';

const SUMMARY_TITLE = /权责清单事项总表$/;
const DETAIL_TITLE = /权责清单事项分表$/;
/** (共六类、26项) under each title. */
const STATED_SIZE = /^[(（]共(.+?)类、(\d+)项[)）]$/;

/**
 * Places where the text itself is visibly damaged (words lost in the export, a passage cut off);
 * they stay as printed and are reported. Each is found by its own text, so an entry disappears
 * if the seed no longer contains it.
 */
const DAMAGED_TEXT: { find: string; text: string }[] = [
  {
    find: '(一)查阅、记录、复险基金的行为予以制止并责令改正。',
    text: '第4项实施依据「(一)查阅、记录、复险基金的行为予以制止并责令改正。」中间缺字（“复”之后的文字丢失），按原文保留。',
  },
  {
    find: '应当为机记。由其未在国家建立全国统一的社会信用代码制度前',
    text: '第12项实施依据在分页处接续的段落语句不通（“应当为机记。由其未在…”），并列出《中华人民共和国社会保险法》第六十条至第二百条，疑为导出错误，按原文保留。',
  },
  {
    find: '注：两项保险基金支付生育医疗费用（含产前检查费用）</p>',
    text: '第5项实施依据以「注：两项保险基金支付生育医疗费用（含产前检查费用）」结束，句子不完整，疑有缺失，按原文保留。',
  },
  {
    find: '<p>项。</p>',
    text: '第12项实施依据在“第二百条。”之后有孤立的一段「项。」（在分页处），按原文保留。',
  },
  {
    find: '医疗保险中心（政务服务事项《中华人民共和国社会保险法》',
    text: '第20项备注「（政务服务事项《中华人民共和国社会保险法》…查询。」的左括号没有对应的右括号，按原文保留。',
  },
];

function lineOf(lines: string[], find: string): number | undefined {
  const index = lines.findIndex((line) => line.includes(find));
  return index < 0 ? undefined : index + 1;
}

interface SummaryRead {
  summary: SummaryCategory[];
  /** Per category, the 类别及序号 of each entry, for the numbering check. */
  categoryNumbers: Map<SummaryCategory, { ordinal: number; line: number }[]>;
}

/** The 事项总表: category headings (\t一、行政处罚\t共3项\t) and entries (1\t1\t名称\t). */
function readSummary(lines: string[], from: number, to: number, report: ReportEntry[]): SummaryRead {
  const summary: SummaryCategory[] = [];
  const categoryNumbers = new Map<SummaryCategory, { ordinal: number; line: number }[]>();
  for (let n = from; n <= to; n++) {
    const cells = lines[n - 1]!.split('\t').map((c) => c.trim());
    if (cells.length < 3 || cells[0] === '总序号') continue;
    const heading = /^[一二三四五六七八九十]+、(.+)$/.exec(cells[1]!);
    const count = /^共\s*(\d+)\s*项$/.exec(cells[2]!);
    if (cells[0] === '' && heading && count) {
      const label = normalizeWhitespace(heading[1]!);
      const category = normalizeCategoryLabel(label);
      const group: SummaryCategory = { category_label: label, ...(category ? { category } : {}), stated_count: Number(count[1]), items: [], line: n };
      summary.push(group);
      categoryNumbers.set(group, []);
      continue;
    }
    if (/^\d+$/.test(cells[0]!) && /^\d+$/.test(cells[1]!)) {
      const group = summary[summary.length - 1];
      if (!group) throw new Error(`jinzhou: summary entry on line ${n} before any category`);
      const name = normalizeWhitespace(cells[2]!);
      if (name !== cells[2]) {
        report.push({
          kind: 'decision',
          text: `事项总表「${cells[2]}」中汉字之间的空格视为提取产生的多余空格（分表同一名称没有空格），记为「${name}」。`,
          lines: [n, n],
        });
      }
      group.items.push({ number: cells[0]!, name, line: n });
      categoryNumbers.get(group)!.push({ ordinal: Number(cells[1]), line: n });
      continue;
    }
    if (cells.some((c) => c !== '')) throw new Error(`jinzhou: unexpected summary line ${n}`);
  }
  return { summary, categoryNumbers };
}

function checkCategoryNumbers(read: SummaryRead, report: ReportEntry[]): void {
  for (const [group, numbers] of read.categoryNumbers) {
    numbers.forEach(({ ordinal, line }, index) => {
      const expected = index === 0 ? 1 : numbers[index - 1]!.ordinal + 1;
      if (ordinal !== expected) {
        report.push({
          kind: 'disagreement',
          text: `事项总表「${group.category_label}」的类别及序号在 ${expected - 1} 之后是 ${ordinal}（缺 ${expected}）。`,
          lines: [line, line],
        });
      }
    });
  }
}

/** The 备注 cell: leading section names become the department, the rest stays as the remark. */
function splitRemarks(paragraphs: string[], _context: ItemContext): { department?: string; remarks: string[] } {
  const [first, ...rest] = paragraphs as [string, ...string[]];
  const { section, remark } = splitHandlingSection(first);
  if (!section) return { remarks: paragraphs };
  return { department: section, remarks: remark ? [remark, ...rest] : rest };
}

function parse(text: string): ParsedSeed {
  const lines = text.split(/\r?\n/);
  const report: ReportEntry[] = [];
  const summaryTitleLine = lines.findIndex((l) => SUMMARY_TITLE.test(l.trim())) + 1;
  const detailTitleLine = lines.findIndex((l) => DETAIL_TITLE.test(l.trim())) + 1;
  if (summaryTitleLine === 0 || detailTitleLine === 0) throw new Error('jinzhou: titles not found');
  const headerLine = lines.findIndex((l, i) => i >= detailTitleLine && isDetailHeader(l)) + 1;
  const lastLine = lines.findLastIndex((l) => l.trim() !== "") + 1;

  const sizes = lines
    .map((line, index) => ({ match: STATED_SIZE.exec(line.trim()), line: index + 1 }))
    .filter((s) => s.match !== null) as { match: RegExpExecArray; line: number }[];
  const firstSize = sizes[0];
  if (!firstSize) throw new Error('jinzhou: stated size not found');
  const statedTotal = Number(firstSize.match[2]);
  const statedCategories = chineseNumeralValue(firstSize.match[1]!);
  for (const other of sizes.slice(1)) {
    if (other.match[0] !== firstSize.match[0]) {
      report.push({ kind: 'disagreement', text: `总表与分表标题下所称规模不同：「${firstSize.match[0]}」与「${other.match[0]}」。`, lines: [firstSize.line, other.line] });
    }
  }

  const read = readSummary(lines, summaryTitleLine + 1, detailTitleLine - 1, report);
  checkCategoryNumbers(read, report);

  const rows = readDetailRows(lines, headerLine, report);
  checkDetailNumbers(rows, SEED_FILE);
  checkStatedTotal(statedTotal, rows, SEED_FILE, firstSize.line);
  const items = rows.map((row) => detailRowToItem(row, { slug: SLUG, seedFile: SEED_FILE, splitRemarks }, report));

  checkUnfinishedAccountability(items, report);
  checkCopiedFilingDuty(items, report);
  checkSummary(read.summary, statedTotal, items, report);
  if (statedCategories !== undefined) {
    const detailCategories = new Set(items.map((i) => i.category)).size;
    if (statedCategories !== read.summary.length) {
      report.push({ kind: 'disagreement', text: `文件称共${firstSize.match[1]}类，事项总表列出 ${read.summary.length} 类。`, lines: [firstSize.line, firstSize.line] });
    }
    if (statedCategories !== detailCategories) {
      report.push({ kind: 'disagreement', text: `文件称共${firstSize.match[1]}类，分表中的事项属于 ${detailCategories} 类。`, lines: [firstSize.line, firstSize.line] });
    }
  }
  for (const damage of DAMAGED_TEXT) {
    const line = lineOf(lines, damage.find);
    if (line) report.push({ kind: 'disagreement', text: damage.text, lines: [line, line] });
  }

  const listTitle = lines[detailTitleLine - 1]!.trim();
  report.push(
    {
      kind: 'decision',
      text: `文件有两个标题：「${lines[summaryTitleLine - 1]!.trim()}」（汇总表）和「${listTitle}」（事项所在的分表）；清单标题取分表的标题。`,
      lines: [summaryTitleLine, detailTitleLine],
    },
    {
      kind: 'decision',
      text: '文件没有注明版本（无年份、文号或发布日期）；版本记为「未注明版本」。',
      lines: [summaryTitleLine, detailTitleLine + 2],
    },
    {
      kind: 'decision',
      text: '分表的“备注”一栏写的是承办科室/机构（综合科、晋州市医疗保障中心等）：开头的科室/中心名称取作承办机构（department），其后的文字（如“(政务服务事项)”、“含4个子项…”）原样作为备注（remarks）。',
      lines: [headerLine, lastLine],
    },
    ...tableDecisions(summaryTitleLine, headerLine, lastLine),
  );

  const bureau: Bureau = {
    id: SLUG,
    name: '晋州市医疗保障局',
    short_name: '晋州医保局',
    region: '河北省石家庄市晋州市',
    level: '县级',
    list_title: listTitle,
    version: { label: '未注明版本' },
    source: {
      title: listTitle,
      provenance: { file: `seeds/${SEED_FILE}`, lines: [summaryTitleLine, lastLine] },
      stated_total: statedTotal,
      summary: read.summary,
    },
  };
  return { bureau, items, flowcharts: [], report };
}

export const jinzhouParser: SeedParser = { slug: SLUG, seedFile: SEED_FILE, parse };
