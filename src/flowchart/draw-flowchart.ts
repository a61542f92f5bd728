/**
 * Everything a page needs to show one chart, in one call at build time (Astro frontmatter:
 * `const drawn = await drawFlowchart(chart)`):
 *   - svg: the chart, to insert as HTML (it is generated markup; all content in it is escaped);
 *   - outline: the same procedure as data for an ordered list (see outline.ts);
 *   - print: page-high windows of the chart for printing (see page-windows.ts).
 */
import type { DrawableChart } from './chart-types.ts';
import { layoutChart, type ChartLayout } from './layout.ts';
import { procedureOutline, type OutlineNode } from './outline.ts';
import { A4_PRINTABLE, printFit, renderPageWindow, type PageWindow } from './page-windows.ts';
import { defaultIdPrefix, renderSvg, type SvgOptions } from './render-svg.ts';

export interface DrawnFlowchart {
  layout: ChartLayout;
  /** The id of the drawing's <g>, also the prefix of every id in the SVG. */
  idPrefix: string;
  svg: string;
  outline: OutlineNode[];
  print: {
    /** Factor a wide chart is shrunk by to fit the page width (≤ 1). */
    scale: number;
    /** Smallest printed text in pt; the project asks for ≥ 7. */
    minTextPt: number;
    windows: PageWindow[];
    /** One `<svg><use/></svg>` per window, in order; aria-hidden. */
    svgs: string[];
  };
}

export async function drawFlowchart(
  chart: DrawableChart,
  options: SvgOptions & { page?: { widthPx: number; heightPx: number } } = {},
): Promise<DrawnFlowchart> {
  const layout = await layoutChart(chart);
  const idPrefix = options.idPrefix ?? defaultIdPrefix(layout);
  const fit = printFit(layout, options.page ?? A4_PRINTABLE);
  return {
    layout,
    idPrefix,
    svg: renderSvg(layout, { ...options, idPrefix }),
    outline: procedureOutline(chart),
    print: { ...fit, svgs: fit.windows.map((w) => renderPageWindow(layout, w, { idPrefix })) },
  };
}
