/**
 * The searchable text of a built item page — the definition search and its tests share
 * (docs/search.md, "What counts as a page's text"):
 *
 *   the text inside the element that carries data-pagefind-body, in document order, entities
 *   decoded; the start and end of a block element (p, li, dt, dd, td, th, h1–h6, div, section …)
 *   and <br> break the line; elements carrying data-pagefind-ignore or hidden, and script,
 *   style, template, noscript and svg, are left out; in each line whitespace runs become one
 *   space; empty lines are dropped.
 *
 * So text never runs across two cells or paragraphs, and no query term (which has no
 * whitespace) can match across them. Astro writes well-formed HTML, which this small reader
 * relies on; it fails loudly on a page without data-pagefind-body rather than index nothing.
 */

const BLOCK = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->|<![^>]*>/g;
const ATTRIBUTE_NAME = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function attributeNames(attributes: string): Set<string> {
  return new Set([...attributes.matchAll(ATTRIBUTE_NAME)].map((m) => m[1]!.toLowerCase()));
}

/** Whitespace runs to one space, lines trimmed, empty lines dropped. */
export function tidyLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export interface PageText {
  /** The text of the first <h1> inside the body (the item's title as the page shows it). */
  title: string;
  /** The searchable text, lines separated by \n. */
  text: string;
}

export function pageText(html: string): PageText {
  TAG.lastIndex = 0;
  let raw = '';
  let title: string | undefined;
  let titleRaw: string | undefined;
  const open: string[] = [];
  let skipAt = -1; // depth of the outermost skipped element, -1 when not skipping
  let h1At = -1;
  let position = 0;
  let found = false;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, closing, rawName, attributes = '', selfClosing] = match;
    if (found && skipAt < 0) {
      // A line break in the source is only whitespace; lines come from block elements.
      const text = decodeEntities(html.slice(position, match.index)).replace(/\s+/g, ' ');
      raw += text;
      if (titleRaw !== undefined) titleRaw += text;
    }
    position = match.index + whole.length;
    if (!rawName) continue; // comment or doctype
    const name = rawName.toLowerCase();
    if (!found) {
      if (!closing && attributeNames(attributes).has('data-pagefind-body')) {
        found = true;
        open.push(name);
      }
      continue;
    }
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      open.length = at;
      if (skipAt >= 0 && at <= skipAt) skipAt = -1;
      if (h1At >= 0 && at <= h1At) {
        title = tidyLines(titleRaw ?? '').replace(/\n/g, ' ');
        titleRaw = undefined;
        h1At = -1;
      }
      if (BLOCK.has(name) && skipAt < 0) raw += '\n';
      if (open.length === 0) break;
      continue;
    }
    if (BLOCK.has(name) && skipAt < 0) raw += '\n';
    if (skipAt < 0) {
      const names = attributeNames(attributes);
      if (SKIPPED.has(name) || names.has('data-pagefind-ignore') || names.has('hidden')) skipAt = open.length;
      else if (name === 'h1' && title === undefined && h1At < 0) {
        h1At = open.length;
        titleRaw = '';
      }
    }
    if (RAW_TEXT.has(name)) {
      // Script and style bodies are not markup: jump to their end tag.
      const end = html.toLowerCase().indexOf(`</${name}`, position);
      if (end < 0) throw new Error(`unclosed <${name}> in page`);
      const body = decodeEntities(html.slice(position, end)).replace(/\s+/g, ' ');
      if (skipAt < 0) raw += body;
      TAG.lastIndex = end;
      position = end;
      open.push(name);
      continue;
    }
    if (!VOID.has(name) && !selfClosing) open.push(name);
    else if (skipAt === open.length) skipAt = -1; // a skipped void element ends at once
  }
  if (!found) throw new Error('page has no element with data-pagefind-body');
  return { title: title ?? '', text: tidyLines(raw) };
}
