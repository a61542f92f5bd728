/**
 * Search excerpts from the field that matched, with the field's label in front
 * (「依据：…第八十四条…」), instead of a passage that runs labels into the text
 * (「…备案 基本要素 职权名称 基本医疗保险…」).
 *
 * An item's searchable text (page-text.ts) has one line per block of the item page, and the
 * labels the page shows — its <h2> and <dt> texts — are lines of their own. Pagefind stores the
 * text with its line breaks turned into spaces, so a label is recognised as a space-delimited
 * token equal to one of ITEM_PAGE_LABELS (Chinese content seldom has spaces, and a label word
 * standing alone between spaces in content would only shift where a field is taken to start).
 * The text after a label, up to the next one, is that field. The 运行流程 table's caption and
 * column headings are skipped, and its cells belong to 运行流程. tests/site/phone-reading.test.ts
 * checks that the list holds every label a built item page shows.
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
  '实施权限',
  '部门职责',
  '清单序号',
  '咨询电话',
  '受理地点',
  '责任事项',
  '责任事项依据',
  '追责对象范围',
  '追责情形',
  '运行流程',
  '运行流程与责任事项',
  '时限与收费',
  '法定时限',
  '承诺时限',
  '收费',
  '备注',
]);

/** The 运行流程 table's caption (ProcessTable.astro) and its column headings, in the joined text. */
const PROCESS_TABLE_HEAD = /运行流程（共 \d+ 个环节）(?: (?:办理环节|责任事项|责任科室|承诺时限|法定时限|收费情况及依据)(?= |$))*/g;

export interface LabelledLine {
  /** The field's label, absent for the text before the first label (the title). */
  label?: string;
  text: string;
}

/** The fields of an item's text (lines joined by \n or by spaces), each with its label. */
export function labelledLines(content: string): LabelledLine[] {
  const joined = content.replace(/\n/g, ' ').replace(PROCESS_TABLE_HEAD, ' 运行流程 ');
  const fields: LabelledLine[] = [];
  let current: LabelledLine | undefined;
  for (const token of joined.split(' ')) {
    if (!token) continue;
    if (ITEM_PAGE_LABELS.has(token)) {
      current = { label: token, text: '' };
      fields.push(current);
      continue;
    }
    if (!current) {
      current = { text: '' };
      fields.push(current);
    }
    current.text = current.text ? `${current.text} ${token}` : token;
  }
  return fields.filter((field) => field.text);
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
