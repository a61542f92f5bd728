/**
 * The rendered charts in a real Chromium: the SVG parses as XML, the text fits its boxes with the
 * installed CJK font (the build only estimated the widths), the print windows show the drawing,
 * and axe finds nothing wrong.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/flowchart/svg-escape.ts';
import { drawFlowchart } from '../../src/flowchart/draw-flowchart.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { testCharts } from './corpus.ts';

let browser: Browser;
let page: Page;
const drawn = await Promise.all(testCharts().map(async (c, i) => ({ name: c.name, chart: c.chart, drawn: await drawFlowchart(c.chart, { idPrefix: `fc${i}` }) })));

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  const body = drawn
    .map(({ chart, drawn: d }) => `<section><h2>${escapeXml(chart.title)}</h2>${d.svg}<div class="fc-print">${d.print.svgs.join('')}</div></section>`)
    .join('');
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>流程图测试</title></head><body><main>${body}</main></body></html>`);
});

afterAll(async () => {
  await browser?.close();
});

describe('flowcharts in Chromium', () => {
  it('parse as well-formed SVG, and the accessible name is the original title', async () => {
    for (const { name, chart, drawn: d } of drawn) {
      const result = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent };
      }, d.svg);
      expect(result, name).toEqual({ error: null, title: chart.title });
    }
  });

  it('keeps every line of text inside its node or label with the installed font', async () => {
    const overflows = await page.evaluate(() => {
      const out: string[] = [];
      for (const group of document.querySelectorAll<SVGGElement>('svg.flowchart .fc-node, svg.flowchart .fc-label')) {
        const shape = group.querySelector<SVGGraphicsElement>('rect, polygon')!.getBBox();
        // A decision's hexagon narrows towards its points; its text must stay in the flat middle.
        const inset = group.dataset.kind === 'decision' ? 14 : 0;
        for (const text of group.querySelectorAll<SVGTextElement>('text')) {
          const box = text.getBBox();
          const left = box.x - (shape.x + inset);
          const right = shape.x + shape.width - inset - (box.x + box.width);
          if (left < 1 || right < 1 || box.y < shape.y || box.y + box.height > shape.y + shape.height + 1) {
            out.push(`${group.dataset.nodeId ?? group.dataset.edgeLabel}: "${text.textContent}" ${JSON.stringify({ left, right })}`);
          }
        }
      }
      return out;
    });
    expect(overflows).toEqual([]);
  });

  it('draws nodes and arrowheads in the print windows (they reuse the drawing by <use>)', async () => {
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.flowchart-page')].map((svg) => {
        const used = document.getElementById(svg.querySelector('use')!.getAttribute('href')!.slice(1));
        return used !== null && svg.getBoundingClientRect().height > 0;
      }),
    );
    expect(painted.length).toBeGreaterThanOrEqual(drawn.length);
    expect(painted.every(Boolean)).toBe(true);
  });

  it('passes axe (WCAG 2.1 A/AA)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
