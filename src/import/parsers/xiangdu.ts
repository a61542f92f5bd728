/**
 * Seed 002: 邢台市襄都区医疗保障局 — a 统计表 (one heading per category with its count, the
 * items numbered through, 合计) followed by the 权责清单（2025年版）, the tab-separated detail
 * table of tab-table.ts. Its lists are <ol> without <li>, <p> paragraphs or plain "1. … 2. …".
 */
import type { Bureau, SummaryCategory } from '../../content/bureau-schema.ts';
import { normalizeCategoryLabel } from '../../content/categories.ts';
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
} from './tab-table.ts';

const SLUG = 'xiangdu';
const SEED_FILE = '002_53652f109c077542.txt';

const SUMMARY_TITLE = /权责清单事项统计表$/;
const DETAIL_TITLE = /权责清单（(\d{4}年版)）$/;

interface SummaryRead {
  summary: SummaryCategory[];
  statedTotal?: number;
  totalLine?: number;
}

/** The 统计表: headings (二、行政处罚（7项）), entries (1\t名称\t) and the line 合计\t17项. */
function readSummary(lines: string[], from: number, to: number): SummaryRead {
  const read: SummaryRead = { summary: [] };
  for (let n = from; n <= to; n++) {
    const cells = lines[n - 1]!.split('\t').map((c) => c.trim());
    if (cells.every((c) => c === '') || cells[0] === '序号') continue;
    const heading = /^[一二三四五六七八九十]+、(.+?)（(\d+)项）$/.exec(cells[0]!);
    if (heading) {
      const label = normalizeWhitespace(heading[1]!);
      const category = normalizeCategoryLabel(label);
      read.summary.push({ category_label: label, ...(category ? { category } : {}), stated_count: Number(heading[2]), items: [], line: n });
      continue;
    }
    if (/^\d+$/.test(cells[0]!)) {
      const group = read.summary[read.summary.length - 1];
      if (!group) throw new Error(`xiangdu: summary entry on line ${n} before any category`);
      group.items.push({ number: cells[0]!, name: normalizeWhitespace(cells[1]!), line: n });
      continue;
    }
    const total = cells[0] === '合计' ? /^(\d+)项$/.exec(cells[1]!) : null;
    if (total) {
      read.statedTotal = Number(total[1]);
      read.totalLine = n;
      continue;
    }
    throw new Error(`xiangdu: unexpected summary line ${n}`);
  }
  return read;
}

function parse(text: string): ParsedSeed {
  const lines = text.split(/\r?\n/);
  const report: ReportEntry[] = [];
  const summaryTitleLine = lines.findIndex((l) => SUMMARY_TITLE.test(l.trim())) + 1;
  const detailTitleLine = lines.findIndex((l) => DETAIL_TITLE.test(l.trim())) + 1;
  if (summaryTitleLine === 0 || detailTitleLine === 0) throw new Error('xiangdu: titles not found');
  const listTitle = lines[detailTitleLine - 1]!.trim();
  const versionLabel = DETAIL_TITLE.exec(listTitle)![1]!;
  const headerLine = lines.findIndex((l, i) => i >= detailTitleLine && isDetailHeader(l)) + 1;
  const lastLine = lines.findLastIndex((l) => l.trim() !== '') + 1;

  const read = readSummary(lines, summaryTitleLine + 1, detailTitleLine - 1);
  const rows = readDetailRows(lines, headerLine, report);
  checkDetailNumbers(rows, SEED_FILE);
  checkStatedTotal(read.statedTotal, rows, SEED_FILE, undefined);
  const items = rows.map((row) => detailRowToItem(row, { slug: SLUG, seedFile: SEED_FILE }, report));
  checkUnfinishedAccountability(items, report);
  checkCopiedFilingDuty(items, report);
  checkSummary(read.summary, read.statedTotal, items, report);

  const withoutDuties = items.filter((i) => !i.duties);
  for (const item of withoutDuties) {
    report.push({
      kind: 'decision',
      text: `第${item.number}项「${item.name}」的责任事项和追责情形两栏为空，只有备注一栏有文字；备注按原文保留为备注，没有移入责任事项。该事项因此没有责任事项（duties 为空）。`,
      lines: item.source!.lines,
    });
  }
  const twoDocuments = lines.findIndex((l) => l.includes('直接结算工作的通知》 《河北省医疗保障局')) + 1;
  if (twoDocuments > 0) {
    report.push({
      kind: 'decision',
      text: '第17项实施依据列出两个文件（《国家医保局、财政部关于…的通知》 《河北省医疗保障局河北省财政厅关于…的通知》 （冀医保规〔2022〕6号）），原文只用空格分开、不分段不编号；保留为一段，空格照原文保留。',
      lines: [twoDocuments, twoDocuments],
    });
  }

  report.push(
    {
      kind: 'decision',
      text: `文件有两个标题：「${lines[summaryTitleLine - 1]!.trim()}」（统计表）和「${listTitle}」（事项所在的清单）；清单标题取后者，版本取标题中的「${versionLabel}」。`,
      lines: [summaryTitleLine, detailTitleLine],
    },
    {
      kind: 'decision',
      text: '责任事项和追责情形中不带 <li> 的 <ol> 列表，按“句号/分号后的空格为项与项的分界”拆分为各项；没有编号的各项按原文顺序排列。',
      lines: [headerLine, lastLine],
    },
    ...tableDecisions(summaryTitleLine, headerLine, lastLine),
  );

  const bureau: Bureau = {
    id: SLUG,
    name: '邢台市襄都区医疗保障局',
    short_name: '襄都区医保局',
    region: '河北省邢台市襄都区',
    level: '县级',
    list_title: listTitle,
    version: { label: versionLabel },
    source: {
      title: listTitle,
      provenance: { file: `seeds/${SEED_FILE}`, lines: [summaryTitleLine, lastLine] },
      ...(read.statedTotal !== undefined ? { stated_total: read.statedTotal } : {}),
      summary: read.summary,
    },
  };
  return { bureau, items, flowcharts: [], report };
}

export const xiangduParser: SeedParser = { slug: SLUG, seedFile: SEED_FILE, parse };
