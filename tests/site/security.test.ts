/**
 * Security of the built site: everything content says is rendered as text (an injection fixture
 * proves it), no inline script, style or handler anywhere, a CSP that the site satisfies in
 * Chromium, and no request to any host but the one serving the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { watchContext } from '../helpers/page-errors.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { PAGE_TYPES, SITE_FIXTURE, XSS_FIXTURE } from './site-fixture.ts';

let browser: Browser;
let siteDir: string;
let xssDir: string;
let site: StaticServer;
let xss: StaticServer;

beforeAll(async () => {
  siteDir = buildSite({ content: SITE_FIXTURE });
  xssDir = buildSite({ content: XSS_FIXTURE });
  site = await serveStatic(siteDir);
  xss = await serveStatic(xssDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await xss?.close();
});

interface MarkupReport {
  scripts: { src: string | null; text: string }[];
  styleElements: number;
  styleAttributes: string[];
  handlerAttributes: string[];
  tags: string[];
  javascriptUrls: string[];
  /** <svg> elements that are not the flowchart renderer's (class flowchart or flowchart-page). */
  foreignSvgs: string[];
  /** Every tag used inside the renderer's SVGs. */
  svgTags: string[];
}

/** What the flowchart renderer (src/flowchart/render-svg.ts, page-windows.ts) writes, and nothing else. */
const RENDERER_SVG_TAGS = ['svg', 'title', 'desc', 'g', 'rect', 'polygon', 'path', 'text', 'use'];

