/**
 * Every internal link of the built site works — at /, under a portal column (/a/b/c/) with the
 * very same build, and in a build whose SITE_URL puts it under /a/b/c/ (where the 404 page's
 * links and the sitemap are checked too) — and a build made for opening from disk links files.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { crawl, linksOf, type CrawlResult } from '../helpers/crawl.ts';
import { pagePathOfFile, siteFiles } from '../helpers/site-files.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SITE_FIXTURE } from './site-fixture.ts';

const SITE_URL = 'https://www.example.gov.cn/a/b/c/';
let plainDir: string;
let portalDir: string;
let fileDir: string;
let realDir: string;

beforeAll(() => {
  realDir = buildSite({ content: 'content' });
  plainDir = buildSite({ content: SITE_FIXTURE });
  portalDir = buildSite({ content: SITE_FIXTURE, env: { SITE_URL } });
  fileDir = buildSite({ content: SITE_FIXTURE, env: { QINGDAN_INDEX_LINKS: '1' } });
});

/** Every HTML page of a build but the 404 page, as crawl addresses ('' for home). */
const builtPages = (dir: string) =>
  siteFiles(dir, '.html')
    .filter((f) => f !== '404.html')
    .map(pagePathOfFile)
    .sort();

/** No broken, escaping or dangling link; off-site only each page's own canonical address. */
function expectClean(result: CrawlResult, siteUrl?: string) {
  expect(result.broken).toEqual([]);
  expect(result.outside).toEqual([]);
  expect(result.missingFragments).toEqual([]);
  expect(result.external.filter((e) => e.href !== `${siteUrl}${e.from}`)).toEqual([]);
  if (siteUrl) expect(result.external.length).toBe(result.pages.length);
}

async function crawlAt(dir: string, prefix: string, start = ''): Promise<CrawlResult> {
  const server = await serveStatic(dir, prefix);
  try {
    return await crawl(server.url, server.url + start);
  } finally {
    await server.close();
  }
}

describe('a crawl of the whole site', () => {
  for (const prefix of ['/', '/a/b/c/']) {
    it(`finds no broken internal link and reaches every page, served at ${prefix}`, async () => {
      const result = await crawlAt(plainDir, prefix);
      expectClean(result);
      expect(result.pages).toEqual(builtPages(plainDir));
      for (const file of ['styles/site.css', 'scripts/reading-modes.js', 'data/all.json', 'data/all.csv', 'data/shifan.json', 'data/shifan.csv', 'data/yangli.json', 'data/yangli.csv'])
        expect(result.files).toContain(file);
    });
  }

  it('would report a broken link (the crawl checks what it claims)', async () => {
    // A copy of its own: the shared build stays intact for the other tests.
    const damaged = join(mkdtempSync(join(tmpdir(), 'qingdan-damaged-')), 'dist');
    cpSync(plainDir, damaged, { recursive: true });
    rmSync(join(damaged, 'shifan/cf-002'), { recursive: true });
    try {
      const result = await crawlAt(damaged, '/');
      expect(result.broken).toContainEqual({ from: 'shifan/', href: 'cf-002/', status: 404 });
    } finally {
      rmSync(dirname(damaged), { recursive: true, force: true });
    }
  });
});

describe('a crawl of the real lists (content/)', () => {
  for (const prefix of ['/', '/a/b/c/']) {
    it(`finds no broken internal link and reaches every page, served at ${prefix}`, async () => {
      const result = await crawlAt(realDir, prefix);
      expectClean(result);
      expect(result.pages).toEqual(builtPages(realDir));
      expect(result.pages.length).toBeGreaterThan(100);
    });
  }
});

describe('a build with SITE_URL under /a/b/c/', () => {
  it('has working links, also from the 404 page at any depth', async () => {
    const result = await crawlAt(portalDir, '/a/b/c/');
    expectClean(result, SITE_URL);
    expect(result.pages).toEqual(builtPages(portalDir));
    const fromMissing = await crawlAt(portalDir, '/a/b/c/', 'no/such/page/');
    // The start itself answers 404 (and is reported so); everything it links to works.
    expect(fromMissing.broken).toEqual([{ from: '(start)', href: expect.stringContaining('no/such/page/'), status: 404 }]);
    const server = await serveStatic(portalDir, '/a/b/c/');
    try {
      const html = await (await fetch(`${server.url}no/such/page/`)).text();
      const links = linksOf(html).filter((l) => !l.startsWith('#'));
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        expect(link.startsWith('/a/b/c/'), link).toBe(true);
        const status = (await fetch(new URL(link, server.url))).status;
        expect(status, link).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('writes a sitemap listing exactly the pages a reader can reach', async () => {
    // @astrojs/sitemap: sitemap-index.xml names the sitemap files, which list the pages.
    const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const files = locsOf(readFileSync(join(portalDir, 'sitemap-index.xml'), 'utf8'));
    expect(files.length).toBeGreaterThan(0);
    const locs = files.flatMap((url) => {
      expect(url.startsWith(SITE_URL), url).toBe(true);
      return locsOf(readFileSync(join(portalDir, url.slice(SITE_URL.length)), 'utf8'));
    });
    expect(locs.every((l) => l.startsWith(SITE_URL))).toBe(true);
    expect(locs.map((l) => l.slice(SITE_URL.length)).sort()).toEqual(builtPages(portalDir));
    const item = readFileSync(join(portalDir, 'shifan/cf-001/index.html'), 'utf8');
    expect(item).toContain(`<meta name="Url" content="${SITE_URL}shifan/cf-001/">`);
    expect(item).toContain('<meta name="SiteDomain" content="www.example.gov.cn">');
  });

  it('is the only build with a sitemap', () => {
    expect(siteFiles(plainDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(plainDir, 'index.html'), 'utf8')).not.toContain('name="Url"');
  });
});

describe('a build for opening from disk (QINGDAN_INDEX_LINKS=1)', () => {
  it('links every page by its index.html, and each link names an existing file', () => {
    for (const file of siteFiles(fileDir, '.html').filter((f) => f !== '404.html')) {
      const html = readFileSync(join(fileDir, file), 'utf8');
      for (const link of linksOf(html)) {
        if (/^(#|tel:|mailto:|https?:)/.test(link)) continue;
        const target = posix.normalize(posix.join(posix.dirname(file), link.replace(/[?#].*$/, '')));
        expect(existsSync(join(fileDir, target)) && statSync(join(fileDir, target)).isFile(), `${file} → ${link}`).toBe(true);
      }
    }
  });

  it('can be read in Chromium from file://, following links from page to page', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(fileDir, 'index.html')).href);
      // Each click only starts a navigation: wait for the next document before reading it.
      await Promise.all([page.waitForURL('**/shifan/index.html', { waitUntil: 'load' }), page.locator('main a', { hasText: '示范县医疗保障局' }).first().click()]);
      expect(await page.locator('h1').innerText()).toBe('示范县医疗保障局权责清单');
      await Promise.all([page.waitForURL(/\/shifan\/[a-z]+-\d{3}\/index\.html$/, { waitUntil: 'load' }), page.locator('.item-list a').first().click()]);
      expect(await page.locator('h1').innerText()).toBe('定点医药机构协议管理资格审核');
      expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(11, 61, 110)');
      await page.locator('button[data-mode="large-text"]').click();
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');
    } finally {
      await browser.close();
    }
  });
});
