/**
 * The flowcharts of the real lists (content/) on the built site: every item page and every chart
 * page shows its chart (checked in the built HTML), no layout code reaches the site, the largest
 * chart prints in Chromium on as many A4 sheets as it has page windows with every node whole and
 * its text at 7 pt or more (read back from the PDF with pdftotext), and screenshots of that chart
 * page at 375 and 1280 px go to test-output/screenshots/ for review.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsOfChart } from '../../src/components/flowchart-drawings.ts';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { chartForItem } from '../../src/flowchart/item-chart.ts';
import { outlineSteps, procedureOutline } from '../../src/flowchart/outline.ts';
import { drawForSheet, MIN_PRINT_TEXT_PT, type SheetDrawing } from '../../src/flowchart/print-sheet.ts';
import { flowchartPath, itemFlowchartPath, itemPath } from '../../src/model/paths.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = 'test-output/screenshots';
let siteDir: string;
let server: StaticServer;
let browser: Browser;
let model: SiteModel;

beforeAll(async () => {
  model = siteModelOfFolder(process.cwd(), 'content');
  siteDir = buildSite({ content: 'content' });
  server = await serveStatic(siteDir);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageHtml = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The page shows the chart: an <svg role="img"> for it whose nodes are the chart's, in order, with
 * its title as the accessible name, no style attribute, and the same steps as a list.
 */
