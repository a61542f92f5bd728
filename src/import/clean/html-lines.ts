/**
 * HTML fragments of a table cell into raw text chunks, one per block element.
 *
 * The 天水 export writes lists as `<ol style="list-style-type: none"> item item </ol>` with the
 * <li> tags lost: its items are separated by nothing but spaces. Normalizing whitespace
 * first would remove those spaces (and with them the only item boundary), so this helper
 * returns each chunk with its spaces intact for the caller to split (splitSpaceSeparatedItems).
 */

const BLOCK_TAG = /<\/?(?:p|ol|ul|li|br|div)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;

/** Text between block tags (<p>, <ol>, <ul>, <li>, <br>, <div>), other tags removed; blank chunks dropped. */
export function htmlToChunks(html: string): string[] {
  return html
    .split(BLOCK_TAG)
    .map((chunk) => chunk.replace(ANY_TAG, ''))
    .filter((chunk) => chunk.trim().length > 0);
}
