import { describe, expect, it } from 'vitest';
import type { ChartLayout } from '../../src/flowchart/layout.ts';
import { A4_PRINTABLE, cutPositions, pageWindows, printFit, renderPageWindow, type PageWindow } from '../../src/flowchart/page-windows.ts';
import { renderSvg } from '../../src/flowchart/render-svg.ts';
import { layoutOnce, testCharts } from './corpus.ts';

/** Horizontal lines where windows meet. */
function cuts(windows: PageWindow[]): number[] {
  return windows.slice(1).map((w) => w.y);
}

function cutsThroughSomething(layout: ChartLayout, windows: PageWindow[]): string[] {
  const boxes = [...layout.nodes.map((n) => ({ name: `node ${n.id}`, ...n })), ...layout.edges.filter((e) => e.labelBox).map((e) => ({ name: `label ${e.index}`, ...e.labelBox! }))];
  return cuts(windows).flatMap((y) => boxes.filter((b) => b.y < y && y < b.y + b.height).map((b) => `${b.name} at ${y}`));
}

describe('pageWindows', () => {
  const charts = testCharts();

  for (const height of [200, 400, A4_PRINTABLE.heightPx]) {
    it(`covers each chart with windows of at most ${Math.round(height)} px, cut only between rows`, async () => {
      for (const { name, chart } of charts) {
        const layout = await layoutOnce(chart);
        const windows = pageWindows(layout, height);
        expect(windows[0]!.y, name).toBe(0);
        for (let i = 1; i < windows.length; i++) expect(windows[i]!.y).toBeCloseTo(windows[i - 1]!.y + windows[i - 1]!.height, 5);
        expect(windows.at(-1)!.y + windows.at(-1)!.height).toBeCloseTo(layout.height, 5);
        expect(cutsThroughSomething(layout, windows), name).toEqual([]);
        // A window is taller than the page only when it had no place to cut within the page.
        for (const w of windows) {
          if (w.height > height) expect(cutPositions(layout).filter((c) => c > w.y && c - w.y <= height), name).toEqual([]);
        }
      }
    });
  }

  it('cuts a tall chart into several pages, each using most of its page', async () => {
    const layout = await layoutOnce(charts.find((c) => c.name.endsWith('cf-yiban-chengxu.yaml'))!.chart);
    const windows = pageWindows(layout, 400);
    expect(windows.length).toBeGreaterThanOrEqual(Math.ceil(layout.height / 400));
    for (const w of windows.slice(0, -1)) {
      expect(w.height).toBeLessThanOrEqual(400);
      // No room was wasted: the next row would not have fitted.
      const nextCut = cutPositions(layout).find((c) => c > w.y + w.height);
      if (nextCut !== undefined) expect(nextCut - w.y).toBeGreaterThan(400);
    }
  });

  it('detects a cut through a node (the check above can fail)', async () => {
    const layout = await layoutOnce(charts[0]!.chart);
    const node = layout.nodes[1]!;
    expect(cutsThroughSomething(layout, [{ y: 0, height: node.y + 5 }, { y: node.y + 5, height: layout.height - node.y - 5 }])).toHaveLength(1);
  });

  it('prints every test chart on A4 with text of at least 7 pt', async () => {
    for (const { name, chart } of charts) {
      const fit = printFit(await layoutOnce(chart));
      expect(fit.minTextPt, name).toBeGreaterThanOrEqual(7);
      expect(fit.scale).toBeLessThanOrEqual(1);
      for (const w of fit.windows) expect(w.height * fit.scale).toBeLessThanOrEqual(A4_PRINTABLE.heightPx + 1e-6);
    }
  });

  it('renders a window as a viewBox onto the one drawing, hidden from assistive technology', async () => {
    const layout = await layoutOnce(charts[0]!.chart);
    const svg = renderSvg(layout, { idPrefix: 'fc-x' });
    const win = renderPageWindow(layout, { y: 10, height: 50 }, { idPrefix: 'fc-x' });
    expect(svg).toContain('<g id="fc-x"');
    expect(win).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart-page" viewBox="0 10 ${layout.width} 50" width="${layout.width}" height="50" aria-hidden="true" focusable="false"><use href="#fc-x"/></svg>`,
    );
  });
});
