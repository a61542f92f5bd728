/**
 * The site model: validated content arranged for pages — bureaus with their items in the
 * standard category order, the 统计表 counts, and each item's neighbours. Pages read only this.
 * It throws when content has errors: the build runs `npm run check` first, so a page never sees
 * invalid content.
 */
import { CATEGORIES, STANDARD_CATEGORY_NAMES, categoryCode, categoryRank, type CategoryName } from '../content/categories.ts';
import type { Bureau } from '../content/bureau-schema.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';
import { formatProblem } from '../validate/problem.ts';
import { validateContent } from '../validate/validate-content.ts';

export interface CategoryCount {
  category: CategoryName;
  code: string;
  count: number;
}

export interface BureauModel {
  bureau: Bureau;
  items: Item[];
  flowcharts: Flowchart[];
  /** Every standard category in the standard order (0 where none), then 行政备案 when used. */
  stats: CategoryCount[];
  total: number;
}

export interface SiteModel {
  bureaus: BureauModel[];
}

function ordinalOf(item: Item): number {
  return Number(item.id.split('-')[1]);
}

export function summaryTable(items: Item[]): CategoryCount[] {
  return CATEGORIES.filter((c) => (STANDARD_CATEGORY_NAMES as string[]).includes(c.name) || items.some((i) => i.category === c.name)).map((c) => ({
    category: c.name,
    code: c.code,
    count: items.filter((i) => i.category === c.name).length,
  }));
}

export function buildSiteModel(root: string, contentDir = 'content'): SiteModel {
  const result = validateContent(root, contentDir);
  if (result.errorCount > 0) {
    throw new Error(`内容有 ${result.errorCount} 个错误，请先运行 npm run check：\n${result.problems.filter((p) => p.level === 'error').map(formatProblem).join('\n')}`);
  }
  const bureaus = result.content.bureaus
    .map((doc) => doc.data)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((bureau) => {
      const items = result.content.items
        .map((doc) => doc.data)
        .filter((item) => item.bureau === bureau.id)
        .sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || ordinalOf(a) - ordinalOf(b));
      const flowcharts = result.content.flowcharts.map((doc) => doc.data).filter((c) => c.bureau === bureau.id).sort((a, b) => a.id.localeCompare(b.id));
      return { bureau, items, flowcharts, stats: summaryTable(items), total: items.length };
    });
  return { bureaus };
}

let cached: SiteModel | undefined;

/** The model of the project's content/, built once per process. */
export function siteModel(): SiteModel {
  cached ??= buildSiteModel(process.cwd(), process.env.QINGDAN_CONTENT_DIR ?? 'content');
  return cached;
}

export { categoryCode };
