/**
 * data/<bureau>.xlsx: a bureau's list in the common provincial column layout (序号, 事项名称, 子项,
 * 权力类型, 编码, 实施依据, 行使主体, 承办机构, 层级, 责任事项, 责任事项依据, 追责对象范围, 追责情形 …),
 * one row per item or 子项, under a title row with the list's title. Column labels and cell texts
 * come from the CSV columns (_open-data.ts), so a renamed label changes both; only 责任事项 is
 * written differently (each stage's name on its own line), the way provincial templates write it.
 * Items with a 运行流程 have its steps on a second sheet, one row per step, tied to the item by
 * 事项标识. `npm run import -- data/<bureau>.xlsx` reads both back into the same items
 * (tests/import/round-trip.test.ts).
 */
import type { Item, ProcessStep } from '../../content/item-schema.ts';
import type { BureauModel } from '../../model/site-model.ts';
import { CSV_COLUMNS, richTextLines } from './_open-data.ts';
import { writeXlsx, type XlsxSheet } from './_xlsx-writer.ts';

interface XlsxColumn {
  header: string;
  width: number;
  cell: (item: Item, model: BureauModel) => string;
}

function csvColumn(key: string, width: number): XlsxColumn {
  const column = CSV_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`open-data-xlsx: no CSV column ${key}`);
  return { header: column.header, width, cell: column.cell };
}

/**
 * 责任事项 as the provincial templates write it: each stage's name on its own line (立案责任：),
 * then its text; an empty line between stages, so a stage without a name stays a stage of its own.
 */
function dutiesCell(item: Item): string {
  return (item.duties ?? []).map((d) => [...(d.stage ? [`${d.stage}：`] : []), richTextLines(d.text)].join('\n')).join('\n\n');
}

export const XLSX_COLUMNS: XlsxColumn[] = [
  csvColumn('number', 6),
  csvColumn('name', 28),
  csvColumn('subitem', 22),
  csvColumn('category', 10),
  csvColumn('code', 16),
  csvColumn('subitem_code', 16),
  csvColumn('basis', 50),
  csvColumn('subject', 18),
  csvColumn('department', 16),
  csvColumn('level', 10),
  csvColumn('level_scope', 24),
  csvColumn('department_duties', 30),
  { ...csvColumn('duties', 50), cell: dutiesCell },
  csvColumn('duty_basis', 40),
  csvColumn('accountable_parties', 24),
  csvColumn('accountability', 45),
  csvColumn('time_limits.legal', 12),
  csvColumn('time_limits.promised', 12),
  csvColumn('fee', 14),
  csvColumn('remarks', 20),
  csvColumn('category_label', 10),
  csvColumn('flowcharts', 20),
  csvColumn('source.file', 20),
  csvColumn('source.lines', 10),
  csvColumn('id', 10),
];

/** The 运行流程 sheet: one row per step, tied to its item by 事项标识. */
export const PROCESS_COLUMNS: { header: string; width: number; cell: (item: Item, step: ProcessStep) => string }[] = [
  { header: '事项标识', width: 10, cell: (i) => i.id },
  { header: '序号', width: 6, cell: (i) => i.number ?? '' },
  { header: '事项名称', width: 28, cell: (i) => i.name },
  { header: '子项', width: 22, cell: (i) => i.subitem ?? '' },
  { header: '办理环节', width: 12, cell: (_, s) => s.stage },
  { header: '责任事项', width: 50, cell: (_, s) => richTextLines(s.duty) },
  { header: '责任科室', width: 16, cell: (_, s) => s.section ?? '' },
  { header: '承诺时限', width: 14, cell: (_, s) => s.promised_time_limit ?? '' },
  { header: '法定时限', width: 14, cell: (_, s) => s.legal_time_limit ?? '' },
  { header: '收费情况及依据', width: 16, cell: (_, s) => s.fee ?? '' },
];

export function openDataXlsx(model: BureauModel): Uint8Array<ArrayBuffer> {
  const sheets: XlsxSheet[] = [
    {
      name: '权责清单',
      title: model.bureau.list_title,
      header: XLSX_COLUMNS.map((c) => c.header),
      rows: model.items.map((item) => XLSX_COLUMNS.map((c) => c.cell(item, model))),
      widths: XLSX_COLUMNS.map((c) => c.width),
    },
  ];
  const steps = model.items.flatMap((item) => (item.process ?? []).map((step) => PROCESS_COLUMNS.map((c) => c.cell(item, step))));
  if (steps.length > 0)
    sheets.push({ name: '运行流程', title: `${model.bureau.list_title} 运行流程`, header: PROCESS_COLUMNS.map((c) => c.header), rows: steps, widths: PROCESS_COLUMNS.map((c) => c.width) });
  return writeXlsx(sheets);
}

export const XLSX_HEADERS = { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
