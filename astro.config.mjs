// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// SITE_URL enables absolute URLs (canonical links, sitemap) when the deployment address is known;
// without it every link stays relative, so the same build works at / and under any sub-path.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  integrations: [mdx()],
  trailingSlash: 'ignore',
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  compressHTML: true,
});
