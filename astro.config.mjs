// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// SITE_URL (the address of the site's home page) enables absolute URLs (canonical links, portal Url
// meta, sitemap.xml) and makes its path the base, which only the 404 page's links use; without it
// every link stays relative, so the same build works at / and under any sub-path. --base overrides.
const siteUrl = process.env.SITE_URL || undefined;
export default defineConfig({
  site: siteUrl,
  base: siteUrl ? new URL(siteUrl).pathname : undefined,
  integrations: [mdx(), sitemap(), searchIndex()],
  trailingSlash: 'ignore',
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  compressHTML: true,
});
