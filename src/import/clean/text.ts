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
 * Whitespace of a short label (a summary-table name, a flowchart box): full-width and
 * non-breaking spaces become ordinary spaces, runs collapse, the ends are trimmed, and a space
 * between two Chinese characters (an extraction artefact there: 丙肝门 诊) goes. Running text of
 * the detail tables keeps such spaces — they separate an article number from its text or two
 * issuing ministries — and uses collapseWhitespace (clean/spacing.ts) instead.
 */
export function normalizeWhitespace(text: string): string {
  let out = text.replace(/[\u00a0\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
  const between = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');
  out = out.replace(between, '$1');
  return out;
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
 * (markers removed, the style kept so the site prints the same markers); the first line that
 * does not carry the next marker ends the list and stands as a paragraph. A run whose numbering
 * does not count up from 1 stays as paragraphs, word for word, so that a numbering error in the
 * source is not hidden. (Continuation lines are joined by the callers: clean/numbered-lines.ts.)
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