/** Parses HTML as the browser does (DOMParser runs no script) and reports what is live markup. */
function inspectMarkup(page: Page, html: string): Promise<MarkupReport> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const all = [...doc.querySelectorAll('*')];
    return {
      scripts: [...doc.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), text: s.textContent ?? '' })),
      styleElements: doc.querySelectorAll('style').length,
      styleAttributes: all.filter((e) => e.hasAttribute('style')).map((e) => e.outerHTML.slice(0, 80)),
      handlerAttributes: all.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
      javascriptUrls: all.flatMap((e) => [...e.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${e.tagName} ${a.name}`)),
      foreignSvgs: [...doc.querySelectorAll('svg')].filter((e) => !['flowchart', 'flowchart-page'].includes(e.getAttribute('class') ?? '')).map((e) => e.outerHTML.slice(0, 80)),
      svgTags: [...new Set([...doc.querySelectorAll('svg, svg *')].map((e) => e.tagName))],
    };
  }, html);
}

describe('markup of every built page', () => {
  it('has no inline script, <style>, style attribute or inline handler', async () => {
    const page = await browser.newPage();
    const files = siteFiles(siteDir, '.html');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const report = await inspectMarkup(page, readFileSync(join(siteDir, file), 'utf8'));
      expect(report.scripts.length, file).toBeGreaterThan(0);
      for (const script of report.scripts) {
        // The reading modes on every page; the search script on the search page only.
        const allowed = file === 'search/index.html' ? /scripts\/(reading-modes\.js|search\.js\?v=[0-9a-f]+)$/ : /scripts\/reading-modes\.js$/;
        expect(script.src, file).toMatch(allowed);
        expect(script.text.trim(), file).toBe('');
      }
      expect(report.styleElements, file).toBe(0);
      expect(report.styleAttributes, file).toEqual([]);
      expect(report.handlerAttributes, file).toEqual([]);
    }
    await page.close();
  });
});

describe('content injection', () => {
  it('renders <script>, onerror and friends in content as text, in every page of the fixture', async () => {
    const page = await browser.newPage();
    const files = siteFiles(xssDir, '.html');
    for (const file of files) {
      const report = await inspectMarkup(page, readFileSync(join(xssDir, file), 'utf8'));
      const expected = [expect.stringMatching(/scripts\/reading-modes\.js$/), ...(file === 'search/index.html' ? [expect.stringMatching(/scripts\/search\.js\?v=[0-9a-f]+$/)] : [])];
      expect(report.scripts.map((s) => s.src), file).toEqual(expected);
      expect(report.handlerAttributes, file).toEqual([]);
      expect(report.javascriptUrls, file).toEqual([]);
      for (const tag of ['img', 'iframe', 'style', 'b', 'object', 'embed']) expect(report.tags, `${file} <${tag}>`).not.toContain(tag);
      // The only SVG is the flowchart renderer's, made of its own elements (content's <svg onload> is text).
      expect(report.foreignSvgs, file).toEqual([]);
      for (const tag of report.svgTags) expect(RENDERER_SVG_TAGS, `${file} <${tag}> in an SVG`).toContain(tag);
    }
    await page.close();
  });

  it('shows the injected text literally and runs none of it in Chromium', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ['', 'evil/', 'evil/cf/', 'evil/cf-001/', 'evil/cf-001/flowchart/', 'evil/flowcharts/evil-chart/', 'categories/cf/']) {
      await page.goto(xss.url + path);
      await page.mouse.move(10, 10);
      await page.locator('main').hover();
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), path).toBeUndefined();
    }
    await page.goto(`${xss.url}evil/cf-001/`);
    const main = await page.locator('main').innerText();
    expect(main).toContain("处罚事项<script>window.__xss = 'item-name'</script>");
    expect(main).toContain('<img src=x onerror="window.__xss=\'duty\'">');
    expect(main).toContain('<style>body{display:none}</style>县级');
    expect(await page.title()).toContain("<script>window.__xss = 'item-name'</script>");
    // In the flowcharts too: node text, titles and outline are text.
    await page.goto(`${xss.url}evil/flowcharts/evil-chart/`);
    expect(await page.locator('svg.flowchart title').textContent()).toBe("流程图<script>window.__xss = 'chart-title'</script>");
    // (Wrapped into lines; the spaces at line breaks are dropped.)
    expect((await page.locator('svg.flowchart .fc-node text').allTextContents()).join('').replace(/\s/g, '')).toBe('<imgsrc=xonerror="window.__xss=\'node\'">');
    expect(await page.locator('ol.fc-outline').innerText()).toContain('<img src=x onerror="window.__xss=\'node\'">');
    await page.goto(`${xss.url}evil/cf-001/flowchart/`);
    const stage = await page.locator('svg.flowchart [data-node-id="s1"] text:not(.fc-detail)').allTextContents();
    expect(stage.join('').replace(/\s/g, '')).toBe("<script>window.__xss='process-stage'</script>");
    expect(await page.locator('svg.flowchart').count()).toBe(1);
    await page.goto(`${xss.url}evil/`);
    // A javascript: source address is shown, never linked.
    expect(await page.locator('main').innerText()).toContain("网址：javascript:window.__xss='source-url'");
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('Content-Security-Policy in Chromium', () => {
  it('reports no violation on any page type, with the reading modes switched on and off', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context);
    const page = await context.newPage();
    for (const type of PAGE_TYPES) {
      await page.goto(site.url + type.path);
      await page.locator('button[data-mode="large-text"]').click();
      await page.locator('button[data-mode="high-contrast"]').click();
      await page.reload();
      await page.locator('button[data-mode="large-text"]').click();
      await page.locator('button[data-mode="high-contrast"]').click();
      expect(await watch.domViolations(page), type.name).toEqual([]);
    }
    expect(watch.cspViolations).toEqual([]);
    // The watch does see a violation when there is one: an inline script is refused.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect.poll(() => watch.domViolations(page)).toEqual([expect.stringContaining('script-src')]);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await context.close();
  });

  it('sends no request to any host but 127.0.0.1', async () => {
    site.notFound.length = 0;
    const context = await browser.newContext();
    const watch = await watchContext(context);
    const page = await context.newPage();
    for (const type of PAGE_TYPES) {
      await page.goto(site.url + type.path);
      await page.emulateMedia({ media: 'print' });
      await page.emulateMedia({ media: 'screen' });
    }
    expect(watch.foreignRequests).toEqual([]);
    // Nor a missing file here (a favicon, say): only the 404 page's own address is missing.
    expect(site.notFound).toEqual(['/no-such-page/']);
    // A request elsewhere would be caught (and blocked).
    await page.goto('http://example.invalid/').catch(() => undefined);
    expect(watch.foreignRequests).toEqual(['http://example.invalid/']);
    await context.close();
  });
});
