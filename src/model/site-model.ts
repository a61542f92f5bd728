/**
 * The site model: validated content arranged for pages — bureaus with their items in the
 * standard category order, the 统计表 counts, and each item's neighbours. A pure function of the
 * content collections (no files, no validation: the content loader has validated them), so it is
 * unit-testable with plain values. Pages get it from `siteModel()` in ./site-data.ts.
 */
import { CATEGORIES, STANDARD_CATEGORY_NAMES, categoryCode, categoryRank, type CategoryName } from '../content/categories.ts';
import type { Bureau } from '../content/bureau-schema.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';

export interface CategoryCount {
  category: CategoryName;
  code: string;
  count: number;
}

export interface BureauModel {
  bureau: Bureau;
  items: Item[];
  flowcharts: Flowchart[];
  /** Every standard category in the standard order (0 where none), then 行政备案 when used. */
  stats: CategoryCount[];
  total: number;
}

export interface SiteModel {
  bureaus: BureauModel[];
}

/** The three collections' data, in any order. */
export interface SiteContent {
  bureaus: readonly Bureau[];
  items: readonly Item[];
  flowcharts: readonly Flowchart[];
}

function ordinalOf(item: Item): number {
  return Number(item.id.split('-')[1]);
}

export function summaryTable(items: Item[]): CategoryCount[] {
  return CATEGORIES.filter((c) => (STANDARD_CATEGORY_NAMES as string[]).includes(c.name) || items.some((i) => i.category === c.name)).map((c) => ({
    category: c.name,
    code: c.code,
    count: items.filter((i) => i.category === c.name).length,
  }));
}

/** Values by their bureau, each list in the content's order. */
function byBureau<T extends { bureau: string }>(values: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const group = groups.get(value.bureau);
    if (group) group.push(value);
    else groups.set(value.bureau, [value]);
  }
  return groups;
}

/** Items and charts are grouped by bureau once: linear in the content, not bureaus × items. */
export function buildSiteModel(content: SiteContent): SiteModel {
  const itemsOf = byBureau(content.items);
  const chartsOf = byBureau(content.flowcharts);
  const bureaus = [...content.bureaus]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((bureau) => {
      const items = (itemsOf.get(bureau.id) ?? []).sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || ordinalOf(a) - ordinalOf(b));
      const flowcharts = (chartsOf.get(bureau.id) ?? []).sort((a, b) => a.id.localeCompare(b.id));
      return { bureau, items, flowcharts, stats: summaryTable(items), total: items.length };
    });
  return { bureaus };
}

export { categoryCode };
