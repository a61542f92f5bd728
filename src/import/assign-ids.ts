/**
 * Stable ids: category code + the item's ordinal within its category, in source order.
 * The ordinal does not come from the printed 序号 (missing or duplicated in some sources), so an
 * id never changes when a title or a 序号 is corrected.
 */
import { categoryCode } from '../content/categories.ts';
import type { Item } from '../content/item-schema.ts';
import type { ParsedItem } from './types.ts';

export function assignItemIds(items: ParsedItem[]): Item[] {
  const ordinals = new Map<string, number>();
  return items.map((item) => {
    const code = categoryCode(item.category).toLowerCase();
    const ordinal = (ordinals.get(code) ?? 0) + 1;
    ordinals.set(code, ordinal);
    return { id: `${code}-${String(ordinal).padStart(3, '0')}`, ...item };
  });
}
