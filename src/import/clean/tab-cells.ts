/**
 * Cells of a Word table that was extracted as plain text with one tab-led line per cell (the
 * 项城 seed): a line that begins with a tab starts a new cell; lines without a tab are further
 * paragraphs of the cell before them (a cell holding several paragraphs, or the blank lines Word
 * put between rows). A vertically merged cell appears once, in the row where it starts; the rows
 * below it carry an empty cell in its place.
 */
import { normalizeWhitespace, removeWordArtefacts } from './text.ts';

export interface TabCell {
  /** Paragraphs of the cell, whitespace normalized, blank ones dropped (may be empty). */
  paragraphs: string[];
  /** The cell's lines as extracted (leading tab removed), joined with '\n'. */
  raw: string;
  /** 1-based line where the cell starts (the tab-led line). */
  firstLine: number;
  /** 1-based last line that holds text of the cell; firstLine when only that line does. */
  lastLine: number;
}

/**
 * Cells of lines[from..to] (1-based, inclusive). Lines before the first tab-led line belong to no
 * cell; they are returned as `outside` so that the caller can see text it did not expect.
 */
export function splitTabCells(lines: string[], from: number, to: number): { cells: TabCell[]; outside: number[] } {
  const cells: TabCell[] = [];
  const outside: number[] = [];
  let rawLines: string[] = [];
  let current: TabCell | undefined;
  const close = () => {
    if (current) current.raw = rawLines.join('\n');
  };
  for (let n = from; n <= to; n++) {
    const line = removeWordArtefacts(lines[n - 1] ?? '');
    const startsCell = line.startsWith('\t');
    const content = startsCell ? line.slice(1) : line;
    if (startsCell) {
      close();
      current = { paragraphs: [], raw: '', firstLine: n, lastLine: n };
      rawLines = [];
      cells.push(current);
    } else if (!current) {
      if (normalizeWhitespace(content)) outside.push(n);
      continue;
    }
    rawLines.push(content);
    const text = normalizeWhitespace(content);
    if (text) {
      current!.paragraphs.push(text);
      current!.lastLine = n;
    }
  }
  close();
  return { cells, outside };
}

/** The cell as one string: its paragraphs joined with line breaks ('' for an empty cell). */
export function cellText(cell: TabCell): string {
  return cell.paragraphs.join('\n');
}
