// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cachedPageAddresses } from './src/build/parts/part-files.ts';
import { currentPlan } from './src/build/parts/plan.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE_URL (the address of the site's home page) enables absolute URLs (canonical links, portal Url
// meta, the sitemap: sitemap-index.xml and its sitemap-0.xml …) and makes its path the base, which only the 404 page's links use; without it
// every link stays relative, so the same build works at / and under any sub-path. --base overrides.
const siteUrl = process.env.SITE_URL || undefined;
const partsPlan = currentPlan();
export default defineConfig({
  site: siteUrl,
  base: siteUrl ? new URL(siteUrl).pathname : undefined,
  integrations: [
    mdx(),
    // @astrojs/sitemap needs absolute addresses, so only with SITE_URL. Only pages (addresses ending
    // in /, the site is built as folders): not data/*.json, scripts or styles; it leaves out 404 itself.
    // In a build made of parts (src/build/parts/), the pages of parts taken from the cache are not
    // rendered, so they are handed to the sitemap as custom pages (it sorts all addresses).
    ...(siteUrl ? [sitemap({ filter: (url) => url.endsWith('/'), customPages: partsPlan ? cachedPageAddresses(partsPlan) : [] })] : []),
    searchIndex(),
  ],
  trailingSlash: 'ignore',
  // concurrency 4: pages rendered at once. 1,000 synthetic items, 2 cores, alternated 1 2 4 (load 4–9):
  // wall median (range) 35.2 s (22.8–47.5) at 1, 25.8 s (17.4–28.7) at 2, 18.9 s (15.6–27.3) at 4; see docs/benchmarks/profile.md.
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  compressHTML: true,
});
