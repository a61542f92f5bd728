/**
 * A table as the importer reads it, whatever file it came from: the sheet's (or Word table's)
 * name, its cells as text row by row, and its merged ranges. Row and column indexes are 0-based;
 * reports print them 1-based, with the column as a letter (A, B … AA) the way spreadsheets do.
 */
import { columnLetter } from '../../spreadsheet/a1.ts';

export { columnLetter };

export interface CellRange {
  /** First row and column. */
  s: { r: number; c: number };
  /** Last row and column (inclusive). */
  e: { r: number; c: number };
}

export interface TableSheet {
  /** Sheet name (表1, 表2 … for the tables of a Word document; the file name for a CSV). */
  name: string;
  /** Cell texts; '' for an empty cell. Only the merge's first cell holds the text of a merge. */
  rows: string[][];
  merges: CellRange[];
  /** Text above the table outside it (a Word document's title paragraphs before the table). */
  above?: string[];
}

/** 「附表1」第 5 行 C 列 */
export function cellRef(sheet: string, row: number, column?: number): string {
  return `「${sheet}」第 ${row + 1} 行${column === undefined ? '' : ` ${columnLetter(column)} 列`}`;
}
