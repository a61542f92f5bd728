/**
 * The plan of a build made of parts (docs/building.md, "Parts"). Every page under `<bureau>/`
 * and the bureau's data files depend only on that bureau's folder, the code, and a few facts of
 * other bureaus its pages show (part-inputs.ts); they form the bureau's *part*, kept in a cache
 * under a key hashed from those inputs. scripts/build.ts writes the plan before Astro starts:
 * which bureaus Astro renders, which parts come from the cache, and whether the site is
 * published. Astro's pages (src/model/site-data.ts) and the site integration
 * (src/integrations/search-index.ts) read it through QINGDAN_PARTS_PLAN. Without a plan a build
 * renders every bureau and caches nothing: plain `astro build` stays a full build.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const PARTS_PLAN_ENV = 'QINGDAN_PARTS_PLAN';

export interface PlannedPart {
  bureau: string;
  /** Hash of everything the part's files are made from. */
  key: string;
  /** Taken from the cache (true) or rendered by this build (false). */
  cached: boolean;
}

export interface PartsPlan {
  /** The part cache folder (absolute). */
  cache: string;
  parts: PlannedPart[];
  /**
   * true: assemble the whole site (cached and rendered parts, shared pages, one search index).
   * false (`--bureau`): only render the named bureaus' parts into the cache.
   */
  publish: boolean;
  /** The address pages are published under (SITE_URL with --base applied), for the sitemap; absent without SITE_URL. */
  siteAddress?: string;
}

export function writePlan(file: string, plan: PartsPlan): void {
  writeFileSync(file, JSON.stringify(plan));
}

let read: { file: string; plan: PartsPlan } | undefined;

/** The plan of the running build, or undefined for a build without parts. */
export function currentPlan(): PartsPlan | undefined {
  const file = process.env[PARTS_PLAN_ENV];
  if (!file) return undefined;
  if (read?.file !== file) read = { file, plan: JSON.parse(readFileSync(file, 'utf8')) as PartsPlan };
  return read.plan;
}

/** Bureaus whose pages this build renders (undefined: all). */
export function bureausToRender(): Set<string> | undefined {
  const plan = currentPlan();
  return plan && new Set(plan.parts.filter((p) => !p.cached).map((p) => p.bureau));
}
