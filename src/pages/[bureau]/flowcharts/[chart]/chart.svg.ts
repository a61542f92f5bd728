/**
 * <bureau>/flowcharts/<id>/chart.svg — a shared chart alone, at its own size, as an SVG file: on a
 * phone, where the chart page shows a wide chart in a sideways-scrolling box, this is the chart a
 * tap away at full size, which the browser lets the reader zoom. It is the chart page's own
 * drawing (escaped text, colours as attributes, no script), with an XML declaration.
 */
import type { APIContext } from 'astro';
import { sharedChartDrawing } from '../../../../components/flowchart-drawings.ts';
import type { Flowchart } from '../../../../content/flowchart-schema.ts';
import { renderedBureaus } from '../../../../model/site-data.ts';

export async function getStaticPaths() {
  return (await renderedBureaus()).flatMap((model) => model.flowcharts.map((chart) => ({ params: { bureau: model.bureau.id, chart: chart.id }, props: { chart } })));
}

export async function GET({ props }: APIContext<{ chart: Flowchart }>): Promise<Response> {
  const drawing = await sharedChartDrawing(props.chart);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${drawing.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
