/**
 * The charts the pages show, drawn at build time; pages receive finished SVG markup.
 *
 * A bureau's shared charts (a handful per bureau, laid out by elkjs, shown on several pages) are
 * drawn once per build and kept. An item's chart is a straight chain, laid out directly
 * (src/flowchart/chain-layout.ts) from node texts whose line breaks are remembered
 * (src/flowchart/measure.ts), so drawing it again is cheap; it is kept only among the last
 * few drawn, which serves the item page's two uses (the chart section and the print sheet), and
 * drawn again for its chart page and the bureau's print volume. Astro renders pages route by
 * route, so a drawing kept for those would wait a whole route for its next use: keeping every
 * drawing held ~15 KiB per item for the whole build (docs/benchmarks/profile.md).
 */
import type { Bureau } from '../content/bureau-schema.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';
import { chartForItem, chartSource } from '../flowchart/item-chart.ts';
import { drawForSheet, type SheetDrawing } from '../flowchart/print-sheet.ts';

const drawings = new Map<string, Promise<SheetDrawing>>();

/** Item drawings, the most recently drawn last; enough for the pages Astro renders at once. */
const recentItemDrawings = new Map<string, Promise<SheetDrawing>>();
const RECENT_ITEM_DRAWINGS = 16;

function recent(key: string, draw: () => Promise<SheetDrawing>): Promise<SheetDrawing> {
  let drawing = recentItemDrawings.get(key);
  if (drawing) return drawing;
  drawing = draw();
  recentItemDrawings.set(key, drawing);
  if (recentItemDrawings.size > RECENT_ITEM_DRAWINGS) recentItemDrawings.delete(recentItemDrawings.keys().next().value!);
  return drawing;
}

function once(key: string, draw: () => Promise<SheetDrawing>): Promise<SheetDrawing> {
  let drawing = drawings.get(key);
  if (!drawing) {
    drawing = draw();
    drawings.set(key, drawing);
  }
  return drawing;
}

/** A bureau's shared chart (项城's 行政处罚一般程序 …). */
export function sharedChartDrawing(chart: Flowchart): Promise<SheetDrawing> {
  return once(`${chart.bureau}/${chart.id}`, () => drawForSheet(chart));
}

/** The chart drawn from the item's 运行流程 or 责任事项; undefined when it has neither. */
export function itemChartDrawing(item: Item, bureau: Bureau): Promise<SheetDrawing> | undefined {
  const chart = chartForItem(item, bureau);
  return chart && recent(`${bureau.id}/${chart.id}`, () => drawForSheet(chart));
}

/** The bureau's shared charts that the item names (item.flowcharts), in the item's order. */
export function chartsOfItem(item: Item, flowcharts: Flowchart[]): Flowchart[] {
  return (item.flowcharts ?? []).map((id) => flowcharts.find((c) => c.id === id)).filter((c): c is Flowchart => c !== undefined);
}

/** A bureau's shared charts in the order the list prints them (by title line; by id without one). */
export function chartsInListOrder(charts: Flowchart[]): Flowchart[] {
  return [...charts].sort((a, b) => (a.title_line ?? Infinity) - (b.title_line ?? Infinity) || a.id.localeCompare(b.id));
}

/** The items a shared chart governs: those that name it, in the bureau's order. */
export function itemsOfChart(chart: Flowchart, items: Item[]): Item[] {
  return items.filter((item) => item.flowcharts?.includes(chart.id));
}

/**
 * What an item's chart is drawn from, in a sentence: the number of 运行流程 steps or 责任事项
 * stages, and which of the steps' facts (责任科室, 承诺时限, 法定时限) are written on the nodes.
 */
export function chartBasisText(item: Item): string | undefined {
  const source = chartSource(item);
  if (source === 'duties') return `依本事项“责任事项”所列 ${item.duties!.length} 个环节的顺序绘制。`;
  if (source !== 'process') return undefined;
  const steps = item.process!;
  const facts = [
    steps.some((s) => s.section) ? '责任科室' : '',
    steps.some((s) => s.promised_time_limit) ? '承诺时限' : '',
    steps.some((s) => s.legal_time_limit) ? '法定时限' : '',
  ].filter(Boolean);
  return `依本事项“运行流程”所列 ${steps.length} 个办理环节的顺序绘制${facts.length > 0 ? `，环节下注明原清单所列的${facts.join('、')}` : ''}。`;
}

