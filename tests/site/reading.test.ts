/**
 * Reading comfort in Chromium: the reading modes (switchable, remembered, body ≥ 18 px in 长者模式),
 * every page type readable without JavaScript, no sideways scrolling from 320 px up, the folded
 * legal basis, print (A4, no chrome, whole basis, repeated table headers) and the screenshots
 * written to test-output/screenshots/ for review.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { PAGE_TYPES, SITE_FIXTURE } from './site-fixture.ts';

const SCREENSHOTS = 'test-output/screenshots';
let session: SiteSession;

beforeAll(async () => {
  session = await openSiteSession({ content: SITE_FIXTURE });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

const px = (value: string) => Number.parseFloat(value);
const bodyMetrics = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('main p, main dd') ?? document.body;
    const style = getComputedStyle(p);
    return { fontSize: style.fontSize, lineHeight: style.lineHeight, background: getComputedStyle(document.body).backgroundColor, classes: document.documentElement.className };
  });

describe('reading modes', () => {
  it('switch with the header buttons, are remembered, and size the text for elderly readers', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}shifan/cf-001/`);
    const large = page.locator('button[data-mode="large-text"]');
    const contrast = page.locator('button[data-mode="high-contrast"]');
    expect(await large.isVisible()).toBe(true);
    expect(await large.getAttribute('aria-pressed')).toBe('false');
    const normal = await bodyMetrics(page);
    expect(px(normal.fontSize)).toBe(16);

    await large.click();
    expect(await large.getAttribute('aria-pressed')).toBe('true');
    const enlarged = await bodyMetrics(page);
    expect(px(enlarged.fontSize)).toBeGreaterThanOrEqual(18);
    expect(px(enlarged.lineHeight) / px(enlarged.fontSize)).toBeGreaterThanOrEqual(1.5);

    await contrast.click();
    expect((await bodyMetrics(page)).background).toBe('rgb(0, 0, 0)');

    // Remembered on the next page and after a reload.
    await page.goto(`${session.server.url}shifan/`);
    const next = await bodyMetrics(page);
    expect(next.classes).toContain('mode-large-text');
    expect(next.classes).toContain('mode-high-contrast');
    expect(await page.locator('button[data-mode="large-text"]').getAttribute('aria-pressed')).toBe('true');

    await page.locator('button[data-mode="large-text"]').click();
    await page.locator('button[data-mode="high-contrast"]').click();
    await page.reload();
    const back = await bodyMetrics(page);
    expect(back.classes).toBe('');
    expect(back.background).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('keep every element of a page visible (modes restyle, never hide)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}shifan/xk-001/`);
    const visibleText = () => page.locator('main').innerText();
    const normal = await visibleText();
    await page.locator('button[data-mode="large-text"]').click();
    await page.locator('button[data-mode="high-contrast"]').click();
    expect(await visibleText()).toBe(normal);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches a visible skip link first, which moves focus to the main content, with a visible focus ring', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}shifan/cf-001/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const box = e.getBoundingClientRect();
      return { text: e.textContent, top: box.top, height: box.height };
    });
    expect(skip.text).toBe('跳到正文');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const style = getComputedStyle(e);
      return { inMain: Boolean(e.closest('main')), tag: e.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(ring).toEqual({ inMain: true, tag: 'A', outline: 'solid 3px' });
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('every page type shows its main content, and no mode button', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const type of PAGE_TYPES) {
      await page.goto(session.server.url + type.path);
      expect(await page.locator('h1').isVisible(), type.name).toBe(true);
      expect(await page.locator('h1').innerText()).toContain(type.heading);
      expect(await page.locator('[data-reading-modes]').isVisible(), type.name).toBe(false);
      expect((await page.locator('main').innerText()).length, type.name).toBeGreaterThan(20);
    }
    await page.goto(`${session.server.url}shifan/cf-001/`);
    for (const selector of ['.basis', 'ol.stages', 'ol.cases', '[data-flowchart-section]', 'dl.fields']) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    await page.goto(`${session.server.url}shifan/`);
    expect(await page.locator('table.stats').isVisible()).toBe(true);
    await context.close();
  });
});

describe('layout', () => {
  it('never scrolls sideways, from 320 px to desktop', async () => {
    for (const width of [320, 375, 768, 1280]) {
      const context = await session.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const type of PAGE_TYPES) {
        await page.goto(session.server.url + type.path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${type.name} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  it('folds a long legal basis on a phone, unfolds it by the link, and keeps it whole on a desktop', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}shifan/cf-001/`);
    const basis = page.locator('.basis');
    const folded = await basis.evaluate((e) => ({ shown: e.clientHeight, full: e.scrollHeight }));
    expect(folded.shown).toBeLessThan(folded.full / 2);
    await page.locator('a.basis-more').click();
    const open = await basis.evaluate((e) => ({ shown: e.clientHeight, full: e.scrollHeight }));
    expect(open.shown).toBe(open.full);
    expect(await page.locator('a.basis-more').isVisible()).toBe(false);
    // A short basis is never folded.
    await page.goto(`${session.server.url}shifan/cf-002/`);
    expect(await page.locator('a.basis-more').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.server.url}shifan/cf-001/`);
    expect(await basis.evaluate((e) => e.clientHeight === e.scrollHeight)).toBe(true);
    expect(await page.locator('a.basis-more').isVisible()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  it('drops navigation chrome, prints the whole basis and repeats table headers', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    // Large text and high contrast on screen must not reach paper.
    await context.addInitScript(() => {
      localStorage.setItem('qingdan-mode-large-text', 'on');
      localStorage.setItem('qingdan-mode-high-contrast', 'on');
    });
    await page.goto(`${session.server.url}shifan/cf-001/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.breadcrumbs', '.site-footer', '.pager', '.skip-link', 'a.basis-more'])
      expect(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), selector).toBe('none');
    expect(await page.locator('.basis').evaluate((e) => e.clientHeight === e.scrollHeight)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.goto(`${session.server.url}shifan/xk-001/`);
    expect(await page.locator('table.process thead').evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
    await context.close();
  });

  it('fits an item on one A4 sheet where its length allows', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const sheets: Record<string, number> = {};
    for (const path of ['shifan/xk-001/', 'shifan/cf-002/', 'shifan/cf-001/']) {
      await page.goto(session.server.url + path);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(SCREENSHOTS, `print-${path.replace(/\//g, '_')}.pdf`), pdf);
      // The item's flowchart prints after its text, from a new sheet, one sheet per page window
      // (issue 9); the text's own sheets are the rest.
      const chartSheets = Number((await page.locator('.item-print-chart .fc-print').getAttribute('data-print-windows')) ?? 0);
      sheets[path] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length - chartSheets;
    }
    expect(sheets['shifan/xk-001/']).toBe(1);
    expect(sheets['shifan/cf-002/']).toBe(1);
    // The longest fixture item (a 500-character basis, eight stages, five cases) takes two at most.
    expect(sheets['shifan/cf-001/']).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('screenshots for review', () => {
  it('are written for every page type at 375 px and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const context = await session.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const type of PAGE_TYPES) {
        await page.goto(session.server.url + type.path);
        const file = join(SCREENSHOTS, `${type.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size, file).toBeGreaterThan(10_000);
      }
      await context.close();
    }
  });
});
