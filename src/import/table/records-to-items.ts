/**
 * Records into items. The category comes from the 权力类型 cell, or from the sheet's name when
 * the column is missing or the cell empty (one sheet per category); labels that are not standard
 * (其他权力, 行政许可类 …) map to the standard category and the label is kept as category_label.
 * A label that maps to no category is an error with its file, sheet, row and column.
 */
import { CATEGORY_NAMES } from '../../content/categories.ts';
import { categoryOf } from './categories.ts';
import type { ProcessStep } from '../../content/item-schema.ts';
import type { ParsedItem } from '../types.ts';
import { cellAccountability, cellBlocks, cellDuties, cellLine, cellRichText, cellText } from './cell-text.ts';
import type { ImportField } from './headers.ts';
import type { RecordRead, SheetRead } from './read-records.ts';
import { cellRef } from './sheet.ts';


export interface ItemsContext {
  slug: string;
  /** File name written into each item's source (the sheet is added for workbooks and Word tables). */
  fileName: string;
  /** Whether the file has sheets (a workbook or a Word document) rather than being one CSV table. */
  hasSheets: boolean;
  /** 行使主体 for rows that leave it empty (the bureau's name). */
  subjectFallback: string;
  sheets: SheetRead[];
}

export interface ItemsRead {
  items: ParsedItem[];
  /** Which record each item came from. */
  records: RecordRead[];
  errors: string[];
  decisions: string[];
}

const SOURCE_LINES = /^(\d+)\s*[-–]\s*(\d+)$/;

export function recordsToItems(records: RecordRead[], ctx: ItemsContext): ItemsRead {
  const out: ItemsRead = { items: [], records: [], errors: [], decisions: [] };
  const subjectDefaulted: string[] = [];
  for (const record of records) {
    const cell = (f: ImportField) => record.cells[f]?.text;
    const where = (f: ImportField) => {
      const c = record.cells[f];
      return `${ctx.fileName} ${cellRef(record.sheet, c?.row ?? record.rows[0]!, c?.column)}`;
    };
    const sheet = ctx.sheets.find((s) => s.sheet === record.sheet)!;
    const categoryText = cell('category') ?? sheet.statedCategory ?? '';
    const label = cellLine(cell('category_label') ?? categoryText);
    const category = categoryOf(cellLine(categoryText));
    if (!category) {
      out.errors.push(
        label === ''
          ? `${where('category')}：缺少权力类型（表中无“权力类型”列，工作表名也不是类型）/ no category for this row`
          : `${where('category')}：权力类型“${label}”不是已知类型；允许：${CATEGORY_NAMES.join('、')}（及 其他权力、其他类、…类 等写法）/ unknown category`,
      );
      continue;
    }
    const name = cellLine(cell('name') ?? '');
    if (name === '') {
      out.errors.push(`${where('name')}：缺少事项名称 / no item name`);
      continue;
    }
    const basis = cellBlocks(cell('basis') ?? '');
    if (basis.length === 0) {
      out.errors.push(`${where('basis')}：实施依据为空；每个事项都需要依据 / every item needs its legal basis (实施依据)`);
      continue;
    }
    let subject = cellLine(cell('subject') ?? '');
    if (subject === '') {
      subject = ctx.subjectFallback;
      subjectDefaulted.push(String(record.rows[0]! + 1));
    }
    const line = (f: ImportField) => (cell(f) === undefined ? undefined : cellLine(cell(f)!));
    const rich = (f: ImportField) => (cell(f) === undefined ? undefined : cellRichText(cell(f)!));
    const multiline = (f: ImportField) => (cell(f) === undefined ? undefined : cellText(cell(f)!));
    const legal = multiline('legal_time_limit');
    const promised = multiline('promised_time_limit');
    const fee = multiline('fee');
    const rows = record.rows.map((r) => r + 1);
    let source: ParsedItem['source'] = { file: ctx.hasSheets ? `${ctx.fileName}#${record.sheet}` : ctx.fileName, lines: [Math.min(...rows), Math.max(...rows)] };
    const statedFile = line('source_file');
    const statedLines = SOURCE_LINES.exec(line('source_lines') ?? '');
    if (statedFile && statedLines) source = { file: statedFile, lines: [Number(statedLines[1]), Number(statedLines[2])] };
    const item: ParsedItem = {
      bureau: ctx.slug,
      category,
      category_label: label,
      number: line('number'),
      name,
      subitem: line('subitem'),
      code: line('code'),
      subitem_code: line('subitem_code'),
      subject,
      department: line('department'),
      level: line('level'),
      level_scope: rich('level_scope'),
      department_duties: rich('department_duties'),
      basis,
      duties: cell('duties') === undefined ? undefined : cellDuties(cell('duties')!),
      duty_basis: rich('duty_basis'),
      accountable_parties: rich('accountable_parties'),
      accountability: cell('accountability') === undefined ? undefined : cellAccountability(cell('accountability')!),
      time_limits: legal || promised ? { ...(legal ? { legal } : {}), ...(promised ? { promised } : {}) } : undefined,
      fee: fee || undefined,
      remarks: rich('remarks'),
      source,
    };
    for (const key of Object.keys(item) as (keyof ParsedItem)[]) if (item[key] === undefined || item[key] === '') delete item[key];
    out.items.push(item);
    out.records.push(record);
  }
  if (subjectDefaulted.length > 0)
    out.decisions.push(`行使主体为空的行（第 ${subjectDefaulted.join('、')} 行），以部门名称“${ctx.subjectFallback}”作为行使主体 / rows without 行使主体 take the bureau's name`);
  return out;
}

