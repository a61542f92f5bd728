/**
 * Direct layout of a straight chain — first node → second → … → last, each edge from one node to
 * the next in the data's order, no branch labels — which is what every item chart is
 * (item-chart.ts). ELK's layered algorithm, with the options of layout.ts, puts each node of such
 * a chain in a layer of its own, the layers `layerGap` apart, and centres every node on the axis
 * of the widest one (Brandes–Köpf aligns the whole chain into one block); each edge runs straight
 * down that axis from the bottom of one box to the top of the next. This file computes exactly
 * those numbers without ELK, which costs a build ~7 ms and two timer hops per chart; the test
 * tests/flowchart/chain-layout.test.ts compares both on every chart of the content and fixtures.
 * Anything else (branches, loops, labels, a different order) returns undefined and goes to ELK.
 */
import type { DrawableChart } from './chart-types.ts';
import type { Placement } from './layout.ts';

/** True when chart.edges are exactly nodes[0] → nodes[1] → … → nodes[n-1], without labels. */
export function isStraightChain(chart: DrawableChart): boolean {
  const { nodes, edges } = chart;
  if (nodes.length < 2 || edges.length !== nodes.length - 1) return false;
  return edges.every((e, i) => e.from === nodes[i]!.id && e.to === nodes[i + 1]!.id && !e.label);
}

/** The chain's placement (same numbers as ELK's), or undefined when the chart is not a straight chain. */
export function straightChainPlacement(
  chart: DrawableChart,
  measured: ReadonlyMap<string, { width: number; height: number }>,
  spacing: { margin: number; layerGap: number },
): Placement | undefined {
  if (!isStraightChain(chart)) return undefined;
  const sizes = chart.nodes.map((n) => measured.get(n.id)!);
  const widest = Math.max(...sizes.map((s) => s.width));
  const axis = spacing.margin + widest / 2;
  const nodes = new Map<string, { x: number; y: number }>();
  const tops: number[] = [];
  let y = spacing.margin;
  chart.nodes.forEach((node, i) => {
    const size = sizes[i]!;
    nodes.set(node.id, { x: axis - size.width / 2, y });
    tops.push(y);
    y += size.height + spacing.layerGap;
  });
  const height = y - spacing.layerGap + spacing.margin;
  const edges = chart.edges.map((_, i) => ({
    points: [
      { x: axis, y: tops[i]! + sizes[i]!.height },
      { x: axis, y: tops[i + 1]! },
    ],
  }));
  return { width: widest + 2 * spacing.margin, height, nodes, edges };
}
