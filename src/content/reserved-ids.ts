/**
 * Names the site itself uses at its top level (pages, data, scripts, the search index …). A
 * bureau's id is its folder in the built site, so a bureau may not be called any of these;
 * validation reports it (BUREAU_ID_RESERVED). tests/validate/reserved-ids.test.ts fails when a
 * new top-level page or public/ folder is missing here.
 */
export const RESERVED_BUREAU_IDS = ['categories', 'laws', 'data', 'styles', 'scripts', '_assets', 'pagefind', 'search', 'flowcharts', '404', 'all'] as const;

export function isReservedBureauId(id: string): boolean {
  return (RESERVED_BUREAU_IDS as readonly string[]).includes(id);
}
