/** Gaps and disorder in the printed 序号 of a bureau's category (1, 2, 4 …). */
import type { Item } from '../../content/item-schema.ts';
import { isSubitemOfSameItem, type LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { warnAt } from './warn.ts';

export function numberingGapRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, LoadedDocument<Item>[]>();
  for (const doc of content.items) {
    if (doc.data.number === undefined || !/^\d+$/.test(doc.data.number)) continue;
    const key = `${doc.data.bureau}|${doc.data.category}`;
    const group = groups.get(key);
    if (group) group.push(doc);
    else groups.set(key, [doc]);
  }
  // Numbers may run per category (1, 2, 3 in each) or through the whole list (1 … 26); compare
  // each item with the one before it in id order.
  for (const docs of groups.values()) {
    docs.sort((a, b) => a.data.id.localeCompare(b.data.id));
    for (let i = 1; i < docs.length; i++) {
      const previous = Number(docs[i - 1]!.data.number);
      const current = Number(docs[i]!.data.number);
      const sameMainItem = current === previous && isSubitemOfSameItem(docs[i - 1]!.data, docs[i]!.data);
      if (current !== previous + 1 && !sameMainItem)
        problems.push(warnAt(docs[i]!, ['number'], 'NUMBER_GAP', `序号不连续：前一项（${docs[i - 1]!.data.id}）为 ${previous}，本项为 ${current} / numbering gap`));
    }
  }
  return problems;
}

/**
 * Gaps in the numbers of the document's own summary table: numbers run either through the whole
 * table (1 … 26) or afresh in each category (1, 2, 3 …).
 */
export function summaryNumberingGapRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.bureaus) {
    const summary = doc.data.source.summary ?? [];
    const entries = summary.flatMap((category, c) =>
      category.items.map((item, i) => ({ category: c, index: i, number: item.number && /^\d+$/.test(item.number) ? Number(item.number) : undefined })),
    );
    const numbered = entries.filter((e) => e.number !== undefined);
    if (numbered.length < 2) continue;
    const perCategory = numbered.some((e, k) => k > 0 && e.number === 1 && e.category !== numbered[k - 1]!.category);
    for (let k = 1; k < numbered.length; k++) {
      const previous = numbered[k - 1]!;
      const current = numbered[k]!;
      const restart = perCategory && current.category !== previous.category;
      const expected = restart ? 1 : previous.number! + 1;
      if (current.number !== expected)
        problems.push(
          warnAt(doc, ['source', 'summary', current.category, 'items', current.index, 'number'], 'NUMBER_GAP', `原文汇总表序号不连续：应为 ${expected}，实为 ${current.number} / summary numbering gap`),
        );
    }
  }
  return problems;
}

/** Items without a printed 序号 in a list whose other items have one (玉田: 13 rows unnumbered). */
export function missingNumberRule(content: LoadedContent): Problem[] {
  const numbered = new Set(content.items.filter((d) => d.data.number !== undefined).map((d) => d.data.bureau));
  return content.items
    .filter((doc) => doc.data.number === undefined && numbered.has(doc.data.bureau))
    .map((doc) => warnAt(doc, ['name'], 'NUMBER_MISSING', '本事项在原文中没有序号，而本清单其他事项有序号 / no 序号 where the rest of the list has one'));
}
