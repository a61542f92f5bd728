import { describe, expect, it } from 'vitest';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { A4_PRINTABLE } from '../../src/flowchart/page-windows.ts';
import { drawForSheet, MIN_PRINT_TEXT_PT, PRINT_HEADING_PX, PRINT_SHEETS } from '../../src/flowchart/print-sheet.ts';
import { testCharts } from './corpus.ts';

/** A decision with `ways` branches side by side, each a box of twelve characters: wide, not tall. */
function fan(ways: number): DrawableChart {
  const steps = Array.from({ length: ways }, (_, i) => ({ id: `b${i}`, text: `第${'一二三四五六七八九十'[i]}种情形下依法作出处理决定`, kind: 'step' as const }));
  return {
    id: `fan-${ways}`,
    bureau: 'demo',
    title: '分支很多的流程',
    nodes: [{ id: 'a', text: '开始', kind: 'start' }, { id: 'd', text: '审查', kind: 'decision' }, ...steps, { id: 'z', text: '结束', kind: 'end' }],
    edges: [
      { from: 'a', to: 'd', inferred: false },
      ...steps.flatMap((s) => [
        { from: 'd', to: s.id, label: `情形${s.id.slice(1)}`, inferred: false },
        { from: s.id, to: 'z', inferred: false },
      ]),
    ],
  };
}

describe('drawForSheet', () => {
  it('leaves room for the heading on every sheet and matches the print stylesheet’s A4', () => {
    expect(PRINT_SHEETS.portrait.heightPx).toBeCloseTo(A4_PRINTABLE.heightPx - PRINT_HEADING_PX, 6);
    expect(PRINT_SHEETS.landscape.widthPx).toBeCloseTo(A4_PRINTABLE.heightPx, 6);
    // 182 × 267 mm printable upright (print.css margins), at 96 px per inch.
    expect(PRINT_SHEETS.portrait.widthPx).toBeLessThanOrEqual((182 / 25.4) * 96);
  });

  it('keeps every chart of the tests and the content upright, at 7 pt or more', async () => {
    for (const { name, chart } of testCharts()) {
      const drawing = await drawForSheet(chart);
      expect(drawing.orientation, name).toBe('portrait');
      expect(drawing.print.minTextPt, name).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
      for (const w of drawing.print.windows.slice(0, -1)) expect(w.height * drawing.print.scale, name).toBeLessThanOrEqual(PRINT_SHEETS.portrait.heightPx + 1e-6);
    }
  });

  it('turns a chart too wide for 7 pt upright onto landscape sheets, with windows cut for them', async () => {
    const wide = await drawForSheet(fan(6));
    expect(wide.orientation).toBe('landscape');
    expect(wide.print.minTextPt).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
    expect(wide.print.scale).toBeCloseTo(Math.min(1, PRINT_SHEETS.landscape.widthPx / wide.layout.width), 6);
    expect(wide.print.svgs).toHaveLength(wide.print.windows.length);
    for (const w of wide.print.windows) expect(w.height * wide.print.scale).toBeLessThanOrEqual(PRINT_SHEETS.landscape.heightPx + 1e-6);
    expect(wide.print.svgs[0]).toContain(`href="#${wide.idPrefix}"`);
    // Upright it would have printed below 7 pt.
    expect((12 * 0.75 * PRINT_SHEETS.portrait.widthPx) / wide.layout.width).toBeLessThan(MIN_PRINT_TEXT_PT);
  });

  it('keeps a chart upright while it prints at 7 pt there, and prefers landscape where even that is too narrow', async () => {
    expect((await drawForSheet(fan(2))).orientation).toBe('portrait');
    const fitting = await drawForSheet(fan(5));
    expect(fitting.orientation).toBe('portrait');
    expect(fitting.print.minTextPt).toBeGreaterThanOrEqual(MIN_PRINT_TEXT_PT);
    expect(fitting.print.scale).toBeLessThan(1);
    // Too wide for 7 pt either way: landscape still prints it larger than upright would.
    const widest = await drawForSheet(fan(8));
    expect(widest.orientation).toBe('landscape');
    expect(widest.print.minTextPt).toBeGreaterThan((12 * 0.75 * PRINT_SHEETS.portrait.widthPx) / widest.layout.width);
  });
});
