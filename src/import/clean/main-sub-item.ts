/**
 * 主项/子项 written into one 权力事项 cell (晋州), in several spellings:
 *
 *     基本医疗保险参保和变更登记（主项）--单位参保登记（子项）
 *     基本医疗保险参保和变更登记(主项)——城乡居民参保登记(子项)
 *     基本医疗保险参保和变更登记(主项)—职工参保登记                 ← no （子项） marker
 *     基本医疗保险参保信息查询和个人账户一次性支取（主项）-- 参保单位参保信息查询
 *     基本医疗保险参保和变更登记(单位参保登记(子项))                ← sub-item in brackets
 *
 * Only the literal （主项）/（子项） markers, the dash separator (-- —— —) and the brackets that
 * hold a bracketed sub-item are removed; the names themselves are kept as printed.
 */

export type MainSubForm = 'dashed' | 'bracketed';

export interface MainSubItem {
  name: string;
  subitem?: string;
  /** How the source wrote the pair, absent for a plain name. */
  form?: MainSubForm;
}

const DASHED = /^(.+?)\s*[（(]主项[）)]\s*(?:--|——|—|－－)\s*(.+?)\s*(?:[（(]子项[）)])?$/;
const BRACKETED = /^(.+?)[（(]([^（()）]+)[（(]子项[）)][）)]$/;

export function splitMainSubItem(text: string): MainSubItem {
  const dashed = DASHED.exec(text);
  if (dashed) return { name: dashed[1]!, subitem: dashed[2]!, form: 'dashed' };
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { name: bracketed[1]!, subitem: bracketed[2]!, form: 'bracketed' };
  return { name: text };
}
