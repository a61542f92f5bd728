/**
 * What pages exist besides the model itself: the categories a bureau uses (one page each) and
 * the categories any bureau uses (one cross-bureau page each). Names that a bureau id must not
 * take because the site's own folders use them are checked here, at build time.
 */
import { CATEGORIES, type CategoryName } from '../content/categories.ts';
import type { Item } from '../content/item-schema.ts';
import type { BureauModel, SiteModel } from '../model/site-model.ts';

export interface CategoryGroup {
  category: CategoryName;
  code: string;
  items: Item[];
}

/** The bureau's items grouped by category, in the standard order, only categories it uses. */
export function categoryGroups(model: BureauModel): CategoryGroup[] {
  return model.stats.filter((row) => row.count > 0).map((row) => ({ category: row.category, code: row.code, items: model.items.filter((i) => i.category === row.category) }));
}

export interface CrossCategory {
  category: CategoryName;
  code: string;
  bureaus: { model: BureauModel; items: Item[] }[];
  total: number;
}

/** Every category some bureau uses, with each such bureau's items, in the standard order. */
export function crossCategories(site: SiteModel): CrossCategory[] {
  return CATEGORIES.map((c) => {
    const bureaus = site.bureaus.map((model) => ({ model, items: model.items.filter((i) => i.category === c.name) })).filter((b) => b.items.length > 0);
    return { category: c.name, code: c.code, bureaus, total: bureaus.reduce((n, b) => n + b.items.length, 0) };
  }).filter((c) => c.total > 0);
}
