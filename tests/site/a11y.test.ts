/**
 * axe-core, WCAG 2.1 A and AA rules, on every page type in the normal, 长者 (large text) and
 * high-contrast modes, at phone and desktop widths. Modes are set the way a returning reader
 * has them: remembered in localStorage before the page loads, at 320, 375 and 1280 px. The real lists (content/) are
 * checked too, on a sample of each page type per bureau.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossCategories } from '../../src/components/site-pages.ts';
import { categoryCode } from '../../src/content/categories.ts';
import { bureauPath, categoryPath, crossCategoryPath, flowchartPath, itemFlowchartPath, itemPath } from '../../src/model/paths.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite } from '../helpers/build-site.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { PAGE_TYPES, SITE_FIXTURE } from './site-fixture.ts';

let session: SiteSession;
let realDir: string;
let real: StaticServer;

beforeAll(async () => {
  session = await openSiteSession({ content: SITE_FIXTURE });
  realDir = buildSite({ content: 'content' });
  real = await serveStatic(realDir);
});

afterAll(async () => {
  await session?.close();
  await real?.close();
});

const MODES: { name: string; storage: string[] }[] = [
  { name: 'normal', storage: [] },
  { name: 'large-text', storage: ['large-text'] },
  { name: 'high-contrast', storage: ['high-contrast'] },
];

async function contextFor(storage: string[], width: number): Promise<BrowserContext> {
  const context = await session.browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
  await context.addInitScript((modes) => {
    for (const mode of modes) localStorage.setItem(`qingdan-mode-${mode}`, 'on');
  }, storage);
  return context;
}

describe('axe-core finds no WCAG 2.1 A/AA violation', () => {
  for (const mode of MODES) {
    for (const width of [320, 375, 1280]) {
      it(`in ${mode.name} mode at ${width} px`, async () => {
        const context = await contextFor(mode.storage, width);
        const page = await context.newPage();
        for (const type of PAGE_TYPES) {
          await page.goto(session.server.url + type.path);
          for (const m of MODES.slice(1)) expect(await page.evaluate((c) => document.documentElement.classList.contains(c), `mode-${m.name}`)).toBe(mode.name === m.name);
          expect(await axeViolations(page), `${type.name} (${mode.name}, ${width}px)`).toEqual([]);
        }
        await context.close();
      });
    }
  }

  it('on the real lists: home, every bureau, its first item, category and charts, every cross-bureau page', async () => {
    const model = siteModelOfFolder(process.cwd(), 'content');
    const paths = [
      '',
      'categories/',
      // Written for any content (a bureau staff just added may have no item, or none with a procedure yet).
      ...model.bureaus.flatMap((b) => [bureauPath(b.bureau.id), ...b.items.slice(0, 1).flatMap((i) => [itemPath(b.bureau.id, i.id), categoryPath(b.bureau.id, categoryCode(i.category))])]),
      // Chart pages: each bureau's first item chart and first shared chart (项城's 行政处罚一般程序, the largest).
      ...model.bureaus.flatMap((b) => [...b.items.filter((i) => i.process ?? i.duties).slice(0, 1).map((i) => itemFlowchartPath(b.bureau.id, i.id)), ...b.flowcharts.slice(0, 1).map((c) => flowchartPath(b.bureau.id, c.id))]),
      ...crossCategories(model).map((c) => crossCategoryPath(c.code)),
    ];
    const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(real.url + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('and does report a violation when there is one (the check works)', async () => {
    const context = await contextFor([], 1280);
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('html-has-lang');
    await context.close();
  });
});
