/**
 * Cells of a Word table that was extracted as plain text with one tab-led line per cell (项城,
 * 玉田): a line that begins with a tab starts a new cell; lines without a tab continue the cell
 * before them (a cell of several paragraphs). A vertically merged cell appears once, in the row
 * where it starts; the rows below it carry an empty cell in its place.
 */
import { removeWordArtefacts } from './text.ts';

/**
 * A row can begin with whitespace before the tab (玉田: " \t行政处罚" starts a row whose 序号 cell
 * is empty). Lines keep their spaces (no normalization: the caller decides, e.g. with
 * collapseWhitespace, which keeps 河北省医疗保障局 河北省财政厅 apart); blank lines are skipped,
 * so the caller groups cells into rows by content.
 */
export interface TabLedCell {
  /** The cell's lines, Word artefacts removed, leading tab dropped; continuation lines as they are. */
  lines: string[];
  /** Seed line numbers (1-based) of the cell's first and last line. */
  first: number;
  last: number;
  /** The cell's line began with whitespace before its tab (" \t行政处罚"). */
  indented: boolean;
}

/** Cells of the seed lines from `from` (1-based) to the end; a text line before any cell is an error. */
export function readTabCells(lines: string[], from = 1): TabLedCell[] {
  const cells: TabLedCell[] = [];
  for (let n = from; n <= lines.length; n++) {
    const raw = lines[n - 1]!;
    const start = /^([ \u3000]*)\t/.exec(raw);
    if (start) {
      cells.push({ lines: [removeWordArtefacts(raw.slice(start[0].length))], first: n, last: n, indented: start[1]!.length > 0 });
      continue;
    }
    if (raw.trim() === '') continue;
    const cell = cells[cells.length - 1];
    if (!cell) throw new Error(`tab-cells: line ${n} continues no cell`);
    cell.lines.push(removeWordArtefacts(raw));
    cell.last = n;
  }
  return cells;
}
