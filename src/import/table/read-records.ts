/**
 * Sheets into records: one record per item or 子项 row, with the cell text of every mapped field.
 *
 * - The header row is the first of the sheet's first 15 rows that names 事项名称 (in any wording)
 *   and at least two other fields; rows above it are title rows.
 * - Merged cells are filled down/across into the rows they cover (a 主项 merged over its 子项
 *   rows). A row with no text of its own (a row covered by merges only, or blank) is not a record.
 * - A row with a 子项 but no 事项名称 takes the name of the record above when it has the same
 *   序号 or none (merges of different heights); reported as a decision.
 * - A row with no name or 子项 whose text sits in data columns continues the record above (an item
 *   written over several rows); a row whose text is only in the 序号 column or in one cell merged
 *   across the table (a footnote) is not data: all its cells are listed in the report.
 * - Cells of columns with no field (no header, an unknown header, a second column of the same
 *   field) are listed in the report with their sheet, row and column; nothing is dropped silently.
 */
import { cellRef, columnLetter, type TableSheet } from './sheet.ts';
import { EXPORT_ONLY_HEADERS, fieldForHeader, headerKey, SECOND_COLUMN, type ImportField } from './headers.ts';
import { isNothing } from './cell-text.ts';
import { categoryOf } from './categories.ts';

export interface ColumnInfo {
  column: number;
  header: string;
  field?: ImportField;
  how?: 'map' | 'exact' | 'contains' | 'merged';
  /** Why a column with a header has no field. */
  note?: string;
}

export interface SheetRead {
  sheet: string;
  /** A sheet of 运行流程 steps (its header has 办理环节), one row per step, rather than of items. */
  kind: 'items' | 'process';
  headerRow?: number;
  /** Rows above the header (row -1 for a paragraph above a Word table). */
  titleRows: { row: number; text: string }[];
  columns: ColumnInfo[];
  /** Rows below the header with any text of their own. */
  rowsRead: number;
  /** Category and count stated in the sheet name (行政检查（3项）). */
  statedCategory?: string;
  statedCount?: number;
}

export interface RecordRead {
  sheet: string;
  /** 0-based rows the record was read from (more than one for a continued record). */
  rows: number[];
  cells: Partial<Record<ImportField, { text: string; row: number; column: number }>>;
}

export interface LeftCell {
  sheet: string;
  row: number;
  column: number;
  header: string;
  text: string;
  why: string;
}

export interface RecordsRead {
  sheets: SheetRead[];
  records: RecordRead[];
  /** Non-empty cells that went into no field. */
  leftCells: LeftCell[];
  /** Decisions that needed judgement, with their location. */
  decisions: string[];
  /** Cells holding only / or 无 (read as empty). */
  nothingCells: number;
}

const SHEET_COUNT = /^(.*?)\s*[（(]\s*(\d+)\s*项\s*[)）]\s*$/;

function findHeaderRow(sheet: TableSheet, overrides: Map<string, ImportField>): number | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 15); r++) {
    const fields = new Set((sheet.rows[r] ?? []).map((t) => fieldForHeader(t, overrides)?.field).filter(Boolean));
    if (fields.has('name') && fields.size >= 3) return r;
  }
  return undefined;
}

/** For each cell covered by a merge, the merge's first cell. */
function mergeOrigins(sheet: TableSheet): Map<string, { r: number; c: number }> {
  const origins = new Map<string, { r: number; c: number }>();
  for (const m of sheet.merges)
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) origins.set(`${r},${c}`, m.s);
  return origins;
}

