/**
 * Printing a tall chart: split it into page-high windows, cutting only in the empty bands between
 * rows of nodes, never through a box or a branch label. Each window is a small SVG whose viewBox
 * shows one band of the chart and whose content is `<use href="#…">` of the one drawing, so the
 * chart's markup is not repeated.
 *
 * Print stylesheet for the page (the approach measured in DOMAIN.md): hide the screen chart in
 * print and show the windows, each starting a page:
 *   .fc-print { display: none }
 *   @media print { .fc-screen { display: none } .fc-print { display: block; break-before: page }
 *                  .fc-print svg { max-width: 100%; height: auto } }
 * max-width shrinks a wide chart to the page width, which is printFit's scale; it never enlarges.
 * Checked in Chromium (print to PDF): the windows draw the hidden chart's nodes, text and
 * arrowheads — which is why arrowheads are paths, not <marker>s (see render-svg.ts).
 */
import { STYLE } from './chart-style.ts';
import type { ChartLayout } from './layout.ts';
import { defaultIdPrefix } from './render-svg.ts';
import { escapeXml } from './svg-escape.ts';

export interface PageWindow {
  /** Top of the window in chart units (px of the layout). */
  y: number;
  height: number;
}

/** Vertical extents of everything that must not be cut: node boxes and branch labels. */
function occupiedBands(layout: ChartLayout): Array<[number, number]> {
  const spans: Array<[number, number]> = [
    ...layout.nodes.map((n): [number, number] => [n.y, n.y + n.height]),
    ...layout.edges.filter((e) => e.labelBox).map((e): [number, number] => [e.labelBox!.y, e.labelBox!.y + e.labelBox!.height]),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [top, bottom] of spans) {
    const last = merged[merged.length - 1];
    if (last && top <= last[1]) last[1] = Math.max(last[1], bottom);
    else merged.push([top, bottom]);
  }
  return merged;
}

/** Where a cut may go: the middle of each empty band between rows. */
export function cutPositions(layout: ChartLayout): number[] {
  const bands = occupiedBands(layout);
  const cuts: number[] = [];
  for (let i = 1; i < bands.length; i++) cuts.push(Math.round(((bands[i - 1]![1] + bands[i]![0]) / 2) * 10) / 10);
  return cuts;
}

/**
 * Windows of at most pageHeightPx (in chart units) covering the whole chart, each as tall as the
 * page allows. A single row taller than a page (it cannot be cut) gets a window of its own that is
 * taller than pageHeightPx; the page then has to shrink that window.
 */
export function pageWindows(layout: ChartLayout, pageHeightPx: number): PageWindow[] {
  if (!(pageHeightPx > 0)) throw new Error('pageWindows: pageHeightPx must be positive');
  const cuts = cutPositions(layout);
  const windows: PageWindow[] = [];
  let top = 0;
  while (layout.height - top > pageHeightPx) {
    const fitting = cuts.filter((c) => c > top && c - top <= pageHeightPx);
    const next = fitting.length > 0 ? fitting[fitting.length - 1]! : cuts.find((c) => c > top);
    if (next === undefined) break;
    windows.push({ y: top, height: Math.round((next - top) * 10) / 10 });
    top = next;
  }
  windows.push({ y: top, height: Math.round((layout.height - top) * 10) / 10 });
  return windows;
}

/** A4 with 15 mm margins, at the CSS 96 px per inch. */
export const A4_PRINTABLE = { widthPx: (180 / 25.4) * 96, heightPx: (267 / 25.4) * 96 } as const;

export interface PrintFit {
  /** Factor the chart is drawn at to fit the page width (at most 1: never enlarged). */
  scale: number;
  /** Windows in chart units; each fits the page height once scaled. */
  windows: PageWindow[];
  /** The smallest text of the chart as printed, in pt (1 pt = 4/3 px). */
  minTextPt: number;
}

/** Smallest font size (px) the layout actually uses. */
export function minFontPx(layout: ChartLayout): number {
  const sizes: number[] = [STYLE.fontPx];
  if (layout.nodes.some((n) => n.detailLines.length > 0)) sizes.push(STYLE.detailFontPx);
  if (layout.edges.some((e) => e.labelBox)) sizes.push(STYLE.labelFontPx);
  return Math.min(...sizes);
}

/**
 * How the chart prints on a page of the given printable size: scaled to the page width when wider,
 * cut into page-high windows. The caller checks minTextPt (the project wants ≥ 7 pt) and may fall
 * back to a landscape page when a very wide chart would print smaller.
 */
export function printFit(layout: ChartLayout, page: { widthPx: number; heightPx: number } = A4_PRINTABLE): PrintFit {
  const scale = Math.min(1, page.widthPx / layout.width);
  return { scale, windows: pageWindows(layout, page.heightPx / scale), minTextPt: minFontPx(layout) * scale * 0.75 };
}

/**
 * One window as an SVG that shows that band of the drawing `<g id={idPrefix}>` rendered by
 * renderSvg on the same page. aria-hidden: it repeats the chart that is already named and
 * described (and listed as text) once.
 */
export function renderPageWindow(layout: ChartLayout, window: PageWindow, options: { idPrefix?: string } = {}): string {
  const prefix = options.idPrefix ?? defaultIdPrefix(layout);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart-page" viewBox="0 ${window.y} ${layout.width} ${window.height}"` +
    ` width="${layout.width}" height="${window.height}" aria-hidden="true" focusable="false"><use href="#${escapeXml(prefix)}"/></svg>`
  );
}
