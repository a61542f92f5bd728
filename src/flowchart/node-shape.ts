/**
 * The outline of each node kind, shared by drawing and by edge clipping. Kinds differ by shape,
 * not only by colour: start/end are rounded (terminals), decisions are hexagons, steps are
 * rectangles.
 */
import { STYLE } from './chart-style.ts';
import type { LaidOutNode, Point } from './layout.ts';

export function cornerRadius(node: LaidOutNode): number {
  if (node.kind === 'start' || node.kind === 'end') return Math.min(STYLE.terminalRadius, node.height / 2);
  return node.kind === 'step' ? STYLE.stepRadius : 0;
}

/** The hexagon of a decision, clockwise from its top-left corner. */
export function hexagonPoints(node: LaidOutNode): Point[] {
  const { x, y, width: w, height: h } = node;
  const inset = STYLE.decisionInset;
  return [
    { x: x + inset, y },
    { x: x + w - inset, y },
    { x: x + w, y: y + h / 2 },
    { x: x + w - inset, y: y + h },
    { x: x + inset, y: y + h },
    { x, y: y + h / 2 },
  ];
}

/**
 * ELK attaches edges to the node's bounding box. Where the drawn shape lies inside that box (a
 * hexagon's slanted sides, a terminal's rounded corners), move the edge's end point along its
 * last segment onto the shape, so the arrow touches the outline. The segment keeps its direction,
 * so edges stay orthogonal.
 */
export function clipToShape(end: Point, towards: Point, node: LaidOutNode): Point {
  const vertical = end.x === towards.x;
  const { x, y, width: w, height: h } = node;
  if (node.kind === 'decision') {
    const inset = STYLE.decisionInset;
    const cy = y + h / 2;
    if (vertical) {
      // Distance into the slanted part, measured from the hexagon's side point.
      const dx = end.x < x + inset ? end.x - x : end.x > x + w - inset ? x + w - end.x : inset;
      if (dx >= inset) return end;
      const dy = (h / 2) * (dx / inset);
      return { x: end.x, y: end.y <= cy ? cy - dy : cy + dy };
    }
    const dy = Math.abs(end.y - cy);
    const dx = inset * (dy / (h / 2));
    return { x: end.x <= x + w / 2 ? x + dx : x + w - dx, y: end.y };
  }
  const r = cornerRadius(node);
  if (r <= 0) return end;
  if (vertical) {
    const off = end.x < x + r ? x + r - end.x : end.x > x + w - r ? end.x - (x + w - r) : 0;
    if (off === 0) return end;
    const dy = r - Math.sqrt(Math.max(0, r * r - off * off));
    return { x: end.x, y: end.y <= y + h / 2 ? y + dy : y + h - dy };
  }
  const off = end.y < y + r ? y + r - end.y : end.y > y + h - r ? end.y - (y + h - r) : 0;
  if (off === 0) return end;
  const dx = r - Math.sqrt(Math.max(0, r * r - off * off));
  return { x: end.x <= x + w / 2 ? x + dx : x + w - dx, y: end.y };
}
