/**
 * How much room a node or a branch label needs: its text wrapped (wrap-text.ts) and the box
 * around it, from estimated glyph widths (text-width.ts) and the sizes of chart-style.ts.
 */
import type { ChartNode, NodeDetail } from './chart-types.ts';
import { STYLE } from './chart-style.ts';
import { textWidthEm } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

export interface NodeMeasure {
  /** The node's text, wrapped. */
  lines: string[];
  /** The details, each as "label：text", wrapped; one array of lines per detail. */
  detailLines: string[][];
  width: number;
  height: number;
}

/**
 * Wrapped lines of recently measured texts. Line breaking (wrapText's search for even lines) is
 * most of the cost of drawing an item chart, and node texts repeat: the same stages (立案, 调查,
 * 审核 …) and details (责任科室：…, 法定时限：…) appear in item after item, and each item chart is
 * drawn for three pages. wrapText is a pure function of text and width, so a remembered result is
 * the same result; the table is bounded (oldest dropped first) so it does not grow with the site.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAPPED_TEXTS = 20_000;

function wrapTextOnce(text: string, maxEm: number): string[] {
  const key = `${maxEm}\u0000${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    lines = wrapText(text, maxEm);
    wrapped.set(key, lines);
    if (wrapped.size > WRAPPED_TEXTS) wrapped.delete(wrapped.keys().next().value!);
  }
  return [...lines];
}

export function lineHeightPx(fontPx: number): number {
  return fontPx * STYLE.lineHeight;
}

export function detailText(detail: NodeDetail): string {
  return `${detail.label}：${detail.text}`;
}

/** Wrapped text and the box size it needs, for one node. */
export function measureNode(node: ChartNode): NodeMeasure {
  const maxPx = STYLE.wrapEm * STYLE.fontPx;
  const lines = wrapTextOnce(node.text, STYLE.wrapEm);
  const detailLines = (node.details ?? []).map((d) => wrapTextOnce(detailText(d), maxPx / STYLE.detailFontPx));
  const textPx = Math.max(0, ...lines.map((l) => textWidthEm(l) * STYLE.fontPx));
  const detailPx = Math.max(0, ...detailLines.flat().map((l) => textWidthEm(l) * STYLE.detailFontPx));
  let width = Math.max(STYLE.minNodeWidth, Math.max(textPx, detailPx) + 2 * STYLE.padX);
  if (node.kind === 'decision') width += 2 * STYLE.decisionInset;
  if (node.kind === 'start' || node.kind === 'end') width += STYLE.terminalRadius / 2;
  const detailCount = detailLines.flat().length;
  const height =
    lines.length * lineHeightPx(STYLE.fontPx) +
    (detailCount > 0 ? STYLE.detailGap + detailCount * lineHeightPx(STYLE.detailFontPx) : 0) +
    2 * STYLE.padY;
  return { lines, detailLines, width: Math.ceil(width), height: Math.ceil(height) };
}

/** Wrapped lines and box size of a branch label. */
export function measureLabel(label: string): { lines: string[]; width: number; height: number } {
  const lines = wrapTextOnce(label, STYLE.labelWrapEm);
  const textPx = Math.max(...lines.map((l) => textWidthEm(l) * STYLE.labelFontPx));
  return {
    lines,
    width: Math.ceil(textPx + 2 * STYLE.labelPadX),
    height: Math.ceil(lines.length * lineHeightPx(STYLE.labelFontPx) + 2 * STYLE.labelPadY),
  };
}
