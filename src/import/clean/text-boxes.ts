/**
 * Text boxes of a Word drawing (a flowchart) as a plain-text extraction leaves them: every box's
 * text on a line of its own, boxes separated by runs of blank lines, the arrows gone. A box whose
 * text has two paragraphs comes out as two lines with a short, fixed run of blank lines between
 * them (in seed 003 exactly two blank lines), while neighbouring boxes are further apart; that gap
 * is the only trace of which lines share a box, so the caller states it.
 */
import { normalizeWhitespace } from './text.ts';

export interface TextBox {
  /** 1-based seed lines of the box's paragraphs, in order. */
  lines: number[];
  /** Each paragraph with blanks, tabs and full-width spaces around it removed. */
  parts: string[];
  /** The paragraphs joined without a separator (Chinese text: a line break inside a box is not a space). */
  text: string;
}

/**
 * Reads the boxes in the 1-based line range [from, to]. Two consecutive text lines whose line
 * numbers differ by exactly `paragraphGap` are paragraphs of one box; any other distance starts a
 * new box. Blank means empty after whitespace normalisation (so a line of full-width spaces is blank).
 */
export function readTextBoxes(lines: string[], from: number, to: number, paragraphGap: number): TextBox[] {
  const boxes: TextBox[] = [];
  let current: TextBox | undefined;
  const last = Math.min(to, lines.length);
  for (let lineNo = from; lineNo <= last; lineNo++) {
    const text = normalizeWhitespace(lines[lineNo - 1] ?? '');
    if (!text) continue;
    const previous = current?.lines.at(-1);
    if (current && previous !== undefined && lineNo - previous === paragraphGap) {
      current.lines.push(lineNo);
      current.parts.push(text);
      current.text += text;
    } else {
      current = { lines: [lineNo], parts: [text], text };
      boxes.push(current);
    }
  }
  return boxes;
}
