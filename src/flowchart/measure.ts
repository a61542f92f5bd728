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

export function lineHeightPx(fontPx: number): number {
  return fontPx * STYLE.lineHeight;
}

export function detailText(detail: NodeDetail): string {
  return `${detail.label}：${detail.text}`;
}

/** Wrapped text and the box size it needs, for one node. */
export function measureNode(node: ChartNode): NodeMeasure {
  const maxPx = STYLE.wrapEm * STYLE.fontPx;
  const lines = wrapText(node.text, STYLE.wrapEm);
  const detailLines = (node.details ?? []).map((d) => wrapText(detailText(d), maxPx / STYLE.detailFontPx));
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
  const lines = wrapText(label, STYLE.labelWrapEm);
  const textPx = Math.max(...lines.map((l) => textWidthEm(l) * STYLE.labelFontPx));
  return {
    lines,
    width: Math.ceil(textPx + 2 * STYLE.labelPadX),
    height: Math.ceil(lines.length * lineHeightPx(STYLE.labelFontPx) + 2 * STYLE.labelPadY),
  };
}
