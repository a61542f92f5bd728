/**
 * The search page in Chromium: deployed under a sub-path, read from its address, paged with
 * 显示更多, filtered, highlighted, accessible, within the site's Content-Security-Policy, with no
 * request to another host — and what it says without JavaScript or a web server. The site is
 * built from ~200 items synthesised from the site fixture, so results need more than one page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/layouts/csp.ts';
import { ITEM_PAGE_LABELS } from '../../src/search/field-excerpt.ts';
import { synthesizeContent } from '../../src/search/synth-content.ts';
import { axeViolations } from '../helpers/axe.ts';
import { watchContext, type PageWatch } from '../helpers/page-errors.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { runSearchPage, searchUrl } from './search-harness.ts';

const PREFIX = '/a/b/c/';

let work: string;
let bureaus: number;
let session: SiteSession;
let context: BrowserContext;
let watch: PageWatch;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'qingdan-search-page-'));
  bureaus = synthesizeContent('tests/fixtures/site/content', 200, join(work, 'content')).bureaus;
  session = await openSiteSession({ content: join(work, 'content') }, PREFIX);
  context = await session.browser.newContext();
  watch = await watchContext(context);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => ['complete', 'more', 'unavailable'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''), null, { timeout: 120_000 });
}

describe('search page under a sub-path', () => {
  it('reads the query from the address and lists every matching item as links inside <main>', async () => {
    const results = await runSearchPage(page, session.server.url, '医疗保障基金');
    expect(results.inMainOrderedList).toBe(true);
    expect(results.paths.length).toBeGreaterThan(20);
    expect(results.clicks).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('医疗保障基金');
    expect(await page.title()).toMatch(/^“医疗保障基金”的搜索结果/);
    // Every link is relative and leads to an item page that exists under the prefix.
    const hrefs = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => h.startsWith('../'))).toBe(true);
    const notFoundBefore = session.server.notFound.length;
    for (const path of results.paths.slice(0, 5)) expect((await page.request.get(`${session.server.url}${path}`)).status()).toBe(200);
    expect(session.server.notFound.slice(notFoundBefore)).toEqual([]);
  });

  it('shows 20 results first and moves focus to the first new one on 显示更多', async () => {
    await page.goto(searchUrl(session.server.url, '医疗保障基金'));
    await settle(page);
    expect(await page.locator('[data-search-results] > li').count()).toBe(20);
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 20);
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-search-results] > li')];
      return items.indexOf(document.activeElement?.closest('li') as Element);
    });
    expect(focused).toBe(20);
  });

  it('highlights the query in titles and excerpts with <mark>', async () => {
    await page.goto(searchUrl(session.server.url, '异地就医'));
    await settle(page);
    const marks = await page.$$eval('[data-search-results] mark', (m) => m.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['异地就医']));
  });

  it('takes each excerpt from the field that matched, with its label in front', async () => {
    await page.goto(searchUrl(session.server.url, '第八十四条'));
    await settle(page);
    const excerpts = await page.$$eval('[data-search-results] .search-result__excerpt', (ps) =>
      ps.map((p) => ({ label: p.querySelector('.search-result__field')?.textContent ?? '', text: p.textContent ?? '' })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const { label, text } of excerpts) {
      expect([...ITEM_PAGE_LABELS].map((l) => `${l}：`)).toContain(label);
      expect(text.startsWith(label)).toBe(true);
      expect(text).toContain('第八十四条');
      // No other field's label run into the passage.
      for (const other of ['基本要素', '职权名称', '行使主体', '监督方式']) expect(text.slice(label.length)).not.toContain(other);
    }
    expect(excerpts.some((e) => e.label === '依据：')).toBe(true);
  });

  it('filters by bureau and by category, and shows the filters chosen', async () => {
    const byBureau = await runSearchPage(page, session.server.url, '医疗保障', { bureau: 'shifan' });
    expect(byBureau.paths.length).toBeGreaterThan(0);
    expect(byBureau.paths.every((p) => p.startsWith('shifan/'))).toBe(true);
    expect(await page.inputValue('#search-bureau')).toBe('shifan');
    const byCategory = await runSearchPage(page, session.server.url, '医疗保障', { category: 'cf' });
    expect(byCategory.paths.length).toBeGreaterThan(1);
    expect(byCategory.paths.every((p) => /\/cf-\d{3}\/$/.test(p))).toBe(true);
    expect(await page.inputValue('#search-category')).toBe('cf');
  });

  it('brings the items an item number names first (处罚2: each bureau’s cf-002)', async () => {
    const results = await runSearchPage(page, session.server.url, '处罚2');
    const named = results.paths.filter((p) => p.endsWith('/cf-002/'));
    expect(named.length).toBeGreaterThan(1);
    expect(results.paths.slice(0, named.length)).toEqual(named);
    expect(results.status).toMatch(/事项编号/);
  });

  it('brings the item whose own code is typed first', async () => {
    const results = await runSearchPage(page, session.server.url, 'cf-0002');
    expect(results.paths[0]).toMatch(/^shifan\/cf-002\/$/);
  });

  it('has no accessibility violations with results on screen', async () => {
    await page.goto(searchUrl(session.server.url, '处罚'));
    await settle(page);
    const axeContext = await session.browser.newContext({ bypassCSP: true });
    const axePage = await axeContext.newPage();
    await axePage.goto(searchUrl(session.server.url, '处罚'));
    await settle(axePage);
    expect(await axeViolations(axePage)).toEqual([]);
    await axeContext.close();
  });

  it('kept to the site’s Content-Security-Policy and asked no other host, without errors', async () => {
    expect(watch.cspViolations).toEqual([]);
    expect(await watch.domViolations(page)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('search page without search', () => {
  it('says search needs JavaScript and links to every bureau’s list when JavaScript is off', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const p = await noScript.newPage();
    await p.goto(searchUrl(session.server.url, '医保'));
    expect(await p.isVisible('[data-search-unavailable]')).toBe(true);
    expect(await p.textContent('[data-search-unavailable]')).toMatch(/需要.*JavaScript/);
    const links = await p.$$eval('[data-search-unavailable] a', (a) => a.map((e) => e.getAttribute('href')));
    expect(links.length).toBe(bureaus);
    expect(links.every((h) => /^\.\.\/[a-z0-9-]+\/$/.test(h ?? ''))).toBe(true);
    expect(await p.isVisible('[data-search-section]')).toBe(false);
    await noScript.close();
  });

  it('keeps that message when opened from a file (Pagefind needs a web server)', async () => {
    const local = await session.browser.newContext();
    const p = await local.newPage();
    await p.goto(`${pathToFileURL(join(session.outDir, 'search', 'index.html')).href}?q=${encodeURIComponent('医保')}`);
    // Chromium refuses the module script from file:, or the script finds Pagefind unreachable.
    await p.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden && [undefined, 'unavailable'].includes(document.querySelector<HTMLElement>('[data-search-results]')!.dataset.state));
    expect(await p.isVisible('[data-search-unavailable]')).toBe(true);
    expect(await p.isVisible('[data-search-section]')).toBe(false);
    await local.close();
  });

  it('needs wasm-unsafe-eval when a server sends the policy as a header (the worker is then covered too)', async () => {
    const withHeader = async (policy: string) => {
      const ctx = await session.browser.newContext();
      await ctx.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      const p = await ctx.newPage();
      await p.goto(searchUrl(session.server.url, '医保'));
      await settle(p);
      const state = await p.evaluate(() => document.querySelector<HTMLElement>('[data-search-results]')!.dataset.state);
      await ctx.close();
      return state;
    };
    const without = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');
    expect(await withHeader(without)).toBe('unavailable');
    expect(await withHeader(without.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"))).not.toBe('unavailable');
  });
});
