/**
 * The charts the pages show, each drawn once per build: an item's chart appears on its item page
 * (the preview) and on its own chart page, and a build lays out every chart only once. Layout
 * runs here, at build time (elkjs in Node); pages receive finished SVG markup.
 */
import type { Bureau } from '../content/bureau-schema.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';
import { chartForItem, chartSource } from '../flowchart/item-chart.ts';
import { drawForSheet, type SheetDrawing } from '../flowchart/print-sheet.ts';

const drawings = new Map<string, Promise<SheetDrawing>>();

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
  return chart && once(`${bureau.id}/${chart.id}`, () => drawForSheet(chart));
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

