/**
 * Citations in 实施依据 (src/law/citations.ts):
 *   CITATION_UNPARSED  a citation whose article cannot be read, or a basis naming no titled document;
 *   CITATION_QUOTE_DIFFERS  two items quoting the same article (same law, 条, 款, 项) with different
 *     text — one of them is likely mistyped or quotes an outdated version. Whitespace, quotation
 *     marks and the width of punctuation are ignored, and a quote that is the beginning of the
 *     other (a partial quotation) is not reported.
 * Both are linear in the number of citations: quotes are grouped by article in one map.
 */
import type { Item } from '../../content/item-schema.ts';
import { articleLabel } from '../../law/citations.ts';
import { itemCitations } from '../../law/item-citations.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { warnAt } from './warn.ts';

/** YAML path of each basis passage, in the order basisPassages gives them. */
function passagePaths(item: Item): PropertyKey[][] {
  return item.basis.flatMap((block, i) => (typeof block === 'string' ? [['basis', i]] : block.items.map((_, k) => ['basis', i, 'items', k])));
}

export function citationUnparsedRule(content: LoadedContent): Problem[] {
  return content.items.flatMap((doc) => {
    const paths = passagePaths(doc.data);
    return itemCitations(doc.data).problems.map((p) =>
      warnAt(doc, paths[p.passage] ?? ['basis'], 'CITATION_UNPARSED', `依据无法解析：${p.reason}。原文：“${p.excerpt}…”；应写作《法律名称》第X条（可加第X款、第X项） / citation not readable`),
    );
  });
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

export function normalizeQuote(text: string): string {
  return text
    .replace(/[\s“”"'‘’]/g, '')
    .replace(/[,;:()?!]/g, (c) => HALF_TO_FULL[c]!)
    .replace(/[。；，]+$/, '');
}

export function citationQuoteRule(content: LoadedContent): Problem[] {
  const first = new Map<string, { doc: LoadedDocument<Item>; quote: string }>();
  const problems: Problem[] = [];
  for (const doc of content.items) {
    const paths = passagePaths(doc.data);
    const reported = new Set<string>();
    for (const c of itemCitations(doc.data).citations) {
      if (!c.quote || c.articles.length !== 1) continue;
      const label = articleLabel(c.articles[0]!);
      const key = `${c.law}#${label}`;
      const quote = normalizeQuote(c.quote);
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { doc, quote });
        continue;
      }
      if (seen.doc === doc || reported.has(key) || seen.quote.startsWith(quote) || quote.startsWith(seen.quote)) continue;
      reported.add(key);
      problems.push(
        warnAt(doc, paths[c.passage] ?? ['basis'], 'CITATION_QUOTE_DIFFERS', `《${c.law}》${label}的引文与 ${seen.doc.file.path}（${seen.doc.data.name}）所引不同，请核对原文 / the same article is quoted differently in another item`),
      );
    }
  }
  return problems;
}
