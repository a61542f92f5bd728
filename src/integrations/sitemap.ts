/**
 * sitemap.xml, written after the build when SITE_URL is configured (a sitemap needs absolute
 * addresses; without SITE_URL there is none). It lists every HTML page Astro built — including
 * pages other modules add — except the 404 page. Written here rather than with @astrojs/sitemap
 * to keep the dependency list short; the output is the plain sitemaps.org format.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page paths as Astro reports them ('', 'shifan/', 'shifan/cf-001/'); files such as data/all.json are not pages. */
export function sitemapXml(site: string, base: string, pathnames: string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pages = pathnames
    .map((p) => p.replace(/^\//, ''))
    .filter((p) => (p === '' || p.endsWith('/') || !/\.[a-z0-9]+$/i.test(p)) && !/^404\/?$/.test(p))
    .map((p) => (p === '' || p.endsWith('/') ? p : `${p}/`))
    .sort();
  const urls = [...new Set(pages)].map((p) => `  <url><loc>${escapeXml(new URL(root + p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'qingdan-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) {
          logger.info('SITE_URL 未设置，不生成 sitemap.xml / no SITE_URL, no sitemap');
          return;
        }
        const xml = sitemapXml(site, base, pages.map((p) => p.pathname));
        writeFileSync(new URL('sitemap.xml', dir), xml);
        logger.info(`sitemap.xml: ${xml.split('<url>').length - 1} 个页面 / pages`);
      },
    },
  };
}
