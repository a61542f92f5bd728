/**
 * A laid-out chart as an inline SVG string: real text (selectable, searchable, zoomable),
 * orthogonal edges ending in arrowheads, branch labels on a white ground beside their edge.
 *
 * Colours and fonts are presentation attributes, so the chart looks right on its own and any
 * page stylesheet (high contrast, elder mode, print) overrides them with ordinary CSS; the class
 * names (fc-node, fc-kind-decision, fc-edge, fc-label …) are the hooks for that.
 *
 * Every node carries data-node-id and every edge data-edge (its index in chart.edges) with
 * data-from/data-to, so tests and scripts can find them.
 */
import { STYLE } from './chart-style.ts';
import type { ChartLayout, LaidOutEdge, LaidOutNode, Point } from './layout.ts';
import { cornerRadius, hexagonPoints } from './node-shape.ts';
import { escapeXml } from './svg-escape.ts';

export interface SvgOptions {
  /**
   * Prefix of every id in the SVG; the drawing itself is `<g id={idPrefix}>`, which print windows
   * reuse with `<use href="#…">`. Must be unique on the page. Default: `chart-<chart id>`.
   */
  idPrefix?: string;
  /** Accessible name (<title>); default: the chart's title. */
  title?: string;
  /** Accessible description (<desc>); default: a count of steps and connections. */
  desc?: string;
}

// CJK fonts first: their Latin glyphs are the narrow ones the width estimate assumes (a Latin
// UI font such as DejaVu Sans, which system-ui picks on Linux, draws digits at 0.64 em).
const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** A number as SVG text: rounded to 0.1 so float noise never reaches the output. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The id prefix for a chart: its id made safe as an XML/HTML id. */
export function defaultIdPrefix(layout: ChartLayout): string {
  return `chart-${layout.chart.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The default <desc>: what the chart is, and where its text version is. */
export function defaultDesc(layout: ChartLayout): string {
  const inferred = layout.edges.filter((e) => e.inferred).length;
  const branches = layout.edges.filter((e) => e.label).length;
  return [
    `流程图，共 ${layout.nodes.length} 个环节、${layout.edges.length} 条连线`,
    branches > 0 ? `，其中 ${branches} 条连线标有分支条件` : '',
    inferred > 0 ? `；${inferred} 条连线系依据原文内容推断（原文未载明箭头）` : '',
    '。同一流程的文字步骤列于图后。',
  ].join('');
}

/** Baselines of lines stacked from `top`, for a given font size. */
function baselines(top: number, count: number, fontPx: number): number[] {
  const lh = fontPx * STYLE.lineHeight;
  // The glyphs of a CJK font sit about 0.88 em above the baseline; centre them in the line box.
  return Array.from({ length: count }, (_, i) => top + i * lh + (lh - fontPx) / 2 + 0.88 * fontPx);
}

function textLines(lines: string[], cx: number, top: number, fontPx: number, attrs: string): string {
  const ys = baselines(top, lines.length, fontPx);
  return lines.map((line, i) => `<text x="${n(cx)}" y="${n(ys[i]!)}"${attrs}>${escapeXml(line)}</text>`).join('');
}

function shapeOf(node: LaidOutNode): string {
  const c = STYLE.colors;
  if (node.kind === 'decision') {
    const pts = hexagonPoints(node)
      .map((p) => `${n(p.x)},${n(p.y)}`)
      .join(' ');
    return `<polygon points="${pts}" fill="${c.decisionFill}" stroke="${c.stroke}" stroke-width="1.5"/>`;
  }
  const terminal = node.kind === 'start' || node.kind === 'end';
  const r = cornerRadius(node);
  return `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(r)}" fill="${terminal ? c.terminalFill : c.stepFill}" stroke="${c.stroke}" stroke-width="${terminal ? 2 : 1.5}"/>`;
}

function nodeSvg(node: LaidOutNode): string {
  const cx = node.x + node.width / 2;
  const top = node.y + STYLE.padY;
  const main = textLines(node.lines, cx, top, STYLE.fontPx, '');
  let details = '';
  let y = top + node.lines.length * STYLE.fontPx * STYLE.lineHeight + STYLE.detailGap;
  for (const lines of node.detailLines) {
    details += textLines(lines, cx, y, STYLE.detailFontPx, ` class="fc-detail" font-size="${STYLE.detailFontPx}" fill="${STYLE.colors.detailText}"`);
    y += lines.length * STYLE.detailFontPx * STYLE.lineHeight;
  }
  return `<g class="fc-node fc-kind-${node.kind}" data-node-id="${escapeXml(node.id)}" data-kind="${node.kind}">${shapeOf(node)}${main}${details}</g>`;
}

