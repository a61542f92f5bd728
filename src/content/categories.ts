/**
 * 权力类型 (categories of administrative power).
 *
 * The ten standard categories plus 行政备案, in the order a 统计表 lists them. Each has a stable
 * ASCII code used in ids and URLs (the short codes of provincial platforms; BA for 行政备案).
 * The seeds spell "other" five ways; every spelling maps to 其他行政权力 and the source's own
 * label is kept beside it in the item (category_label).
 */
export const CATEGORIES = [
  { name: '行政许可', code: 'XK' },
  { name: '行政处罚', code: 'CF' },
  { name: '行政强制', code: 'QZ' },
  { name: '行政征收', code: 'ZS' },
  { name: '行政给付', code: 'GF' },
  { name: '行政检查', code: 'JC' },
  { name: '行政确认', code: 'QR' },
  { name: '行政奖励', code: 'JL' },
  { name: '行政裁决', code: 'CJ' },
  { name: '其他行政权力', code: 'QT' },
  { name: '行政备案', code: 'BA' },
] as const;

export type CategoryName = (typeof CATEGORIES)[number]['name'];
export type CategoryCode = (typeof CATEGORIES)[number]['code'];

/** The ten categories every 统计表 lists, with 0 where a bureau has none. */
export const STANDARD_CATEGORY_NAMES = CATEGORIES.filter((c) => c.code !== 'BA').map((c) => c.name);

export const CATEGORY_NAMES = CATEGORIES.map((c) => c.name) as [CategoryName, ...CategoryName[]];

/** Source labels that mean a standard category but are spelled differently. */
const LABEL_ALIASES: Record<string, CategoryName> = {
  其他权力: '其他行政权力',
  其他类: '其他行政权力',
  其他行政职权: '其他行政权力',
  其他职权: '其他行政权力',
};

/** Standard category for a source label, or undefined when the label is not one we know. */
export function normalizeCategoryLabel(label: string): CategoryName | undefined {
  const trimmed = label.replace(/\s+/g, '');
  if ((CATEGORY_NAMES as string[]).includes(trimmed)) return trimmed as CategoryName;
  return LABEL_ALIASES[trimmed];
}

export function categoryCode(name: CategoryName): CategoryCode {
  const found = CATEGORIES.find((c) => c.name === name);
  if (!found) throw new Error(`unknown category ${name}`);
  return found.code;
}

export function categoryByCode(code: string): CategoryName | undefined {
  return CATEGORIES.find((c) => c.code === code.toUpperCase())?.name;
}

/** Position in the standard order, for sorting. */
export function categoryRank(name: CategoryName): number {
  return CATEGORY_NAMES.indexOf(name);
}
