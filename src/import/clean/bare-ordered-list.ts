/**
 * `<ol>` lists exported without their <li> tags (襄都):
 *
 *     <ol style="list-style-type: none"> 立案责任：…决定是否立案。 调查责任：…保守有关秘密。 … </ol>
 *
 * The items survive only as text separated by a space after each item's closing 。 or ；, and the
 * closing </ol> is sometimes missing (the cell ends inside the list). Collapsing whitespace
 * would collapse those spaces and with them the item boundaries, so such a list is rewritten as
 * one <p> per item first, split by the shared rule for space-separated items.
 */
import { splitSpaceSeparatedItems } from './spaced-items.ts';

const BARE_LIST = /<ol\b[^>]*>([\s\S]*?)(?:<\/ol>|$)/gi;

/** The HTML with every <ol> that has no <li> rewritten as <p> paragraphs, one per item. */
export function bareOrderedListsToParagraphs(html: string): string {
  return html.replace(BARE_LIST, (whole, body: string) => {
    if (/<li\b/i.test(body)) return whole;
    return splitSpaceSeparatedItems(body)
      .map((item) => `<p>${item}</p>`)
      .join('');
  });
}
