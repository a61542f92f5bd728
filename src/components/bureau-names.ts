/**
 * A bureau's short name by id, for pages that name other bureaus (an item's matches elsewhere,
 * the items citing a law). The look-up table is made once per site model, not searched per name:
 * with hundreds of bureaus, a search per name on every item page grew as bureaus × items.
 */
import type { SiteModel } from '../model/site-model.ts';

const tables = new WeakMap<SiteModel, Map<string, string>>();

/** The bureau's short_name; its id when the site has no such bureau. */
export function bureauShortName(site: SiteModel, id: string): string {
  let table = tables.get(site);
  if (!table) tables.set(site, (table = new Map(site.bureaus.map((b) => [b.bureau.id, b.bureau.short_name]))));
  return table.get(id) ?? id;
}