/** Which item a record belongs to: its 事项标识 when the sheet has one, else 事项名称 and 子项. */
export function itemKey(record: RecordRead): string {
  const id = record.cells.item_id?.text;
  if (id !== undefined && cellLine(id) !== '') return `id:${cellLine(id)}`;
  return `name:${cellLine(record.cells.name?.text ?? '')}|${cellLine(record.cells.subitem?.text ?? '')}`;
}

export interface StepsRead {
  /** Steps by item key (itemKey), in row order. */
  steps: Map<string, { step: ProcessStep; record: RecordRead }[]>;
  errors: string[];
}

/**
 * Rows of a 运行流程 sheet (a header with 办理环节) into steps: 办理环节, 责任事项, 责任科室 (or
 * 承办机构), 承诺时限, 法定时限, 收费. They join the item with the same 事项标识, or else the same
 * 事项名称 and 子项.
 */
export function recordsToSteps(records: RecordRead[], fileName: string): StepsRead {
  const out: StepsRead = { steps: new Map(), errors: [] };
  for (const record of records) {
    const line = (f: ImportField) => (record.cells[f] === undefined ? undefined : cellLine(record.cells[f]!.text));
    const multiline = (f: ImportField) => (record.cells[f] === undefined ? undefined : cellText(record.cells[f]!.text));
    const stage = line('step');
    if (!stage) {
      out.errors.push(`${fileName} ${cellRef(record.sheet, record.rows[0]!)}：运行流程行缺少办理环节 / a process row without 办理环节`);
      continue;
    }
    const duty = record.cells.duties === undefined ? undefined : cellRichText(record.cells.duties.text);
    const fee = multiline('fee');
    const promised = multiline('promised_time_limit');
    const legal = multiline('legal_time_limit');
    const step: ProcessStep = {
      stage,
      ...(duty !== undefined ? { duty } : {}),
      ...(line('department') ? { section: line('department') } : {}),
      ...(promised ? { promised_time_limit: promised } : {}),
      ...(legal ? { legal_time_limit: legal } : {}),
      ...(fee ? { fee } : {}),
    };
    const key = itemKey(record);
    out.steps.set(key, [...(out.steps.get(key) ?? []), { step, record }]);
  }
  return out;
}
