/**
 * Page paths and relative links. Every link the site writes is relative to the page it is on,
 * so one build works at /, under any sub-path of a county portal, and from a copied folder.
 */
export const homePath = '';
export const bureauPath = (bureau: string) => `${bureau}/`;
export const categoryPath = (bureau: string, code: string) => `${bureau}/${code.toLowerCase()}/`;
export const itemPath = (bureau: string, id: string) => `${bureau}/${id}/`;
export const flowchartPath = (bureau: string, id: string) => `${bureau}/flowcharts/${id}/`;
/** The chart drawn from one item's own 运行流程 or 责任事项, beside its item page. */
export const itemFlowchartPath = (bureau: string, id: string) => `${bureau}/${id}/flowchart/`;
export const crossCategoryPath = (code: string) => `categories/${code.toLowerCase()}/`;

/** Relative href from the page at `from` (a directory path like 'a/b/') to `to`. */
export function relativeHref(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  const href = '../'.repeat(up) + (rest ? `${rest}/` : '');
  return href === '' ? './' : href;
}

/** The page path of an Astro URL pathname, without the deployment base. */
export function pagePathOf(pathname: string, base: string): string {
  const trimmedBase = base.replace(/\/$/, '');
  const path = pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) : pathname;
  return path.replace(/^\//, '').replace(/index\.html$/, '');
}
/** 调整记录 of a bureau (issue 15). */
export const historyPath = (bureau: string) => `${bureau}/history/`;
/** 依据索引 and one law's page. */
export const lawsPath = 'laws/';
export const lawPath = (slug: string) => `laws/${slug}/`;
/** The powers × bureaus matrix of a category. */
export const matrixPath = (code: string) => `categories/${code.toLowerCase()}/matrix/`;
