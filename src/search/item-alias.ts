/**
 * Item numbers typed as a query: 处罚5 means the 5th 行政处罚 item of a bureau — the item whose id
 * is cf-005, the 5th in the bureau's 行政处罚 list on the site. The number is the item's ordinal
 * in its category (the id), not the 序号 printed in the source list (those restart, skip or run
 * across a whole province: 天水's first 行政处罚 is printed as 4160). Accepted forms, after
 * normalisation (normalize.ts): 处罚5, 处罚05, 行政处罚5, 处罚第5项, 处罚第五项, cf5, cf-005, cf005.
 * Every bureau has a 处罚5, so the query brings each bureau's cf-005 first; a bureau filter leaves one.
 */
import { CATEGORIES } from '../content/categories.ts';

/** The short name users type for each category: 许可, 处罚 … and 其他 for 其他行政权力. */
export const CATEGORY_SHORT_NAMES: Record<string, string> = Object.fromEntries(
  CATEGORIES.map((c) => [c.code.toLowerCase(), c.name === '其他行政权力' ? '其他' : c.name.replace(/^行政/, '')]),
);

const SHORT_TO_CODE = new Map(Object.entries(CATEGORY_SHORT_NAMES).map(([code, short]) => [short, code]));
const DIGITS = '零一二三四五六七八九';

/** 1–999 written in Chinese numerals (五, 十二, 一百零五), or undefined. */
export function parseChineseNumber(text: string): number | undefined {
  if (!/^[零一二三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const c of text) {
    const d = DIGITS.indexOf(c);
    if (d >= 0) digit = d;
    else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      total += digit * 100;
      digit = 0;
    }
  }
  total += digit;
  return total > 0 && total < 1000 ? total : undefined;
}

const CHINESE_FORM = new RegExp(`^(?:行政)?(${[...SHORT_TO_CODE.keys()].join('|')})(?:行政权力|权力)?第?([0-9]{1,3}|[零一二三四五六七八九十百]{1,5})项?$`);
const LATIN_FORM = /^(xk|cf|qz|zs|gf|jc|qr|jl|cj|qt|ba)[-_]?([0-9]{1,3})$/;

/** The item id (cf-005) an item-number query names, or undefined. `term` is normalised. */
export function itemIdOfQuery(term: string): string | undefined {
  const chinese = term.match(CHINESE_FORM);
  if (chinese) {
    const n = /^[0-9]+$/.test(chinese[2]!) ? Number(chinese[2]) : parseChineseNumber(chinese[2]!);
    const code = SHORT_TO_CODE.get(chinese[1]!);
    if (!n || !code) return undefined;
    return `${code}-${String(n).padStart(3, '0')}`;
  }
  const latin = term.match(LATIN_FORM);
  if (latin && Number(latin[2]) > 0) return `${latin[1]}-${latin[2]!.padStart(3, '0')}`;
  return undefined;
}

/** The index term naming an item id: an ASCII word no text term can equal (see tokens.ts). */
export function itemIdTerm(id: string): string {
  return `k${id.replace('-', '')}`;
}
