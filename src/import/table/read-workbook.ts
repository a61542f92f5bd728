/**
 * Excel workbooks (.xls BIFF8 and .xlsx) and CSV through SheetJS (@e965/xlsx, a republish of
 * SheetJS 0.20.3, which has the fixes for CVE-2023-30533 and CVE-2024-22363). Cells are read as
 * the text the sheet shows; CSV cells are never converted to numbers or dates.
 */
import * as XLSX from '@e965/xlsx';
import type { CellRange, TableSheet } from './sheet.ts';

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 's') return String(cell.v);
  return cell.w ?? String(cell.v);
}

function sheetsOf(workbook: XLSX.WorkBook): TableSheet[] {
  return workbook.SheetNames.map((name) => {
    const ws = workbook.Sheets[name]!;
    const rows: string[][] = [];
    if (ws['!ref']) {
      const range = XLSX.utils.decode_range(ws['!ref']);
      for (let r = range.s.r; r <= range.e.r; r++) {
        const row: string[] = [];
        for (let c = 0; c <= range.e.c; c++) row.push(c < range.s.c ? '' : cellText(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined));
        while (row.length > 0 && row[row.length - 1]!.trim() === '') row.pop();
        rows[r] = row;
      }
      for (let r = 0; r < range.s.r; r++) rows[r] = [];
    }
    const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
    return { name, rows, merges };
  });
}

export function readWorkbook(bytes: Uint8Array): TableSheet[] {
  return sheetsOf(XLSX.read(bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellStyles: false }));
}

/** CSV text (already decoded) as one sheet named after the file. */
export function readCsv(text: string, name: string): TableSheet[] {
  const workbook = XLSX.read(text, { type: 'string', raw: true, dense: false });
  const [sheet] = sheetsOf(workbook);
  return [{ ...sheet!, name }];
}
