/**
 * The document against itself: its stated total and its own summary table (统计表 / 目录)
 * compared with the items actually present.
 *
 * Items are grouped by bureau and category once (maps), and names are looked up exactly first
 * (a set); a name with no exact match is compared by containment with the names of its category
 * through automata built once per category (src/lint/name-containment.ts), so the rule is linear.
 */
import type { Item } from '../../content/item-schema.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { NameContainment } from '../name-containment.ts';
import { warnAt } from './warn.ts';

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}

/** A value per key, made on first use and kept. */
function lazyPerKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

const itemsByBureau = (content: LoadedContent): Map<string, Item[]> => groupBy(content.items.map((d) => d.data), (i) => i.bureau);

/** Names compare without whitespace and trailing full stops, which the extraction varies. */
export const comparableName = (name: string) => name.replace(/[\s　]/g, '').replace(/[。.]$/, '');

const fullName = (item: Item) => comparableName(item.subitem ? `${item.name}${item.subitem}` : item.name);

export function statedTotalRule(content: LoadedContent): Problem[] {
  const byBureau = itemsByBureau(content);
  return content.bureaus.flatMap((doc) => {
    const stated = doc.data.source.stated_total;
    const present = byBureau.get(doc.data.id)?.length ?? 0;
    if (stated === undefined || stated === present) return [];
    return [warnAt(doc, ['source', 'stated_total'], 'TOTAL_MISMATCH', `原文所述总数为 ${stated} 项，但实际有 ${present} 个事项 / stated total ${stated}, items present ${present}`)];
  });
}

export function summaryTableRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const byBureau = itemsByBureau(content);
  // Made once, not once per bureau (that grew as bureaus × items).
  const docOf = new Map(content.items.map((d) => [d.data, d]));
  for (const doc of content.bureaus) {
    const summary = doc.data.source.summary;
    if (!summary) continue;
    const items = byBureau.get(doc.data.id) ?? [];
    const detailByCategory = groupBy(items, (item) => item.category);
    const entriesByCategory = groupBy(summary, (e) => e.category ?? '');
    const detailNamesByCategory = new Map([...detailByCategory].map(([category, detail]) => [category, new Set(detail.map(fullName).concat(detail.map((d) => comparableName(d.name))))]));
    // Per category, built when a name first misses the exact look-up: full names that may contain a
    // listed name; bare names a listed name may contain.
    const detailContainment = lazyPerKey((category: string) => {
      const detail = detailByCategory.get(category) ?? [];
      return { full: new NameContainment(detail.map(fullName)), bare: new NameContainment(detail.map((d) => comparableName(d.name))) };
    });
    summary.forEach((entry, i) => {
      const path = ['source', 'summary', i];
      if (entry.stated_count !== undefined && entry.stated_count !== entry.items.length)
        problems.push(warnAt(doc, [...path, 'stated_count'], 'SUMMARY_MISMATCH', `汇总表“${entry.category_label}”标注 ${entry.stated_count} 项，但其下列出 ${entry.items.length} 项 / summary category states ${entry.stated_count}, lists ${entry.items.length}`));
      if (!entry.category) {
        problems.push(warnAt(doc, [...path, 'category_label'], 'SUMMARY_MISMATCH', `汇总表中的类型“${entry.category_label}”不是已知的权力类型 / unknown category in the summary`));
        return;
      }
      const detail = detailByCategory.get(entry.category) ?? [];
      const sameCategoryEntries = entriesByCategory.get(entry.category)!;
      if (sameCategoryEntries[0] === entry) {
        const summaryCount = sameCategoryEntries.reduce((n, e) => n + Math.max(e.items.length, e.stated_count ?? 0), 0);
        if (summaryCount !== detail.length)
          problems.push(warnAt(doc, path, 'SUMMARY_MISMATCH', `汇总表中${entry.category}为 ${summaryCount} 项，明细中为 ${detail.length} 项 / summary lists ${summaryCount} ${entry.category} items, detail has ${detail.length}`));
      }
      const detailNames = detailNamesByCategory.get(entry.category) ?? new Set<string>();
      entry.items.forEach((listedItem, j) => {
        const name = comparableName(listedItem.name);
        const found = detailNames.has(name) || detailContainment(entry.category!).full.occursIn(name) || detailContainment(entry.category!).bare.containsOneOf(name);
        if (!found)
          problems.push(warnAt(doc, [...path, 'items', j, 'name'], 'SUMMARY_MISMATCH', `汇总表中的事项“${listedItem.name}”在明细的${entry.category}中找不到同名事项 / summary item not found in the detail`));
      });
    });
    const listedByCategory = new Map([...entriesByCategory].map(([category, entries]) => [category, entries.flatMap((e) => e.items.map((x) => comparableName(x.name)))]));
    const listedSets = new Map([...listedByCategory].map(([category, names]) => [category, new Set(names)]));
    const listedContainment = lazyPerKey((category: string) => new NameContainment(listedByCategory.get(category) ?? []));
    for (const item of items) {
      const entries = listedByCategory.get(item.category) ?? [];
      if (entries.length === 0) continue;
      const name = fullName(item);
      const found = listedSets.get(item.category)!.has(name) || listedContainment(item.category).containsOneOf(name) || listedContainment(item.category).occursIn(comparableName(item.name));
      if (!found) {
        const itemDoc = docOf.get(item)!;
        problems.push(warnAt(itemDoc, ['name'], 'SUMMARY_MISMATCH', `事项“${item.name}”不在原文汇总表的${item.category}中 / item missing from the document's summary table`));
      }
    }
  }
  return problems;
}
