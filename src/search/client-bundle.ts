/**
 * The search page's script, bundled once per build with esbuild (Astro's own bundler) and
 * served as scripts/search.js by src/pages/scripts/search.js.ts. Astro's processed scripts are
 * linked from the base path (/_assets/…), which breaks under an undeclared sub-path; this one is
 * linked relatively, like styles/site.css. The version is a hash of the bundle, appended to the
 * link so a new build is never served stale. The service-hall bundle's build
 * (QINGDAN_OFFLINE_SEARCH=1, set by scripts/bundle.ts) makes it a classic script, loaded after
 * the offline search data: browsers refuse module scripts from file://.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const ENTRY = join('src', 'scripts', 'search', 'search-page.ts');

/** The bundle's build: the search page loads the offline data and a classic script (npm run bundle). */
export const CLASSIC_SEARCH_SCRIPT = process.env.QINGDAN_OFFLINE_SEARCH === '1';

let cached: { code: string; version: string } | undefined;

export function searchScript(): { code: string; version: string } {
  if (!cached) {
    const result = buildSync({
      entryPoints: [join(process.cwd(), ENTRY)],
      bundle: true,
      format: CLASSIC_SEARCH_SCRIPT ? 'iife' : 'esm',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    cached = { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
  }
  return cached;
}
