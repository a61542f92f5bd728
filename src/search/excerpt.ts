/**
 * Excerpts with the query highlighted, as plain segments ({ text, mark }) the page turns into
 * text nodes and <mark> elements — no HTML string is ever built from content.
 */
import { normalizeForSearch } from './normalize.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Ranges [start, end) of every occurrence of any needle in the text (normalised compare), merged. */
export function matchRanges(text: string, needles: string[]): [number, number][] {
  const haystack = normalizeForSearch(text);
  const ranges: [number, number][] = [];
  for (const needle of needles.filter(Boolean)) {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text cut into plain and marked segments. */
export function highlight(text: string, needles: string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, needles)) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * A short passage around a match: about `before` characters before it and `length` in all,
 * with … where it was cut. The text starts with the item's title, which the result already
 * shows, so a match after `skip` characters is preferred.
 */
export function excerpt(content: string, needles: string[], skip = 0, length = 110, before = 30): Segment[] {
  const ranges = matchRanges(content, needles);
  const first = ranges.find(([start]) => start >= skip) ?? ranges[0];
  if (!first) return highlight(cut(content, Math.min(skip, content.length), length), needles);
  const start = Math.max(0, Math.min(first[0] - before, content.length - length));
  return highlight(cut(content, start, length), needles);
}

function cut(line: string, start: number, length: number): string {
  // Never split a surrogate pair.
  let from = start;
  if (from > 0 && /[\udc00-\udfff]/.test(line[from]!)) from--;
  let to = Math.min(line.length, from + length);
  if (to < line.length && /[\ud800-\udbff]/.test(line[to - 1]!)) to++;
  return (from > 0 ? '…' : '') + line.slice(from, to) + (to < line.length ? '…' : '');
}
