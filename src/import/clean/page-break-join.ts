/**
 * A table cell that a page break cut in two: the extraction prints the rest of the cell on a row
 * of its own (empty 序号) after the repeated table header, often mid-word ("…医疗保障基金收" /
 * "支、管理相关的资料…") and, in HTML cells, as a paragraph of its own ("…符合听证规定的，制作</p>"
 * / "<p>并送达《行政处罚听证告知书》。</p>").
 *
 * Rule: when the first piece ends a sentence (。；; ！？), the second piece starts a new paragraph;
 * otherwise the page break fell inside a sentence and the two pieces become one paragraph — the
 * closing </p> of the first and the opening <p> of the second are dropped, and nothing is put
 * between them (Chinese has no spaces between words, and the cut is often inside a word).
 */

export type JoinMode = 'merged' | 'new-paragraph';

export interface JoinedCell {
  text: string;
  mode: JoinMode;
}

const SENTENCE_END = /[。；;！？!?]$/;

/** The visible text at the end of an HTML fragment (tags and trailing whitespace removed). */
function visibleEnd(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, '').trimEnd();
}

/** Joins the piece of a cell printed after a page break onto the piece before it. */
export function joinCellFragments(before: string, after: string): JoinedCell {
  const head = before.trim();
  const tail = after.trim();
  if (SENTENCE_END.test(visibleEnd(head))) {
    // <br> is a paragraph break for htmlToChunks, also between two plain-text pieces.
    return { text: `${head}<br>${tail}`, mode: 'new-paragraph' };
  }
  return { text: head.replace(/<\/p>$/i, '') + tail.replace(/^<p>/i, ''), mode: 'merged' };
}