function pathData(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
}

const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 4.5;

/**
 * The arrowhead as a path of its own rather than an SVG <marker>: measured in Chromium, markers
 * vanish from the print windows (<use> of this drawing) as soon as the screen copy of the chart
 * is hidden for print (display: none or visibility: hidden). A plain triangle is drawn wherever
 * the line is. Edges are orthogonal, so the last segment points in one of four directions.
 */
function arrowhead(points: Point[]): string {
  const tip = points[points.length - 1]!;
  const prev = points[points.length - 2]!;
  const dx = Math.sign(tip.x - prev.x);
  const dy = Math.sign(tip.y - prev.y);
  const bx = tip.x - dx * ARROW_LENGTH;
  const by = tip.y - dy * ARROW_LENGTH;
  // Perpendicular to the direction (dx, dy) is (-dy, dx).
  const a = { x: bx - dy * ARROW_HALF_WIDTH, y: by + dx * ARROW_HALF_WIDTH };
  const b = { x: bx + dy * ARROW_HALF_WIDTH, y: by - dx * ARROW_HALF_WIDTH };
  return `<path class="fc-arrow" d="M${n(tip.x)} ${n(tip.y)} L${n(a.x)} ${n(a.y)} L${n(b.x)} ${n(b.y)} Z" fill="${STYLE.colors.stroke}"/>`;
}

function edgeSvg(edge: LaidOutEdge): string {
  const attrs = `data-edge="${edge.index}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}" data-inferred="${edge.inferred}"`;
  // The line stops where the arrowhead begins, so its square end never pokes out of the tip.
  const line = edge.points.slice();
  const tip = line[line.length - 1]!;
  const prev = line[line.length - 2]!;
  const len = Math.abs(tip.x - prev.x) + Math.abs(tip.y - prev.y);
  const back = Math.min(ARROW_LENGTH - 1, len);
  line[line.length - 1] = { x: tip.x - Math.sign(tip.x - prev.x) * back, y: tip.y - Math.sign(tip.y - prev.y) * back };
  const path = `<path d="${pathData(line)}" fill="none" stroke="${STYLE.colors.stroke}" stroke-width="1.5"/>`;
  return `<g class="fc-edge${edge.inferred ? ' fc-inferred' : ''}" ${attrs}>${path}${arrowhead(edge.points)}</g>`;
}

/** A branch label: its lines on a white ground, so crossing lines never run through the words. */
function labelSvg(edge: LaidOutEdge): string {
  const b = edge.labelBox!;
  return (
    `<g class="fc-label" data-edge-label="${edge.index}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${STYLE.colors.labelFill}"/>` +
    textLines(b.lines, b.x + b.width / 2, b.y + STYLE.labelPadY, STYLE.labelFontPx, ` font-size="${STYLE.labelFontPx}"`) +
    '</g>'
  );
}

/**
 * The chart as an `<svg role="img">` element named by its <title> and described by its <desc>.
 * Its size is the layout's, in px; a page scales it with CSS (max-width: 100%; height: auto).
 */
export function renderSvg(layout: ChartLayout, options: SvgOptions = {}): string {
  const prefix = options.idPrefix ?? defaultIdPrefix(layout);
  const title = options.title ?? layout.chart.title;
  const desc = options.desc ?? defaultDesc(layout);
  const c = STYLE.colors;
  // Labels go after all edges so no line is drawn over a label's white ground.
  const edges = layout.edges.map(edgeSvg).join('');
  const labels = layout.edges
    .filter((e) => e.labelBox)
    .map(labelSvg)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}"`,
    ` role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" data-chart-id="${escapeXml(layout.chart.id)}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>`,
    `<g id="${prefix}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${STYLE.fontPx}" fill="${c.text}" text-anchor="middle">`,
    `<g class="fc-edges">${edges}</g><g class="fc-labels">${labels}</g><g class="fc-nodes">${layout.nodes.map(nodeSvg).join('')}</g>`,
    '</g></svg>',
  ].join('');
}
