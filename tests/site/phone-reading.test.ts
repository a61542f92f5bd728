/**
 * Reading on a phone, in 长者模式, in 高对比度 and with forced colours (issue 13), in Chromium:
 * the header's height at 320/375/1280 px in each mode, every button's contrast against its own
 * background and against what surrounds it, buttons that stay buttons under forced colours, one
 * search form a page, item pages that show no text block twice, tel: links chosen by category,
 * and the maintainers' provenance folded and left out of print. Measured heights are printed.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryCode } from '../../src/content/categories.ts';
import { bureauPath, categoryPath, flowchartPath, itemFlowchartPath, itemPath } from '../../src/model/paths.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';
import { ITEM_PAGE_LABELS } from '../../src/search/field-excerpt.ts';
import { axeViolations } from '../helpers/axe.ts';
import { buildSite } from '../helpers/build-site.ts';
import { sharedImportedLists } from '../helpers/imported-lists.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { PAGE_TYPES, SITE_FIXTURE } from './site-fixture.ts';

// The real lists as imported from seeds/ (not content/, which staff edit): the facts asserted
// below (项城's phones per category, its 20 items that print stage texts twice …) are the documents'.
const SAMPLE = sharedImportedLists();
const SAMPLE_CONTENT = join(SAMPLE, 'content');

let session: SiteSession;
let realDir: string;
let real: StaticServer;

beforeAll(async () => {
  session = await openSiteSession({ content: SITE_FIXTURE });
  realDir = buildSite({ content: SAMPLE_CONTENT });
  real = await serveStatic(realDir);
});

// The real build is left in place: builds may be shared between test files (made once a run).
afterAll(async () => {
  await session?.close();
  await real?.close();
});

const MODES = [
  { name: 'normal', storage: [] as string[] },
  { name: '长者模式', storage: ['large-text'] },
  { name: '高对比度', storage: ['high-contrast'] },
];

async function contextFor(browser: Browser, storage: string[], width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 740 } });
  await context.addInitScript((modes) => {
    for (const mode of modes) localStorage.setItem(`qingdan-mode-${mode}`, 'on');
  }, storage);
  return context;
}

describe('header', () => {
  // The limits: one compact row, ≤ 64 px at 375 px in the normal mode, ≤ 96 px in 长者模式.
  const LIMIT: Record<string, number> = { normal: 64, 长者模式: 96, 高对比度: 64 };

  it('stays within 64 px (96 px in 长者模式) at 320, 375 and 1280 px', async () => {
    const measured: string[] = [];
    for (const mode of MODES) {
      for (const width of [320, 375, 1280]) {
        const context = await contextFor(session.browser, mode.storage, width);
        const page = await context.newPage();
        await page.goto(`${session.server.url}shifan/cf-001/`);
        expect(await page.locator('[data-reading-modes]').isVisible()).toBe(true);
        const height = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
        measured.push(`${mode.name} ${width}px: ${Math.round(height)} px`);
        expect(height, `${mode.name} at ${width}px`).toBeLessThanOrEqual(LIMIT[mode.name]!);
        // Every control is a 44 px target, inside the header.
        for (const box of await page.locator('.site-header .header-button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
          expect(box.height, `${mode.name} at ${width}px`).toBeGreaterThanOrEqual(44);
        await context.close();
      }
    }
    console.log(`header heights: ${measured.join('; ')}`);
  });

  it('folds the search box behind a labelled 搜索 control that works without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}shifan/cf-001/`);
    const toggle = page.locator('.site-header summary');
    expect(await toggle.innerText()).toContain('搜索');
    expect(await page.locator('#site-search-q').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    expect(await page.locator('label[for="site-search-q"]').innerText()).toBe('搜索事项');
    await page.locator('#site-search-q').fill('异地就医');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=异地就医');
    await context.close();
  });

  it('passes axe with the search box unfolded, in every mode', async () => {
    for (const mode of MODES) {
      const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 740 } });
      await context.addInitScript((modes) => {
        for (const m of modes) localStorage.setItem(`qingdan-mode-${m}`, 'on');
      }, mode.storage);
      const page = await context.newPage();
      await page.goto(`${session.server.url}shifan/cf-001/`);
      await page.locator('.site-header summary').click();
      expect(await page.locator('#site-search-q').isVisible()).toBe(true);
      expect(await axeViolations(page), mode.name).toEqual([]);
      await context.close();
    }
  });

  it('leaves one search form on the search page and on the home page', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    for (const path of ['search/', '']) {
      await page.goto(session.server.url + path);
      expect(await page.locator('form[role="search"]').count(), path || 'home').toBe(1);
      expect(await page.locator('.site-header form, .site-header summary').count(), path || 'home').toBe(0);
      expect(await page.locator('main form[role="search"]').isVisible(), path || 'home').toBe(true);
    }
    await context.close();
  });
});

/** In the page: WCAG contrast ratios of every visible button (and the header's 搜索 summary) against its own fill and its surroundings. */
function buttonContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (value: string): [number, number, number, number] => {
      const parts = value.match(/[\d.]+/g)!.map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    const fill = (e: Element | null): string => {
      for (let at = e; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (rgb(bg)[3] > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    return [...document.querySelectorAll('button, .header-button, .button')]
      .filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().width > 0)
      .map((e) => {
        const style = getComputedStyle(e);
        const own = fill(e);
        const around = fill(e.parentElement);
        const border = Number.parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? style.borderTopColor : own;
        return {
          name: (e.textContent ?? '').trim(),
          /** Text against the button's own fill. */
          text: ratio(style.color, own),
          /** The button's edge (fill or border, whichever stands out more) against what surrounds it. */
          edge: Math.max(ratio(own, around), ratio(border, around)),
          border: Number.parseFloat(style.borderTopWidth),
        };
      });
  });
}