export function readRecords(sheets: TableSheet[], overrides: Map<string, ImportField>): RecordsRead {
  const out: RecordsRead = { sheets: [], records: [], leftCells: [], decisions: [], nothingCells: 0 };
  for (const sheet of sheets) {
    const read: SheetRead = { sheet: sheet.name, kind: 'items', titleRows: [], columns: [], rowsRead: 0 };
    const stated = SHEET_COUNT.exec(sheet.name.trim());
    if (stated) {
      read.statedCategory = stated[1]!.trim();
      read.statedCount = Number(stated[2]);
    } else if (categoryOf(sheet.name)) read.statedCategory = sheet.name.trim();
    out.sheets.push(read);
    const headerRow = findHeaderRow(sheet, overrides);
    if (headerRow === undefined) {
      const texts = sheet.rows.flatMap((row, r) => row.map((text, c) => ({ r, c, text })).filter((x) => x.text.trim() !== ''));
      for (const x of texts) out.leftCells.push({ sheet: sheet.name, row: x.r, column: x.c, header: '', text: x.text, why: '工作表中没有找到表头行 / no header row in this sheet' });
      continue;
    }
    read.headerRow = headerRow;
    for (const text of sheet.above ?? []) read.titleRows.push({ row: -1, text });
    for (let r = 0; r < headerRow; r++) {
      const text = (sheet.rows[r] ?? []).map((t) => t.trim()).filter(Boolean).join(' ');
      if (text) read.titleRows.push({ row: r, text });
    }
    const origins = mergeOrigins(sheet);
    const header = sheet.rows[headerRow] ?? [];
    const lastColumn = Math.max(...sheet.rows.map((row) => row.length)) - 1;
    const taken = new Map<ImportField, number>();
    for (let c = 0; c <= lastColumn; c++) {
      const origin = origins.get(`${headerRow},${c}`);
      const text = origin && origin.r === headerRow ? header[origin.c] ?? '' : header[c] ?? '';
      const info: ColumnInfo = { column: c, header: headerKey(text) };
      if (origin && origin.r === headerRow) {
        const first = read.columns[origin.c];
        const second = first?.field ? SECOND_COLUMN[first.field] : undefined;
        if (second && c === origin.c + 1 && !taken.has(second)) {
          info.field = second;
          info.how = 'merged';
        } else info.note = `合并表头“${info.header}”的第 ${c - origin.c + 1} 列 / column ${c - origin.c + 1} under a merged header`;
      } else if (info.header !== '') {
        const found = fieldForHeader(text, overrides);
        if (!found && EXPORT_ONLY_HEADERS.has(info.header)) info.note = '网站导出时加的列，导入时不读 / a column the site export adds; not imported';
        else if (!found) info.note = '表头不是已知字段 / header not a known field';
        else if (taken.has(found.field)) info.note = `与 ${columnLetter(taken.get(found.field)!)} 列同为 ${found.field} / same field as column ${columnLetter(taken.get(found.field)!)}`;
        else {
          info.field = found.field;
          info.how = found.how;
        }
      }
      if (info.field) taken.set(info.field, c);
      read.columns.push(info);
    }
    if (taken.has('step')) read.kind = 'process';
    const columnOf = (field: ImportField) => taken.get(field);
    const filled = (r: number, c: number | undefined): string => {
      if (c === undefined) return '';
      const origin = origins.get(`${r},${c}`);
      return origin ? sheet.rows[origin.r]?.[origin.c] ?? '' : sheet.rows[r]?.[c] ?? '';
    };
    const headerKeys = header.map(headerKey).join('|');
    let previous: RecordRead | undefined;
    const sheetRecords: RecordRead[] = [];
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const own = (sheet.rows[r] ?? []).map((text, c) => ({ c, text })).filter((x) => x.text.trim() !== '' && !origins.has(`${r},${x.c}`));
      if (own.length === 0) continue;
      read.rowsRead++;
      if ((sheet.rows[r] ?? []).map(headerKey).join('|') === headerKeys) {
        out.decisions.push(`${cellRef(sheet.name, r)}：重复的表头行，跳过 / repeated header row skipped`);
        continue;
      }
      const name = filled(r, columnOf('name'));
      const subitem = filled(r, columnOf('subitem'));
      const number = filled(r, columnOf('number'));
      const fieldCells = own.filter((x) => read.columns[x.c]?.field);
      // One cell merged across most of the table: a footnote or a note, whatever column it starts in.
      const spansTable = own.length === 1 && sheet.merges.some((m) => m.s.r === r && m.s.c === own[0]!.c && m.e.c - m.s.c + 1 >= Math.max(3, Math.floor(read.columns.length / 2)));
      const isData = !spansTable && (name.trim() !== '' || (subitem.trim() !== '' && !isNothing(subitem)));
      if (!isData) {
        const onlyNumberColumn = fieldCells.every((x) => read.columns[x.c]!.field === 'number');
        if (previous && !spansTable && !onlyNumberColumn && fieldCells.length > 0) {
          for (const x of fieldCells) {
            const field = read.columns[x.c]!.field!;
            const cell = previous.cells[field];
            previous.cells[field] = cell ? { ...cell, text: `${cell.text}\n${x.text}` } : { text: x.text, row: r, column: x.c };
          }
          previous.rows.push(r);
          out.decisions.push(`${cellRef(sheet.name, r)}：没有事项名称和子项，作为上一行事项的续行并入 / continues the item above`);
          for (const x of own.filter((x) => !read.columns[x.c]?.field)) out.leftCells.push({ sheet: sheet.name, row: r, column: x.c, header: read.columns[x.c]?.header ?? '', text: x.text, why: read.columns[x.c]?.note ?? '无表头的列 / column without a header' });
        } else {
          for (const x of own) out.leftCells.push({ sheet: sheet.name, row: r, column: x.c, header: read.columns[x.c]?.header ?? '', text: x.text, why: '不是事项行（脚注、说明或空名称）/ not an item row (footnote or note)' });
        }
        continue;
      }
      const record: RecordRead = { sheet: sheet.name, rows: [r], cells: {} };
      for (const info of read.columns) {
        if (!info.field) continue;
        const text = filled(r, info.column);
        if (text.trim() === '') continue;
        if (isNothing(text, info.field)) {
          if (!origins.has(`${r},${info.column}`)) out.nothingCells++;
          continue;
        }
        record.cells[info.field] = { text, row: r, column: info.column };
      }
      if (name.trim() === '' && previous?.cells.name && (number.trim() === '' || number === (previous.cells.number?.text ?? ''))) {
        record.cells.name = { ...previous.cells.name };
        out.decisions.push(`${cellRef(sheet.name, r, columnOf('name'))}：子项“${subitem.trim()}”没有事项名称，沿用上一行的事项名称“${previous.cells.name.text.trim()}”（序号相同或为空）/ sub-item row without a name takes the name of the row above`);
      }
      for (const x of own.filter((x) => !read.columns[x.c]?.field)) out.leftCells.push({ sheet: sheet.name, row: r, column: x.c, header: read.columns[x.c]?.header ?? '', text: x.text, why: read.columns[x.c]?.note ?? '无表头的列 / column without a header' });
      out.records.push(record);
      sheetRecords.push(record);
      previous = record;
    }
    // A record also covers the rows below it that its own merged cells span (a 子项 merged over two
    // rows), up to the next record.
    sheetRecords.forEach((record, i) => {
      const first = record.rows[0]!;
      const spanEnd = Math.max(...sheet.merges.filter((m) => m.s.r === first).map((m) => m.e.r), first);
      const nextStart = sheetRecords[i + 1]?.rows[0] ?? sheet.rows.length;
      for (let r = Math.max(...record.rows) + 1; r <= Math.min(spanEnd, nextStart - 1); r++) record.rows.push(r);
    });
  }
  return out;
}
