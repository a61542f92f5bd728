/**
 * npm run bundle, end to end: the zip is unzipped (fflate) and opened from file:// in Chromium
 * with the project's usual flags (nothing that relaxes file:// security). Every link from
 * index.html resolves to a file in the bundle; pages load with no failed or outside request;
 * the reading modes switch and are remembered; and the whole committed query set gives, through
 * the offline search page, the same results as the online search page of a build of the same
 * content — and meets the same quality rules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksOf } from '../helpers/crawl.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { QUERIES } from '../search/queries.ts';
import { expectQuality } from '../search/quality-checks.ts';
import { itemPages, measureQuery, type ItemPage } from '../search/search-harness.ts';

const CONTENT = 'content';

let work: string;
let bundleRoot: string;
let rootUrl: string;
let zipEntries: string[];
let online: SiteSession;
let page: Page;
let onlinePage: Page;
let pages: ItemPage[];

function runBundle(out: string, extra: string[] = []): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const result = spawnSync(process.execPath, ['scripts/bundle.ts', '--content', CONTENT, '--out', out, ...extra], { env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

function unzipInto(zipFile: string, dir: string): string[] {
  const files = unzipSync(readFileSync(zipFile));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return Object.keys(files);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'qingdan-bundle-test-'));
  const zipFile = join(work, 'hall.zip');
  const result = runBundle(zipFile);
  if (result.status !== 0) throw new Error(`npm run bundle failed:\n${result.output}`);
  expect(result.output).toMatch(/离线包：.*hall\.zip.*MB/);
  zipEntries = unzipInto(zipFile, join(work, 'unzipped'));
  const top = zipEntries[0]!.split('/')[0]!;
  bundleRoot = join(work, 'unzipped', top);
  rootUrl = pathToFileURL(bundleRoot).href + '/';
  online = await openSiteSession({ content: CONTENT });
  page = await (await online.browser.newContext()).newPage();
  onlinePage = await (await online.browser.newContext()).newPage();
  pages = itemPages(online.outDir, CONTENT);
});

afterAll(async () => {
  await online?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run bundle', () => {
  it('zips one folder with index.html, the offline search data and no Pagefind or 404 page', () => {
    const top = zipEntries[0]!.split('/')[0]!;
    expect(zipEntries.every((e) => e.startsWith(`${top}/`))).toBe(true);
    expect(zipEntries).toContain(`${top}/index.html`);
    expect(zipEntries).toContain(`${top}/scripts/search-data.js`);
    expect(zipEntries.filter((e) => e.includes('/pagefind/') || e.endsWith('/404.html'))).toEqual([]);
  });

  it('has every link from index.html resolve to a file of the bundle (0 broken)', () => {
    const seen = new Set<string>();
    const queue = [join(bundleRoot, 'index.html')];
    const broken: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!file.endsWith('.html')) continue;
      for (const link of linksOf(readFileSync(file, 'utf8'))) {
        if (/^(mailto|tel):/i.test(link) || link.startsWith('#') || link.startsWith('?')) continue;
        const target = new URL(link, pathToFileURL(file));
        if (target.protocol !== 'file:') {
          broken.push(`${file}: ${link} (not a file)`);
          continue;
        }
        const path = fileURLToPath(new URL(target.pathname, target));
        if (!path.startsWith(bundleRoot) || !existsSync(path) || !statSync(path).isFile()) broken.push(`${file.slice(bundleRoot.length)}: ${link}`);
        else queue.push(path);
      }
    }
    expect(broken).toEqual([]);
    // Every item page is reached.
    expect([...seen].filter((f) => /\/[a-z]+-\d{3}\/index\.html$/.test(f)).length).toBe(pages.length);
  });

  it('loads pages from file:// with their stylesheet and scripts, no failed request, no other host', async () => {
    const item = pages[0]!.path;
    for (const path of ['index.html', `${item.split('/')[0]}/index.html`, `${item}index.html`, `${item}flowchart/index.html`, 'search/index.html?q=医保']) {
      const failed: string[] = [];
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('request', (r) => void (r.url().startsWith('file:') || r.url().startsWith('data:') || outside.push(r.url())));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await page.goto(rootUrl + path);
      await page.waitForLoadState('load');
      // The stylesheet applied (the header's buttons are shown by the reading-mode script).
      expect(await page.locator('[data-reading-modes]').isVisible(), path).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).margin), path).toBe('0px');
      page.removeAllListeners('requestfailed');
      page.removeAllListeners('request');
      page.removeAllListeners('console');
      expect({ path, failed, outside, errors }).toEqual({ path, failed: [], outside: [], errors: [] });
    }
  });

  it('has no QR code (and no empty box for one) when built without SITE_URL', () => {
    const html = readFileSync(join(bundleRoot, pages[0]!.path, 'index.html'), 'utf8');
    expect(html).toContain('print-running-header');
    expect(html).not.toContain('qr-code');
    expect(html).not.toContain('item-print-head');
  });

  it('switches 长者模式 and 高对比度 from disk and remembers them on the next page', async () => {
    await page.goto(rootUrl + 'index.html');
    await page.click('button[data-mode="large-text"]');
    await page.click('button[data-mode="high-contrast"]');
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/mode-large-text.*mode-high-contrast|mode-high-contrast.*mode-large-text/);
    // Wait for the next page itself: the click only starts the navigation, and the mode script of
    // the new document runs from <head> while it loads.
    const bureau = pages[0]!.path.split('/')[0]!;
    await Promise.all([page.waitForURL(`**/${bureau}/index.html`, { waitUntil: 'load' }), page.click(`a[href="${bureau}/index.html"]`)]);
    expect(await page.evaluate(() => document.documentElement.classList.contains('mode-large-text') && document.documentElement.classList.contains('mode-high-contrast'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');
    await page.click('button[data-mode="large-text"]');
    await page.click('button[data-mode="high-contrast"]');
  });

  it('submits the header search box from disk to the offline search page', async () => {
    // The home page has its search box in the body; other pages fold theirs behind the header's 搜索.
    await page.goto(rootUrl + 'categories/index.html');
    await page.locator('.site-header summary').click();
    await page.fill('header input[name="q"]', '异地就医');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForFunction(() => ['complete', 'more'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''));
    expect(page.url()).toMatch(/\/search\/index\.html\?q=/);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });
});

describe('npm run bundle --bureau', () => {
  it('bundles only the bureaus asked for', () => {
    const zipFile = join(work, 'one.zip');
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    for (const key of Object.keys(env)) if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL'].includes(key)) delete env[key];
    const result = spawnSync(process.execPath, ['scripts/bundle.ts', '--content', 'tests/fixtures/site/content', '--bureau', 'yangli', '--out', zipFile], { env, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const entries = Object.keys(unzipSync(readFileSync(zipFile)));
    const top = entries[0]!.split('/')[0]!;
    expect(top).toMatch(/^qingdan-yangli-/);
    expect(entries).toContain(`${top}/yangli/index.html`);
    expect(entries.filter((e) => e.startsWith(`${top}/shifan/`))).toEqual([]);
  });

  it('refuses a bureau that does not exist, with a clear message and no zip', () => {
    const zipFile = join(work, 'none.zip');
    const result = runBundle(zipFile, ['--bureau', 'nosuch']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('没有名为 “nosuch” 的部门');
    expect(existsSync(zipFile)).toBe(false);
  });
});

describe('offline search gives the online results', () => {
  it.each(QUERIES.map((q) => [q.q, q] as const))('%s', async (_, query) => {
    const offline = await measureQuery(page, rootUrl, pages, query);
    const onlineReport = await measureQuery(onlinePage, online.server.url, pages, query);
    expect(new Set(offline.paths), query.q).toEqual(new Set(onlineReport.paths));
    expect(offline.status).toBe(onlineReport.status);
    expectQuality(offline, pages);
  });
});
