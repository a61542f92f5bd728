/**
 * The contacts an item page shows, taken from its bureau's 联系方式 (bureau.yaml) — never made up.
 *
 * A bureau may list service phones per kind of item: 项城 lists 0394-4662166 for
 * 「行政处罚、行政强制、行政检查类事项」 and 0394-4267309 for 「行政给付、行政确认、行政奖励、其他职权类事项」.
 * A phone serves an item when its 服务内容 names the item's category, or the category as the
 * list itself words it (项城's 其他职权 is the standard 其他行政权力), or names no category at all
 * (a general number). If that leaves none, every phone of the bureau is shown: the page never
 * hides a number the bureau published for want of a match.
 */
import type { Bureau } from '../content/bureau-schema.ts';
import { CATEGORIES } from '../content/categories.ts';
import type { Item } from '../content/item-schema.ts';

type Contacts = NonNullable<Bureau['contacts']>;
export type ServicePhone = NonNullable<Contacts['service_phones']>[number];

/** A plain number can be dialled from a phone; anything with 转 or several numbers stays text. */
export function dialable(number: string): boolean {
  return /^[0-9-]{5,20}$/.test(number);
}

const CATEGORY_WORDS = CATEGORIES.map((c) => c.name);

function namesACategory(serves: string): boolean {
  return CATEGORY_WORDS.some((name) => serves.includes(name));
}

/** The service phones that serve this item: those naming its category, else all of them. */
export function servicePhonesFor(contacts: Contacts | undefined, item: Pick<Item, 'category' | 'category_label'>): ServicePhone[] {
  const phones = contacts?.service_phones ?? [];
  const serving = phones.filter((p) => !namesACategory(p.serves) || p.serves.includes(item.category) || p.serves.includes(item.category_label));
  return serving.length ? serving : phones;
}
