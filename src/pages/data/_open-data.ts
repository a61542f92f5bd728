/**
 * Open data: the lists as JSON and CSV, built from the same site model as the pages (the file
 * name starts with _ so Astro does not make it a route). docs/open-data.md documents both
 * formats; change it with them.
 */
import { listMarker, toBlocks, type RichText } from '../../content/text-schema.ts';
import { bureauSchema } from '../../content/bureau-schema.ts';
import { fieldTitle } from '../../content/field-labels.ts';
import { itemSchema, type Item } from '../../content/item-schema.ts';
import { itemPath } from '../../model/paths.ts';
import type { BureauModel } from '../../model/site-model.ts';

export const OPEN_DATA_FORMAT = 'qingdan-open-data';
export const OPEN_DATA_VERSION = 1;

/** The JSON document: one or all bureaus, each with its 统计表, flowcharts and items as in content/. */
export function openDataJson(models: BureauModel[]): string {
  const document = {
    format: OPEN_DATA_FORMAT,
    format_version: OPEN_DATA_VERSION,
    bureaus: models.map((m) => ({
      ...m.bureau,
      page: `${m.bureau.id}/`,
      stats: m.stats,
      total: m.total,
      flowcharts: m.flowcharts,
      items: m.items.map((item) => ({ ...item, page: itemPath(item.bureau, item.id) })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Rich text as the page shows it: paragraphs on their own lines, list items with their markers. */
export function richTextLines(text: RichText | undefined): string {
  return toBlocks(text)
    .flatMap((block) => (typeof block === 'string' ? [block] : block.items.map((entry, i) => `${listMarker(block.numbering, i + 1)}${entry}`)))
    .join('\n');
}

function accountabilityText(item: Item): string {
  const a = item.accountability;
  if (!a) return '';
  return [a.intro, ...a.cases.map((c, i) => `${i + 1}. ${c}`), a.outro].filter((s): s is string => Boolean(s)).join('\n');
}

function processText(item: Item): string {
  return (item.process ?? [])
    .map((step) =>
      [
        `办理环节：${step.stage}`,
        step.duty !== undefined && `责任事项：${richTextLines(step.duty)}`,
        step.section && `责任科室：${step.section}`,
        step.promised_time_limit && `承诺时限：${step.promised_time_limit}`,
        step.legal_time_limit && `法定时限：${step.legal_time_limit}`,
        step.fee && `收费情况及依据：${step.fee}`,
      ]
        .filter(Boolean)
        .join('；'),
    )
    .join('\n');
}

/** The Chinese title a schema gives the field at a dotted path: CSV headers are the field labels. */
function titleIn(schema: typeof itemSchema | typeof bureauSchema, path: string): string {
  const title = fieldTitle(schema, path.split('.'));
  if (!title) throw new Error(`no title for ${path} in the schema`);
  return title;
}
const itemTitle = (path: string) => titleIn(itemSchema, path);

/** CSV columns: header label (the schema's title for the field) and how to read the cell from an item. */
export const CSV_COLUMNS: { header: string; key: string; cell: (item: Item, model: BureauModel) => string }[] = [
  { header: itemTitle('bureau'), key: 'bureau', cell: (i) => i.bureau },
  { header: '部门', key: 'bureau_name', cell: (_, m) => m.bureau.name },
  { header: itemTitle('id'), key: 'id', cell: (i) => i.id },
  { header: itemTitle('category'), key: 'category', cell: (i) => i.category },
  { header: itemTitle('category_label'), key: 'category_label', cell: (i) => i.category_label },
  { header: itemTitle('number'), key: 'number', cell: (i) => i.number ?? '' },
  { header: itemTitle('name'), key: 'name', cell: (i) => i.name },
  { header: itemTitle('subitem'), key: 'subitem', cell: (i) => i.subitem ?? '' },
  { header: itemTitle('code'), key: 'code', cell: (i) => i.code ?? '' },
  { header: itemTitle('subitem_code'), key: 'subitem_code', cell: (i) => i.subitem_code ?? '' },
  { header: itemTitle('subject'), key: 'subject', cell: (i) => i.subject },
  { header: itemTitle('department'), key: 'department', cell: (i) => i.department ?? '' },
  { header: itemTitle('level'), key: 'level', cell: (i) => i.level ?? '' },
  { header: itemTitle('level_scope'), key: 'level_scope', cell: (i) => richTextLines(i.level_scope) },
  { header: itemTitle('department_duties'), key: 'department_duties', cell: (i) => richTextLines(i.department_duties) },
  { header: itemTitle('basis'), key: 'basis', cell: (i) => richTextLines(i.basis) },
  { header: itemTitle('duties'), key: 'duties', cell: (i) => (i.duties ?? []).map((d) => (d.stage ? `${d.stage}：${richTextLines(d.text)}` : richTextLines(d.text))).join('\n') },
  { header: itemTitle('duty_basis'), key: 'duty_basis', cell: (i) => richTextLines(i.duty_basis) },
  { header: itemTitle('accountable_parties'), key: 'accountable_parties', cell: (i) => richTextLines(i.accountable_parties) },
  { header: itemTitle('accountability'), key: 'accountability', cell: accountabilityText },
  { header: itemTitle('process'), key: 'process', cell: processText },
  { header: itemTitle('time_limits.legal'), key: 'time_limits.legal', cell: (i) => i.time_limits?.legal ?? '' },
  { header: itemTitle('time_limits.promised'), key: 'time_limits.promised', cell: (i) => i.time_limits?.promised ?? '' },
  { header: itemTitle('fee'), key: 'fee', cell: (i) => i.fee ?? '' },
  { header: itemTitle('remarks'), key: 'remarks', cell: (i) => richTextLines(i.remarks) },
  { header: itemTitle('flowcharts'), key: 'flowcharts', cell: (i, m) => (i.flowcharts ?? []).map((id) => m.flowcharts.find((c) => c.id === id)?.title ?? id).join('\n') },
  { header: titleIn(bureauSchema, 'contacts.complaint_phone'), key: 'complaint_phone', cell: (_, m) => m.bureau.contacts?.complaint_phone ?? '' },
  { header: itemTitle('source.file'), key: 'source.file', cell: (i) => i.source?.file ?? '' },
  { header: itemTitle('source.lines'), key: 'source.lines', cell: (i) => (i.source ? i.source.lines.join('-') : '') },
  { header: '页面', key: 'page', cell: (i) => itemPath(i.bureau, i.id) },
];

/** RFC 4180: quote a field holding a quote, comma, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell Excel, LibreOffice or WPS would run as a formula — one starting with = + - @, a tab or a
 * carriage return (OWASP "CSV injection") — gets a leading apostrophe, which spreadsheets show
 * as text and do not evaluate. The JSON keeps the exact text. docs/open-data.md says so.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF between records. */
export function openDataCsv(models: BureauModel[]): string {
  const rows = [CSV_COLUMNS.map((c) => c.header), ...models.flatMap((m) => m.items.map((item) => CSV_COLUMNS.map((c) => neutralizeFormula(c.cell(item, m)))))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
