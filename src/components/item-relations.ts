/**
 * What an item page shows of other bureaus (ItemRelations.astro): the same power elsewhere, best
 * match first, at most SHOWN of them, and how many more. The only facts of other bureaus a bureau's
 * pages carry, so they are also part of what its cached part is keyed by (src/build/parts/part-inputs.ts).
 */
import { confidenceLabel, sameElsewhere } from '../align/site-alignment.ts';
import type { Item } from '../content/item-schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { bureauShortName } from './bureau-names.ts';
import { itemTitle } from './format.ts';

/** Matches shown; a power listed by hundreds of bureaus is compared in full on the matrix page. */
export const SHOWN = 10;

export interface ElsewhereEntry {
  bureau: string;
  bureauName: string;
  id: string;
  title: string;
  confidence: string;
}

export function elsewhereOf(site: SiteModel, item: Item): { shown: ElsewhereEntry[]; more: number } {
  const all = sameElsewhere(site, item);
  return {
    shown: all.slice(0, SHOWN).map(({ other, confidence }) => ({ bureau: other.bureau, bureauName: bureauShortName(site, other.bureau), id: other.id, title: itemTitle(other), confidence: confidenceLabel(confidence) })),
    more: Math.max(0, all.length - SHOWN),
  };
}