describe('buttons', () => {
  it('have text at 4.5:1 on their own fill and an edge at 3:1 against their surroundings, in every mode', async () => {
    for (const mode of MODES) {
      for (const width of [375, 1280]) {
        const context = await contextFor(session.browser, mode.storage, width);
        const page = await context.newPage();
        const seen = new Set<string>();
        for (const path of [...PAGE_TYPES.map((t) => t.path), 'search/']) {
          await page.goto(session.server.url + path);
          // The search page's 显示更多 shows only with results; its style is what is checked.
          await page.evaluate(() => document.querySelector('[data-search-more]')?.removeAttribute('hidden'));
          const open = page.locator('.site-header summary');
          if (await open.count()) await open.click();
          for (const button of await buttonContrasts(page)) {
            seen.add(button.name);
            expect(button.text, `${button.name} on ${path || 'home'} (${mode.name}, ${width}px)`).toBeGreaterThanOrEqual(4.5);
            expect(button.edge, `${button.name} on ${path || 'home'} (${mode.name}, ${width}px)`).toBeGreaterThanOrEqual(3);
          }
        }
        for (const name of ['搜索', '查找', '显示更多']) expect([...seen].some((s) => s.includes(name)), `${name} (${mode.name})`).toBe(true);
        expect([...seen].some((s) => s.includes('长者模式'))).toBe(true);
        await context.close();
      }
    }
  });

  it('keep a visible border under forced colours (Windows high-contrast themes)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    for (const path of ['shifan/cf-001/', 'search/', '']) {
      await page.goto(session.server.url + path);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await page.evaluate(() => document.querySelector('[data-search-more]')?.removeAttribute('hidden'));
      const buttons = await buttonContrasts(page);
      expect(buttons.length).toBeGreaterThan(1);
      for (const button of buttons) {
        expect(button.border, `${button.name} on ${path || 'home'}`).toBeGreaterThanOrEqual(1);
        expect(button.edge, `${button.name} on ${path || 'home'}`).toBeGreaterThanOrEqual(3);
        expect(button.text, `${button.name} on ${path || 'home'}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // A pressed toggle differs from an unpressed one by more than its check mark.
    await page.goto(`${session.server.url}shifan/cf-001/`);
    await page.locator('button[data-mode="large-text"]').click();
    const fills = await page.locator('[data-reading-modes] button').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(fills[0]).not.toBe(fills[1]);
    await context.close();
  });
});

/** How often a text (whitespace ignored) is a whole string of the item's content. */
function occurrences(value: unknown, text: string): number {
  if (typeof value === 'string') return value.replace(/\s+/g, '') === text ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + occurrences(v, text), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + occurrences(v, text), 0);
  return 0;
}

describe('item pages', () => {
  // Every item of the real lists, one test per bureau.
  const model = siteModelOfFolder(SAMPLE, 'content');
  const mergedPages: string[] = [];
  for (const bureau of model.bureaus) {
    it(`show no text block twice (责任事项 and 运行流程 merged): every item of ${bureau.bureau.id}`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      for (const item of bureau.items) {
        await page.goto(real.url + itemPath(bureau.bureau.id, item.id));
        const blocks = await page.locator('article').evaluate((article) =>
          [...article.querySelectorAll('p, li, td, dd')]
            // Innermost blocks only, as the reader sees them (folded or hidden text is not on screen).
            .filter((e) => !e.querySelector('p, li, td, dd'))
            // innerText of an element that is not rendered (print-only, folded) is its whole text: skip those.
            .filter((e) => (e as HTMLElement).checkVisibility())
            .map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ''))
            .filter((text) => text.length >= 12),
        );
        // A text the list itself prints in two fields (晋州 qt-008 has one sentence as a duty and a
        // case) may show twice; otherwise a block shows as often as the duties view or the process
        // view of the steps holds it — never both.
        const twice = [...new Set(blocks.filter((text, i) => blocks.indexOf(text) !== i))].filter((text) => {
          const shown = blocks.filter((b) => b === text).length;
          const allowed = Math.max(occurrences({ ...item, duties: undefined }, text), occurrences({ ...item, process: undefined }, text));
          return shown > allowed;
        });
        expect(twice, itemPath(bureau.bureau.id, item.id)).toEqual([]);
        if (await page.locator('#process', { hasText: '运行流程与责任事项' }).count()) mergedPages.push(itemPath(bureau.bureau.id, item.id));
      }
      await context.close();
    });
  }

  it('merge the two views on 项城\'s 20 items that print the same stage texts twice', () => {
    expect(mergedPages.filter((p) => p.startsWith('xiangcheng/')).length).toBeGreaterThanOrEqual(20);
  });

  it('show only labels the search excerpts know (src/search/field-excerpt.ts)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    for (const path of ['xiangcheng/gf-001/', 'xiangcheng/cf-001/', 'jinzhou/qt-008/', 'tianshui/cf-001/']) {
      await page.goto(real.url + path);
      const labels = await page.locator('article section > h2, article dl.fields dt').allTextContents();
      for (const label of labels) expect([...ITEM_PAGE_LABELS], `${label} on ${path}`).toContain(label.trim());
    }
    await context.close();
  });

  it('start with 「本页内容」 jump links to every section, then the seven elements', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${real.url}xiangcheng/gf-001/`);
    const links = await page.locator('nav.page-contents a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const headings = await page.locator('article section > h2[id]').evaluateAll((els) => els.map((e) => `#${e.id}`));
    expect(links).toEqual(headings);
    expect(links[0]).toBe('#elements');
    expect(await page.locator('#elements ~ dl.fields > div > dt').allInnerTexts()).toEqual(['职权名称', '编码', '类型', '依据', '行使主体', '流程图', '监督方式']);
    await page.locator('nav.page-contents a[href="#process"]').click();
    expect(await page.locator('#process').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeLessThan(40);
    await context.close();
  });

  it('give complaint and consultation phones as tel: links, chosen by category, and the 受理地点', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const phones = () => page.locator('dt:text-is("咨询电话") + dd li').allInnerTexts();
    // 项城 lists one number for 行政处罚、行政强制、行政检查 and another for 行政给付、行政确认、行政奖励、其他职权.
    await page.goto(`${real.url}xiangcheng/gf-001/`);
    expect(await page.locator('dt:text-is("监督方式") + dd a[href^="tel:"]').getAttribute('href')).toBe('tel:0394-4662166');
    expect(await phones()).toEqual(['0394-4267309（行政给付、行政确认、行政奖励、其他职权类事项）']);
    expect(await page.locator('dt:text-is("咨询电话") + dd a').getAttribute('href')).toBe('tel:0394-4267309');
    expect(await page.locator('dt:text-is("受理地点") + dd').innerText()).toBe('项城市人民路市委办公楼B座602室');
    await page.goto(`${real.url}xiangcheng/cf-001/`);
    expect(await phones()).toEqual(['0394-4662166（行政处罚、行政强制、行政检查类事项）']);
    // 其他行政权力, worded 其他职权 in 项城's list.
    await page.goto(`${real.url}xiangcheng/qt-001/`);
    expect(await phones()).toEqual(['0394-4267309（行政给付、行政确认、行政奖励、其他职权类事项）']);
    // A bureau that lists no contacts gets none made up.
    await page.goto(`${real.url}tianshui/${siteModelOfFolder(SAMPLE, 'content').bureaus.find((b) => b.bureau.id === 'tianshui')!.items[0]!.id}/`);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await page.locator('dt:text-is("咨询电话")').count()).toBe(0);
    // A number that names no category (the fixture's 医疗保障待遇及其他事项) serves every item.
    await page.goto(`${session.server.url}shifan/cf-001/`);
    expect(await phones()).toEqual(['0000-1234567（行政许可、行政处罚类事项）', '0000-1234568（医疗保障待遇及其他事项）']);
    await context.close();
  });

  it('fold the source file and lines, show the version and date instead, and print neither fold nor jump links', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${real.url}xiangcheng/gf-001/`);
    const note = page.locator('.source-note');
    expect(await note.innerText()).toContain('2022-03-05');
    expect(await note.innerText()).toContain('项编办〔2022〕27号');
    expect(await note.innerText()).not.toContain('seeds/');
    await page.locator('.source-note summary').click();
    expect(await note.innerText()).toContain('seeds/003_cae92fea1141363e.txt');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.source-note details', 'nav.page-contents']) expect(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), selector).toBe('none');
    await context.close();
  });
});

describe('charts', () => {
  // Every chart page of the real lists, in batches of at most 10 pages a test: at 375 px in the
  // normal mode and in 长者模式 (switched by its button), and at 1280 px after a resize.
  const model = siteModelOfFolder(SAMPLE, 'content');
  const allPaths = model.bureaus.flatMap((bureau) => [
    ...bureau.flowcharts.map((c) => flowchartPath(bureau.bureau.id, c.id)),
    ...bureau.items.filter((i) => i.process ?? i.duties).map((i) => itemFlowchartPath(bureau.bureau.id, i.id)),
  ]);
  const overflowCounts: string[] = [];
  for (let from = 0; from < allPaths.length; from += 10) {
    const paths = allPaths.slice(from, from + 10);
    it(`show the 「可左右滑动」 hint exactly where the chart overflows its box: ${paths[0]} …`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const check = async (path: string, setting: string) => {
        const figure = await page.locator('main .fc-figure').first().evaluate(
          (e) =>
            new Promise<{ overflows: boolean; hint: boolean }>((done) =>
              // After the next frame: the script re-measures on resize in an animation frame.
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const box = e.querySelector('.fc-screen')!;
                  const hint = e.querySelector('.fc-scroll-hint');
                  done({ overflows: box.scrollWidth > box.clientWidth + 1, hint: hint !== null && (hint as HTMLElement).offsetParent !== null });
                }),
              ),
            ),
        );
        expect(figure.hint, `${path} (${setting})`).toBe(figure.overflows);
        return figure.overflows ? 1 : 0;
      };
      const overflowing = { phone: 0, large: 0, desktop: 0 };
      for (const path of paths) {
        await page.setViewportSize({ width: 375, height: 740 });
        await page.goto(real.url + path);
        overflowing.phone += await check(path, 'normal, 375px');
        await page.locator('button[data-mode="large-text"]').click();
        overflowing.large += await check(path, '长者模式, 375px');
        await page.locator('button[data-mode="large-text"]').click();
        await page.setViewportSize({ width: 1280, height: 740 });
        overflowing.desktop += await check(path, 'normal, 1280px');
      }
      overflowCounts.push(`${paths[0]} … ${paths.length} charts: ${overflowing.phone} overflow at 375 px, ${overflowing.large} in 长者模式, ${overflowing.desktop} at 1280 px`);
      await context.close();
    });
  }

  it('overflow on some phones and not on others (the check above has both cases)', () => {
    console.log(`charts that overflow (and show the hint): ${overflowCounts.join('; ')}`);
    const phone = overflowCounts.reduce((n, line) => n + Number(/(\d+) overflow at 375/.exec(line)![1]), 0);
    expect(overflowCounts.length).toBe(Math.ceil(allPaths.length / 10));
    expect(phone).toBeGreaterThan(0);
    expect(phone).toBeLessThan(allPaths.length);
  });

  it('give each shared chart a tap away at full size: its own SVG file, at the chart\'s size', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const chart = model.bureaus.find((b) => b.bureau.id === 'xiangcheng')!.flowcharts.find((c) => c.id === 'cf-general')!;
    await page.goto(real.url + flowchartPath('xiangcheng', chart.id));
    const box = await page.locator('main .fc-screen svg').evaluate((svg) => ({ width: Number(svg.getAttribute('width')), shown: svg.parentElement!.clientWidth }));
    expect(box.width).toBeGreaterThan(box.shown);
    const link = page.locator('main a', { hasText: '单独打开本图' });
    expect(await link.getAttribute('href')).toBe('chart.svg');
    const [response] = await Promise.all([page.waitForEvent('response'), link.click()]);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    await page.waitForURL(/chart\.svg$/);
    const full = await page.evaluate(() => ({ root: document.documentElement.localName, width: document.documentElement.getBoundingClientRect().width, text: document.documentElement.textContent ?? '' }));
    expect(full.root).toBe('svg');
    expect(full.width).toBe(box.width);
    expect(full.text).toContain(chart.nodes[0]!.text.slice(0, 4));
    await context.close();
  });

  it('put the step list before the chart on a phone and after it on a desktop', async () => {
    for (const path of [`${real.url}xiangcheng/flowcharts/qz-enforcement/`, `${session.server.url}shifan/xk-001/flowchart/`]) {
      for (const width of [375, 1280]) {
        const context = await session.browser.newContext({ viewport: { width, height: 740 } });
        const page = await context.newPage();
        await page.goto(path);
        const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
        const [steps, chart] = [await top('#steps'), await top('main .fc-figure')];
        if (width === 375) expect(steps, `${path} at ${width}px`).toBeLessThan(chart);
        else expect(chart, `${path} at ${width}px`).toBeLessThan(steps);
        await context.close();
      }
    }
  });

  it('re-measure when the reading mode changes, and put the editorial note after the chart, out of print', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${real.url}xiangcheng/flowcharts/${siteModelOfFolder(SAMPLE, 'content').bureaus.find((b) => b.bureau.id === 'xiangcheng')!.flowcharts[0]!.id}/`);
    const order = await page.locator('article').evaluate((a) => {
      const figure = a.querySelector('.fc-figure')!;
      const note = a.querySelector('.fc-note')!;
      return Boolean(figure.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    expect(await page.locator('details.fc-evidence').getAttribute('open')).toBeNull();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.fc-note', '.source-note details']) expect(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), selector).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    // A small item chart fits a phone in the normal mode, and overflows once 长者模式 enlarges it.
    await page.goto(`${session.server.url}shifan/xk-001/flowchart/`);
    const hint = page.locator('main .fc-scroll-hint');
    const fits = await page.locator('main .fc-screen').evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
    expect(await hint.isVisible()).toBe(!fits);
    await page.locator('button[data-mode="large-text"]').click();
    const overflowsNow = await page.locator('main .fc-screen').evaluate((e) => e.scrollWidth > e.clientWidth + 1);
    expect(await hint.isVisible()).toBe(overflowsNow);
    await context.close();
  });
});

describe('lists', () => {
  it('leave out 子项 and 编码 where a table has none, and keep one compact row per item on a phone', async () => {
    const model = siteModelOfFolder(SAMPLE, 'content');
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const dropped = new Set<string>();
    for (const bureau of model.bureaus) {
      for (const category of [...new Set(bureau.items.map((i) => i.category))]) {
        const items = bureau.items.filter((i) => i.category === category);
        await page.goto(real.url + categoryPath(bureau.bureau.id, categoryCode(category)));
        const headers = await page.locator('table.items thead th').allTextContents();
        const expected = ['序号', '事项名称', '子项', '编码'].filter(
          (h) => h === '事项名称' || (h === '序号' ? items.some((i) => i.number) : h === '子项' ? items.some((i) => i.subitem) : items.some((i) => i.code || i.subitem_code)),
        );
        expect(headers, categoryPath(bureau.bureau.id, categoryCode(category))).toEqual(expected);
        for (const h of ['子项', '编码']) if (!headers.includes(h)) dropped.add(`${bureau.bureau.id} ${h}`);
        const rows = await page.locator('table.items tbody tr').evaluateAll((trs) =>
          trs.map((tr) => {
            const name = tr.querySelector('td.row-name')!.getBoundingClientRect();
            const rest = [...tr.querySelectorAll('td:not(.row-name)')].filter((td) => (td as HTMLElement).offsetParent !== null).map((td) => td.getBoundingClientRect());
            return { nameFirst: rest.every((r) => r.top >= name.bottom - 1), smallLines: new Set(rest.map((r) => Math.round(r.top))).size, labelOnName: getComputedStyle(tr.querySelector('td.row-name')!, '::before').content };
          }),
        );
        for (const row of rows) {
          expect(row.nameFirst).toBe(true);
          expect(row.smallLines).toBeLessThanOrEqual(2);
          expect(row.labelOnName).toBe('none');
        }
      }
    }
    // Whole bureaus list no codes (晋州) — the column is gone rather than empty.
    expect(dropped.has('jinzhou 编码')).toBe(true);
    await context.close();
  });

  it('lists 项城 shared charts in the list own order (一、二、三、四)', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(real.url + bureauPath('xiangcheng'));
    const titles = await page.locator('#flowcharts ~ .fc-shared a').allTextContents();
    expect(titles.filter((t) => /^[一二三四]、/.test(t)).map((t) => t[0])).toEqual(['一', '二', '三', '四']);
    await context.close();
  });
});