function expectChartOn(html: string, chart: DrawableChart, where: string): void {
  const svgs = [...html.matchAll(/<svg\b[^>]*class="flowchart"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  expect(svgs, where).toHaveLength(1);
  const svg = svgs[0]!;
  expect(svg, where).toMatch(/^<svg[^>]*\srole="img"/);
  expect(svg, where).toContain(`data-chart-id="${chart.id}"`);
  expect(svg, where).not.toMatch(/\sstyle=/);
  expect(decode(/<title[^>]*>([^<]*)<\/title>/.exec(svg)![1]!), where).toBe(chart.title);
  expect([...svg.matchAll(/<g class="fc-node[^"]*" data-node-id="([^"]+)"/g)].map((m) => m[1]), where).toEqual(chart.nodes.map((n) => n.id));
  const listed = [...html.matchAll(/<span class="fc-step">([^<]*)<\/span>/g)].map((m) => decode(m[1]!));
  expect(listed, where).toEqual(outlineSteps(procedureOutline(chart)).map((s) => s.text));
}

describe('the real lists’ flowcharts in the built HTML', () => {
  it('show each item’s chart on its item page and its chart page, or say that the list gives no procedure', () => {
    let drawn = 0;
    const without: string[] = [];
    for (const { bureau, items } of model.bureaus) {
      for (const item of items) {
        const where = `${bureau.id}/${item.id}`;
        const html = pageHtml(itemPath(bureau.id, item.id));
        const chart = chartForItem(item, bureau);
        if (!chart) {
          without.push(where);
          expect(html, where).toContain('原清单未列本事项的运行流程和责任事项，没有可据以绘制流程图的办理环节。');
          expect(html, where).not.toContain('class="flowchart"');
          expect(existsSync(join(siteDir, itemFlowchartPath(bureau.id, item.id))), where).toBe(false);
          continue;
        }
        expectChartOn(html, chart, where);
        expect(html, where).toContain('<a href="flowchart/">打开流程图页面');
        const page = pageHtml(itemFlowchartPath(bureau.id, item.id));
        expectChartOn(page, chart, `${where}/flowchart`);
        expect(page, where).toMatch(/\sdata-pagefind-body[\s>=]/);
        expect(page, where).toContain('class="fc-print"');
        drawn++;
      }
    }
    // Generic, so that editing content/ keeps this green: charts were drawn, and exactly the
    // items with neither 运行流程 nor 责任事项 (in the shipped lists, 襄都's 异地就医备案) have none.
    expect(drawn).toBeGreaterThan(0);
    const procedureless = model.bureaus.flatMap(({ bureau, items }) => items.filter((i) => !i.process && !i.duties).map((i) => `${bureau.id}/${i.id}`));
    expect(without).toEqual(procedureless);
  });

  it('give each shared chart a page listing the items it governs, each of which links back', () => {
    const shared = model.bureaus.flatMap((b) => b.flowcharts.map((chart) => ({ b, chart })));
    expect(shared.length).toBe(model.bureaus.reduce((n, b) => n + b.flowcharts.length, 0));
    for (const { b, chart } of shared) {
      const where = flowchartPath(b.bureau.id, chart.id);
      const html = pageHtml(where);
      expectChartOn(html, chart, where);
      expect(html, where).toMatch(/\sdata-pagefind-body[\s>=]/);
      // Branch labels are drawn, and the reconstruction is stated.
      const labels = chart.edges.filter((e) => e.label).length;
      expect(html.match(/<g class="fc-label"/g)?.length ?? 0, where).toBe(labels);
      const inferred = chart.edges.filter((e) => e.inferred).length;
      if (inferred > 0) expect(html, where).toContain(`图中 ${chart.edges.length} 条连线有 ${inferred} 条是整理时依据原文内容推断的`);
      expect(html.match(/<tr data-inferred=/g)?.length, where).toBe(chart.edges.length);
      const governed = itemsOfChart(chart, b.items);
      expect(governed.length, where).toBeGreaterThan(0);
      for (const item of governed) {
        expect(html, where).toContain(`href="../../${item.id}/"`);
        expect(pageHtml(itemPath(b.bureau.id, item.id)), item.id).toContain(`href="../flowcharts/${chart.id}/"`);
      }
      expect(pageHtml(b.bureau.id), where).toContain(`href="flowcharts/${chart.id}/"`);
    }
  });

  it('are drawn at build time: no layout code (elkjs) anywhere in the site', () => {
    // The marker is really in elkjs (so its absence below means something).
    const elk = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
    expect(readFileSync(elk, 'utf8')).toContain('org.eclipse.elk');
    const files = siteFiles(siteDir);
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      if (/\.(png|wasm|pf_\w+)$/.test(file)) continue;
      const text = readFileSync(join(siteDir, file), 'latin1');
      expect(/org\.eclipse\.elk|elkjs/.test(text), file).toBe(false);
    }
  });
});

/** Every chart of the real lists; the largest has the most nodes, then the tallest drawing. */
async function largestChart(): Promise<{ path: string; chart: DrawableChart; drawing: SheetDrawing }> {
  const candidates = model.bureaus.flatMap((b) => [
    ...b.flowcharts.map((chart) => ({ path: flowchartPath(b.bureau.id, chart.id), chart: chart as DrawableChart })),
    ...b.items.flatMap((item) => {
      const chart = chartForItem(item, b.bureau);
      return chart ? [{ path: itemFlowchartPath(b.bureau.id, item.id), chart }] : [];
    }),
  ]);
  const most = Math.max(...candidates.map((c) => c.chart.nodes.length));
  const drawn = await Promise.all(candidates.filter((c) => c.chart.nodes.length === most).map(async (c) => ({ ...c, drawing: await drawForSheet(c.chart) })));
  return drawn.sort((a, b) => b.drawing.layout.height - a.drawing.layout.height)[0]!;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function pdfText(file: string, page: number, mode: '-raw' | '-bbox'): string {
  const result = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), mode, file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext: ${result.stderr}`);
  return result.stdout;
}

/** Words of a page with their heights in pt (pdftotext -bbox). */
function pdfWords(file: string, page: number): { text: string; height: number }[] {
  return [...pdfText(file, page, '-bbox').matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: decode(m[3]!),
    height: Number(m[2]) - Number(m[1]),
  }));
}

describe('printing the largest chart (Chromium, A4)', () => {
  it('takes one sheet per page window, with every node whole on its sheet and text of at least 7 pt', async () => {
    const { path, chart, drawing } = await largestChart();
    const { layout, print } = drawing;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + path);
    // The page was built with the same windows as computed here.
    expect(Number(await page.locator('.fc-print').getAttribute('data-print-windows'))).toBe(print.windows.length);
    expect(print.windows.length, `${chart.id} is taller than one sheet`).toBeGreaterThan(1);
    const file = join(SCREENSHOTS, 'print-flowchart-largest.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await context.close();

    // Every sheet carries its page number (第 x 页 / 共 y 页, print.css), which is not the sheet's text.
    const sheetText = (n: number) => squeeze(pdfText(file, n, '-raw')).replace(/第\d+页\/共\d+页/, '');
    const sheets = print.windows.map((_, i) => sheetText(i + 1));
    // The chart ends on sheet n: the text after it starts sheet n + 1.
    expect(sheetText(print.windows.length + 1).startsWith('文字步骤')).toBe(true);
    expect(sheets[0]!.startsWith(squeeze(chart.title))).toBe(true);
    for (const node of layout.nodes) {
      const at = print.windows.findIndex((w) => node.y >= w.y && node.y + node.height <= w.y + w.height);
      expect(at, `node ${node.id} lies within one window`).toBeGreaterThanOrEqual(0);
      // The wrapped lines are the whole text, and each is printed on the node's sheet.
      expect(squeeze(node.lines.join(''))).toBe(squeeze(node.text));
      for (const line of [...node.lines, ...node.detailLines.flat()]) expect(sheets[at], `node ${node.id} "${line}" on sheet ${at + 1}`).toContain(squeeze(line));
    }
    for (const edge of layout.edges.filter((e) => e.labelBox)) {
      const box = edge.labelBox!;
      const at = print.windows.findIndex((w) => box.y >= w.y && box.y + box.height <= w.y + w.height);
      expect(at, `label of edge ${edge.index}`).toBeGreaterThanOrEqual(0);
      for (const line of box.lines) expect(sheets[at]).toContain(squeeze(line));
    }

    // Text size on paper: glyph boxes of the chart's words against body text set at 10 pt — the
    // first step of 文字步骤, on the sheet after the chart (the note above the chart is not printed).
    const chartLines = new Set([...layout.nodes.flatMap((n) => [...n.lines, ...n.detailLines.flat()]), ...layout.edges.flatMap((e) => e.labelBox?.lines ?? [])].map(squeeze));
    const first = pdfWords(file, 1);
    const after = pdfWords(file, print.windows.length + 1);
    const stepWord = after.slice(after.findIndex((w) => w.text === '文字步骤') + 1).find((w) => !/^\d+\.$/.test(w.text))!;
    const ptPerBoxPt = 10 / stepWord.height;
    const chartWords = print.windows.flatMap((_, i) => (i === 0 ? first : pdfWords(file, i + 1))).filter((w) => chartLines.has(squeeze(w.text)));
    expect(chartWords.length).toBeGreaterThan(layout.nodes.length);
    const printedMinPt = Math.min(...chartWords.map((w) => w.height * ptPerBoxPt));
    expect(printedMinPt).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
    expect(Math.abs(printedMinPt - print.minTextPt)).toBeLessThan(0.5);
    console.log(`largest chart ${path}: ${layout.nodes.length} nodes, ${layout.width}×${layout.height} px, ${print.windows.length} windows, min text ${print.minTextPt.toFixed(2)} pt computed, ${printedMinPt.toFixed(2)} pt in the PDF`);
  });
});

describe('the largest chart page on screen', () => {
  it('keeps the chart at its size in a sideways-scrolling box on a phone and fits it to the column on a desktop', async () => {
    const { path, drawing } = await largestChart();
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const box = await page.locator('main .fc-screen').evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, svg: e.querySelector('svg')!.getBoundingClientRect().width }));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `page at ${width}`).toBeLessThanOrEqual(0);
      if (drawing.layout.width > box.client) {
        // Wider than the column: on a phone it keeps its size and scrolls.
        expect(width).toBe(375);
        expect(box.svg).toBeCloseTo(drawing.layout.width, 0);
        expect(box.scroll).toBeGreaterThan(box.client);
      } else {
        expect(box.svg).toBeCloseTo(drawing.layout.width, 0);
        expect(box.scroll).toBe(box.client);
      }
      const file = join(SCREENSHOTS, `flowchart-largest-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await context.close();
    }
  });
});
