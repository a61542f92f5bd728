/**
 * Whitespace clean-up that keeps a single space between Chinese characters.
 *
 * The shared normalizeWhitespace (text.ts) drops such a space as an extraction artefact (门 诊).
 * In the 天水 and 玉田 seeds the spaces between Chinese characters are the document's own
 * separators — between an article number and its text (第五条 各统筹地区) and between the names of
 * ministries that issued a document together (人力资源社会保障部 财政部) — so they stay.
 */

/** Any run of whitespace (tabs, non-breaking and full-width spaces included) becomes one space; ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
