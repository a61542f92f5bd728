/**
 * Leftover markup in text: HTML tags or entities, Word bookmarks — and U+FFFD, the mark the
 * extraction left where it cut a character. The site shows such text literally.
 */
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { stringsWithPaths, warnAt } from './warn.ts';

const MARKUP = /<\/?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+);|\[bookmark:/;

export function textMarkupRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of [...content.items, ...content.bureaus, ...content.flowcharts]) {
    for (const [text, path] of stringsWithPaths(doc.data)) {
      const markup = MARKUP.exec(text);
      if (markup) problems.push(warnAt(doc, path, 'TEXT_MARKUP', `文字中残留标记“${markup[0]}”，网站会按原样显示为文字 / leftover markup`));
      if (text.includes('\ufffd')) problems.push(warnAt(doc, path, 'TEXT_BROKEN', '文字中有乱码字符“\ufffd”（原文提取时截断），请对照原件补全 / broken character: text was cut in the source'));
    }
  }
  return problems;
}
