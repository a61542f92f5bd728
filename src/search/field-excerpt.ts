/**
 * Search excerpts from the field that matched, with the field's label in front
 * (「依据：…第八十四条…」), instead of a passage that runs labels into the text
 * (「…备案 基本要素 职权名称 基本医疗保险…」).
 *
 * An item's searchable text (page-text.ts) has one line per block of the item page, so the
 * labels the page shows — its <h2> and <dt> texts — are lines of their own; each line of content
 * belongs to the nearest label above it. The 运行流程 table's column headings are skipped, and its
 * cells belong to 运行流程. tests/search/field-excerpt.test.ts checks that this list holds every
 * label a built item page shows.
 */
import { excerpt, matchRanges, type Segment } from './excerpt.ts';

/** The labels of an item page (src/pages/[bureau]/[item]/index.astro): section headings and field names. */
export const ITEM_PAGE_LABELS: ReadonlySet<string> = new Set([
  '基本要素',
  '职权名称',
  '编码',
  '类型',
  '依据',
  '行使主体',
  '流程图',
  '监督方式',
  '办理信息',
  '承办机构',
  '办事层级',
  '清单序号',
  '咨询电话',
  '受理地点',
  '责任事项',
  '追责情形',
  '运行流程',
  '运行流程与责任事项',
  '时限与收费',
  '法定时限',
  '承诺时限',
  '收费',
  '备注',
]);

/** The 运行流程 table's caption (ProcessTable.astro) and column headings. */
const PROCESS_CAPTION = /^运行流程（共 \d+ 个环节）$/;
const PROCESS_HEADINGS: ReadonlySet<string> = new Set(['办理环节', '责任事项', '责任科室', '承诺时限', '法定时限', '收费情况及依据']);

export interface LabelledLine {
  /** The field the line belongs to, absent before the first label (the title). */
  label?: string;
  text: string;
}

/** The content lines of an item's text, each with its field's label; label lines themselves are left out. */
export function labelledLines(content: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  let label: string | undefined;
  let inHeadings = false;
  for (const text of content.split('\n')) {
    if (PROCESS_CAPTION.test(text)) {
      label = '运行流程';
      inHeadings = true;
      continue;
    }
    if (inHeadings && PROCESS_HEADINGS.has(text)) continue;
    inHeadings = false;
    if (ITEM_PAGE_LABELS.has(text)) {
      label = text;
      continue;
    }
    lines.push({ label, text });
  }
  return lines;
}

export interface FieldExcerpt {
  /** The label of the field the passage comes from (shown before it, followed by ：). */
  label?: string;
  segments: Segment[];
}

/**
 * The passage of the first field after the title that contains a query term, cut around the
 * match within that field only, with the field's label. When only the title (or a label) holds
 * the query, the passage is the text's opening, as before, without a label.
 */
export function fieldExcerpt(content: string, needles: string[], length = 100): FieldExcerpt {
  const lines = labelledLines(content);
  const hit = lines.slice(1).find((line) => line.label && matchRanges(line.text, needles).length > 0);
  if (!hit) {
    const title = lines[0]?.text ?? '';
    return { segments: excerpt(content.replace(/\n/g, ' '), needles, title.length, length) };
  }
  return { label: hit.label, segments: excerpt(hit.text, needles, 0, length) };
}
