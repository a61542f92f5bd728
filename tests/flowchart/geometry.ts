/** Geometry checks on a chart layout, shared by the flowchart tests (and handy when tuning). */
import type { Box, ChartLayout, LaidOutNode, Point } from '../../src/flowchart/layout.ts';
import { STYLE } from '../../src/flowchart/chart-style.ts';
import { cornerRadius, hexagonPoints } from '../../src/flowchart/node-shape.ts';

/** Strict interior overlap of two boxes (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Does the axis-parallel segment p–q enter the open interior of the box? Running along its
 * border or ending on it (an edge arriving at its node) does not count.
 */
export function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  const x1 = Math.min(p.x, q.x);
  const x2 = Math.max(p.x, q.x);
  const y1 = Math.min(p.y, q.y);
  const y2 = Math.max(p.y, q.y);
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  if (x1 === x2) return box.x < x1 && x1 < right && y1 < bottom && box.y < y2;
  if (y1 === y2) return box.y < y1 && y1 < bottom && x1 < right && box.x < x2;
  throw new Error('segmentCrossesBox needs an axis-parallel segment');
}

const CORNER_ZONE = Math.max(STYLE.decisionInset, STYLE.terminalRadius);

function shrink(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by) };
}

export interface LayoutProblems {
  nodeOverlaps: string[];
  labelOverlaps: string[];
  edgeThroughNode: string[];
  edgeThroughLabel: string[];
  diagonal: string[];
  detachedEnds: string[];
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** Distance from a point to the drawn outline of a node (hexagon, rounded or plain rectangle). */
export function distanceToOutline(p: Point, node: LaidOutNode): number {
  if (node.kind === 'decision') {
    const pts = hexagonPoints(node);
    return Math.min(...pts.map((a, i) => distanceToSegment(p, a, pts[(i + 1) % pts.length]!)));
  }
  // Signed distance to a rounded rectangle, taken as absolute.
  const r = cornerRadius(node);
  const qx = Math.abs(p.x - (node.x + node.width / 2)) - (node.width / 2 - r);
  const qy = Math.abs(p.y - (node.y + node.height / 2)) - (node.height / 2 - r);
  return Math.abs(Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r);
}

/** Everything that would make a chart wrong or unreadable; all lists empty means fine. */
export function layoutProblems(layout: ChartLayout): LayoutProblems {
  const out: LayoutProblems = { nodeOverlaps: [], labelOverlaps: [], edgeThroughNode: [], edgeThroughLabel: [], diagonal: [], detachedEnds: [] };
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < layout.nodes.length; i++) {
    for (let j = i + 1; j < layout.nodes.length; j++) {
      if (boxesOverlap(layout.nodes[i]!, layout.nodes[j]!)) out.nodeOverlaps.push(`${layout.nodes[i]!.id}/${layout.nodes[j]!.id}`);
    }
  }
  const labels = layout.edges.filter((e) => e.labelBox).map((e) => ({ edge: e, box: e.labelBox! }));
  for (const { edge, box } of labels) {
    for (const n of layout.nodes) if (boxesOverlap(box, n)) out.labelOverlaps.push(`label of edge ${edge.index} / node ${n.id}`);
    for (const other of labels) {
      if (other.edge.index > edge.index && boxesOverlap(box, other.box)) out.labelOverlaps.push(`labels ${edge.index}/${other.edge.index}`);
    }
  }
  for (const edge of layout.edges) {
    const pts = edge.points;
    // Arrows must end on the drawn outline (0.6 px is the rounding of coordinates, plus slack).
    if (distanceToOutline(pts[0]!, byId.get(edge.from)!) > 0.6) out.detachedEnds.push(`edge ${edge.index} start`);
    if (distanceToOutline(pts[pts.length - 1]!, byId.get(edge.to)!) > 0.6) out.detachedEnds.push(`edge ${edge.index} end`);
    for (let k = 1; k < pts.length; k++) {
      const p = pts[k - 1]!;
      const q = pts[k]!;
      if (p.x !== q.x && p.y !== q.y) {
        out.diagonal.push(`edge ${edge.index} segment ${k}`);
        continue;
      }
      for (const n of layout.nodes) {
        // The first and last segments reach into their own node's box where the shape is
        // narrower than the box (hexagon points, rounded corners): that is where they end. Against
        // their own node they are checked with the box shrunk by that corner zone.
        const own = (k === 1 && n.id === edge.from) || (k === pts.length - 1 && n.id === edge.to);
        if (segmentCrossesBox(p, q, own ? shrink(n, CORNER_ZONE) : n)) out.edgeThroughNode.push(`edge ${edge.index} (${edge.from}→${edge.to}) segment ${k} / node ${n.id}`);
      }
      for (const { edge: other, box } of labels) {
        if (other.index !== edge.index && segmentCrossesBox(p, q, box)) out.edgeThroughLabel.push(`edge ${edge.index} / label of edge ${other.index}`);
      }
    }
  }
  return out;
}
