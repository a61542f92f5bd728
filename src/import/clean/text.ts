/**
 * Mechanical clean-up of seed text. None of these rules changes a word: they remove what the
 * Word/PDF extraction added (tags, bookmarks, stray whitespace) and give enumerations their list
 * structure back. Every rule has a test with a real example from the seeds (tests/import/).
 */
import type { Block, ListBlock } from '../../content/text-schema.ts';

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';

/** Word artefacts: `[bookmark: OLE_LINK2]` and the like, left where a bookmark anchored. */
export function removeWordArtefacts(text: string): string {
  return text.replace(/\[bookmark:\s*[^\]]*\]/g, '');
}

/** Replacement character sequences produced where the extraction cut a multi-byte character. */
export function hasBrokenCharacter(text: string): boolean {
  return text.includes('\ufffd');
}

/**
 * Whitespace: full-width and non-breaking spaces become ordinary spaces, runs collapse, the ends
 * are trimmed, and a space between two Chinese characters (an extraction artefact: 门 诊) goes.
 */
export function normalizeWhitespace(text: string): string {
  let out = text.replace(/[\u00a0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
  const between = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');
  out = out.replace(between, '$1');
  return out;
}

/** Whitespace of every line, and blank lines dropped. */
export function normalizeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normalizeWhitespace)
    .filter((line) => line.length > 0);
}

const HTML_ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (m) => HTML_ENTITIES[m] ?? m);
}

/**
 * HTML fragments of a cell (<p>, <ol>/<ul> with or without <li>, <br>, <span> …) into blocks:
 * each <p> and each line is a paragraph; an <ol>/<ul> with <li> items is a list. An <ol> without
 * <li> (the 天水 export) has its items separated by spaces; the caller passes such text through
 * splitEnumeration or its own rule.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const source = removeWordArtefacts(html);
  const tokens = source.split(/(<\/?(?:p|ol|ul|li|br|div)\b[^>]*>)/i);
  let paragraph = '';
  let list: string[] | undefined;
  let listItem: string | undefined;
  const flushParagraph = () => {
    const text = normalizeWhitespace(decodeEntities(paragraph.replace(/<[^>]+>/g, '')));
    if (text) {
      if (list && listItem === undefined) list.push(text);
      else blocks.push(text);
    }
    paragraph = '';
  };
  const flushItem = () => {
    if (listItem === undefined || !list) return;
    const text = normalizeWhitespace(decodeEntities(listItem.replace(/<[^>]+>/g, '')));
    if (text) list.push(text);
    listItem = undefined;
  };
  for (const token of tokens) {
    const tag = /^<(\/?)(p|ol|ul|li|br|div)\b/i.exec(token);
    if (!tag) {
      if (listItem !== undefined) listItem += token;
      else paragraph += token;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name === 'li') {
      flushParagraph();
      flushItem();
      if (!closing) listItem = '';
    } else if (name === 'ol' || name === 'ul') {
      flushItem();
      flushParagraph();
      if (!closing) list = [];
      else if (list) {
        if (list.length > 0) blocks.push({ numbering: 'none', items: list });
        list = undefined;
      }
    } else {
      if (listItem !== undefined) listItem += '\n';
      else flushParagraph();
    }
  }
  flushItem();
  flushParagraph();
  if (list && list.length > 0) blocks.push({ numbering: 'none', items: list });
  return blocks;
}

interface MarkerStyle {
  numbering: ListBlock['numbering'];
  /** Matches a marker at the start of a text, capturing its ordinal. */
  pattern: RegExp;
  ordinal(captured: string): number;
}

const CHINESE_DIGITS = '零一二三四五六七八九';
function chineseToNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (tens ? CHINESE_DIGITS.indexOf(tens) : text.includes('十') ? 1 : 0) * 10 + (ones ? CHINESE_DIGITS.indexOf(ones) : 0);
}

const MARKER_STYLES: MarkerStyle[] = [
  { numbering: '1、', pattern: /^(\d{1,2})\s*、/, ordinal: Number },
  { numbering: '（1）', pattern: /^（(\d{1,2})）/, ordinal: Number },
  { numbering: '(1)', pattern: /^\((\d{1,2})\)/, ordinal: Number },
  { numbering: '1.', pattern: /^(\d{1,2})\.(?!\d)/, ordinal: Number },
  { numbering: '（一）', pattern: /^（([一二三四五六七八九十]{1,3})）/, ordinal: chineseToNumber },
  { numbering: '一、', pattern: /^([一二三四五六七八九十]{1,3})、/, ordinal: chineseToNumber },
  { numbering: '①', pattern: /^([\u2460-\u2473])/, ordinal: (c) => c.codePointAt(0)! - 0x2460 + 1 },
];

function markerOf(line: string): { style: MarkerStyle; ordinal: number; rest: string } | undefined {
  for (const style of MARKER_STYLES) {
    const match = style.pattern.exec(line);
    if (match) return { style, ordinal: style.ordinal(match[1]!), rest: line.slice(match[0].length).trim() };
  }
  return undefined;
}

/**
 * Lines into blocks: a run of lines whose markers count 1, 2, 3 … in one style becomes a list
 * (markers removed, the style kept so the site prints the same markers); a line that does not
 * start with the next marker is a continuation of the item before it when it follows one, or a
 * paragraph. A run whose numbering does not count up from 1 stays as paragraphs, word for word,
 * so that a numbering error in the source is not hidden.
 */
export function splitEnumeration(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const first = markerOf(line);
    if (!first || first.ordinal !== 1) {
      blocks.push(line);
      i++;
      continue;
    }
    const items = [first.rest];
    let expected = 2;
    let j = i + 1;
    while (j < lines.length) {
      const next = markerOf(lines[j]!);
      if (next && next.style === first.style && next.ordinal === expected) {
        items.push(next.rest);
        expected++;
      } else if (!next || next.style !== first.style) {
        break;
      } else {
        break;
      }
      j++;
    }
    if (items.length >= 2 && items.every((t) => t.length > 0)) {
      blocks.push({ numbering: first.style.numbering, items });
      i = j;
    } else {
      blocks.push(line);
      i++;
    }
  }
  return blocks;
}

/**
 * Inline enumerations: "1、立案责任：… 2、调查责任：…" written in one cell line. Splits before each
 * marker that continues the count (2、 after 1、 …), never elsewhere.
 */
export function splitInlineEnumeration(text: string): string[] {
  const first = markerOf(text);
  if (!first || first.ordinal !== 1) return [text];
  const parts: string[] = [];
  let rest = text;
  let expected = 2;
  for (;;) {
    const marker = first.style.numbering === '1、' ? new RegExp(`(?<![\\d.])${expected}\\s*、`) : undefined;
    if (!marker) break;
    const m = marker.exec(rest.slice(1));
    if (!m) break;
    const at = m.index + 1;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
    expected++;
  }
  parts.push(rest.trim());
  return parts.filter((p) => p.length > 0);
}
