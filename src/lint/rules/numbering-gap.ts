/** Gaps and disorder in the printed 序号 of a bureau's category (1, 2, 4 …). */
import type { Item } from '../../content/item-schema.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { warnAt } from './warn.ts';

export function numberingGapRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, LoadedDocument<Item>[]>();
  for (const doc of content.items) {
    if (doc.data.number === undefined || !/^\d+$/.test(doc.data.number)) continue;
    const key = `${doc.data.bureau}|${doc.data.category}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  // Numbers may run per category (1, 2, 3 in each) or through the whole list (1 … 26); compare
  // each item with the one before it in id order.
  for (const docs of groups.values()) {
    docs.sort((a, b) => a.data.id.localeCompare(b.data.id));
    for (let i = 1; i < docs.length; i++) {
      const previous = Number(docs[i - 1]!.data.number);
      const current = Number(docs[i]!.data.number);
      if (current !== previous + 1)
        problems.push(warnAt(docs[i]!, ['number'], 'NUMBER_GAP', `序号不连续：前一项（${docs[i - 1]!.data.id}）为 ${previous}，本项为 ${current} / numbering gap`));
    }
  }
  return problems;
}
