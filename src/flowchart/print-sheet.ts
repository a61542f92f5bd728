/**
 * The sheet a chart page prints on. A chart page prints its heading and the first page window on
 * the first sheet, so the windows are cut a little shorter than the printable height (the
 * heading's room is kept free on every sheet: the windows are all cut the same). A chart so wide
 * that its text would print below 7 pt on a portrait A4 sheet goes on landscape sheets instead
 * (the print stylesheet's named page `fc-landscape`, chosen by the class the page sets from
 * `orientation`), which gives it about 1.5 times the width.
 *
 * The sheets match src/styles/print.css: A4 with margins of 14 mm at the sides, 14 mm at the top
 * and 16 mm at the bottom, i.e. 182 × 267 mm upright and 269 × 180 mm on its side; the widths
 * used here (180 mm and 267 mm) leave a little slack.
 */
import { drawFlowchart, type DrawnFlowchart } from './draw-flowchart.ts';
import type { DrawableChart } from './chart-types.ts';
import { A4_PRINTABLE, printFit, renderPageWindow } from './page-windows.ts';
import type { SvgOptions } from './render-svg.ts';

/** The smallest printed text the project accepts, in pt. */
export const MIN_PRINT_TEXT_PT = 7;

const PX_PER_MM = 96 / 25.4;

/** Room kept for the page's heading and a short note above the first window (40 mm). */
export const PRINT_HEADING_PX = 40 * PX_PER_MM;

export type Orientation = 'portrait' | 'landscape';

export const PRINT_SHEETS: Record<Orientation, { widthPx: number; heightPx: number }> = {
  portrait: { widthPx: A4_PRINTABLE.widthPx, heightPx: A4_PRINTABLE.heightPx - PRINT_HEADING_PX },
  landscape: { widthPx: A4_PRINTABLE.heightPx, heightPx: A4_PRINTABLE.widthPx - PRINT_HEADING_PX },
};

export interface SheetDrawing extends DrawnFlowchart {
  orientation: Orientation;
}

/**
 * Draw a chart for a page that shows it and prints it: portrait when its text prints at 7 pt or
 * more, else landscape when that prints it larger.
 */
export async function drawForSheet(chart: DrawableChart, options: SvgOptions = {}): Promise<SheetDrawing> {
  const drawn = await drawFlowchart(chart, { ...options, page: PRINT_SHEETS.portrait });
  if (drawn.print.minTextPt >= MIN_PRINT_TEXT_PT) return { ...drawn, orientation: 'portrait' };
  const fit = printFit(drawn.layout, PRINT_SHEETS.landscape);
  if (fit.minTextPt <= drawn.print.minTextPt) return { ...drawn, orientation: 'portrait' };
  const svgs = fit.windows.map((w) => renderPageWindow(drawn.layout, w, { idPrefix: drawn.idPrefix }));
  return { ...drawn, orientation: 'landscape', print: { ...fit, svgs } };
}
