/**
 * Layout of a flowchart at build time with elkjs (layered algorithm, top to bottom, orthogonal
 * edge routing), or, for a straight chain, directly with the same result (chain-layout.ts). The
 * result is plain numbers — boxes, polylines, label boxes — that render-svg.ts turns into SVG; no
 * layout code reaches the browser.
 *
 * Deterministic: ELK's layered algorithm is deterministic for a fixed random seed, the graph is
 * handed over in the data's order (and ELK is told to respect that order), and every coordinate
 * is rounded, so the same chart always gives byte-identical output.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { CHART_LIMITS } from '../content/chart-limits.ts';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ChartNode, DrawableChart, NodeDetail } from './chart-types.ts';
import { STYLE } from './chart-style.ts';
import { straightChainPlacement } from './chain-layout.ts';
import { measureLabel, measureNode, type NodeMeasure } from './measure.ts';
import { clipToShape } from './node-shape.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutNode extends Box {
  id: string;
  kind: ChartNode['kind'];
  /** The node's text, whole (for titles and the outline). */
  text: string;
  details: NodeDetail[];
  /** The node's text, wrapped. */
  lines: string[];
  /** The details, each as "label：text", wrapped; one array of lines per detail. */
  detailLines: string[][];
}

export interface LaidOutEdge {
  /** Position of the edge in chart.edges — the key that ties SVG, outline and data together. */
  index: number;
  from: string;
  to: string;
  label?: string;
  inferred: boolean;
  /** Start point, bends, end point; consecutive points differ in x or in y, never both. */
  points: Point[];
  /** Where the branch label goes, with its wrapped lines. */
  labelBox?: Box & { lines: string[] };
}

export interface ChartLayout {
  chart: DrawableChart;
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.randomSeed': '1',
  'elk.padding': `[top=${STYLE.margin},left=${STYLE.margin},bottom=${STYLE.margin},right=${STYLE.margin}]`,
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.inline': 'false',
  // Keep the source's order of boxes and branches (the first branch on the left), which also makes the
  // result independent of anything but the data.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
};

/**
 * Branch labels sit in the middle of their edge (ELK gives them a layer of their own), beside the
 * line. Labels at the tail, next to the decision, looked more traditional but ELK let other
 * edges run through them in the 行政处罚一般程序 chart.
 */
const LABEL_OPTIONS: Record<string, string> = { 'elk.edgeLabels.placement': 'CENTER' };

const elk = new ELK();

/** The spacing a straight chain gets from ELK with the options above, for chain-layout.ts. */
const CHAIN_SPACING = { margin: STYLE.margin, layerGap: Number(LAYOUT_OPTIONS['elk.layered.spacing.nodeNodeBetweenLayers']) };

/** Round to 0.1 px: enough for drawing, and it keeps float noise out of the SVG. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A chart too large or too dense to lay out in bounded time (limits: CHART_LIMITS). */
export class FlowchartTooLarge extends Error {
  override name = 'FlowchartTooLarge';
}

/** Why a chart is over the layout limits, or undefined. Linear in the chart's size. */
export function chartLimitProblem(chart: DrawableChart): string | undefined {
  const { nodes, edges, edgesIn, edgesOut } = CHART_LIMITS;
  if (chart.nodes.length > nodes) return `有 ${chart.nodes.length} 个节点，上限 ${nodes} / ${chart.nodes.length} nodes, at most ${nodes}`;
  if (chart.edges.length > edges) return `有 ${chart.edges.length} 条连线，上限 ${edges} / ${chart.edges.length} edges, at most ${edges}`;
  const into = new Map<string, number>();
  const out = new Map<string, number>();
  for (const e of chart.edges) {
    const i = (into.get(e.to) ?? 0) + 1;
    const o = (out.get(e.from) ?? 0) + 1;
    into.set(e.to, i);
    out.set(e.from, o);
    if (i > edgesIn) return `节点 ${e.to} 有超过 ${edgesIn} 条连入的连线 / more than ${edgesIn} edges into node ${e.to}`;
    if (o > edgesOut) return `节点 ${e.from} 有超过 ${edgesOut} 条连出的连线 / more than ${edgesOut} edges out of node ${e.from}`;
  }
  return undefined;
}

/** Refuse charts the renderer cannot draw faithfully (validation normally catches these first). */
function checkChart(chart: DrawableChart): void {
  const tooLarge = chartLimitProblem(chart);
  if (tooLarge) throw new FlowchartTooLarge(`流程图 ${chart.id} 过大或过密，无法在有限时间内排版：${tooLarge}`);
  const ids = new Set<string>();
  for (const node of chart.nodes) {
    if (ids.has(node.id)) throw new Error(`流程图 ${chart.id}：节点标识重复 ${node.id}`);
    ids.add(node.id);
  }
  chart.edges.forEach((edge, i) => {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end)) throw new Error(`流程图 ${chart.id}：第 ${i + 1} 条连线指向不存在的节点 ${end}`);
    }
  });
}

/** Drop a bend that lies on the straight line through its neighbours (ELK emits a few). */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && prev.x === p.x && prev.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && prev && ((before.x === prev.x && prev.x === p.x) || (before.y === prev.y && prev.y === p.y))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/**
 * Where the layout engine put things, before the common finishing (rounding, clipping edge ends to
 * the node shapes, label boxes): the drawing's size, each node's top-left corner, and per edge (in
 * chart.edges order) its route and its label's top-left corner.
 */
export interface Placement {
  width: number;
  height: number;
  nodes: Map<string, Point>;
  edges: { points: Point[]; label?: Point }[];
}

/** Boxes of the nodes, by id (measured once per layout). */
type Measured = Map<string, NodeMeasure>;
type LabelMeasure = ReturnType<typeof measureLabel>;

/** Lay out any chart with ELK's layered algorithm (elkjs; it waits on two timers per call). */
async function elkPlacement(chart: DrawableChart, measured: Measured, labels: (LabelMeasure | undefined)[]): Promise<Placement> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: chart.nodes.map((n) => ({ id: `n:${n.id}`, width: measured.get(n.id)!.width, height: measured.get(n.id)!.height })),
    edges: chart.edges.map((e, i): ElkExtendedEdge => {
      const label = labels[i];
      return {
        id: `e:${i}`,
        sources: [`n:${e.from}`],
        targets: [`n:${e.to}`],
        ...(label ? { labels: [{ id: `l:${i}`, text: e.label, width: label.width, height: label.height, layoutOptions: LABEL_OPTIONS }] } : {}),
      };
    }),
  };
  const result = await elk.layout(graph);
  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  const routed = new Map((result.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    nodes: new Map(chart.nodes.map((n) => {
      const box = placed.get(`n:${n.id}`)!;
      return [n.id, { x: box.x ?? 0, y: box.y ?? 0 }];
    })),
    edges: chart.edges.map((_, i) => {
      const r = routed.get(`e:${i}`)!;
      const section = r.sections?.[0];
      if (!section || (r.sections?.length ?? 0) !== 1) throw new Error(`流程图 ${chart.id}：第 ${i + 1} 条连线没有得到布线`);
      const elkLabel = r.labels?.[0];
      return {
        points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
        ...(elkLabel ? { label: { x: elkLabel.x ?? 0, y: elkLabel.y ?? 0 } } : {}),
      };
    }),
  };
}

export type LayoutEngine = 'auto' | 'elk';

/**
 * Lay a chart out. Async because elkjs is; call it at build time (Astro frontmatter, scripts).
 * A straight chain (every item chart) is placed directly (chain-layout.ts), giving the same
 * numbers as ELK; `engine: 'elk'` forces ELK, for the test that compares the two.
 */
export async function layoutChart(chart: DrawableChart, options: { engine?: LayoutEngine } = {}): Promise<ChartLayout> {
  checkChart(chart);
  const measured: Measured = new Map(chart.nodes.map((n) => [n.id, measureNode(n)]));
  const labels = chart.edges.map((e) => (e.label ? measureLabel(e.label) : undefined));
  const placement = (options.engine === 'elk' ? undefined : straightChainPlacement(chart, measured, CHAIN_SPACING)) ?? (await elkPlacement(chart, measured, labels));
  const nodes: LaidOutNode[] = chart.nodes.map((n) => {
    const at = placement.nodes.get(n.id)!;
    const m = measured.get(n.id)!;
    return {
      id: n.id,
      kind: n.kind,
      text: n.text,
      details: n.details ?? [],
      lines: m.lines,
      detailLines: m.detailLines,
      x: round(at.x),
      y: round(at.y),
      width: m.width,
      height: m.height,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidOutEdge[] = chart.edges.map((e, i) => {
    const route = placement.edges[i]!;
    const points = simplify(route.points.map((p) => ({ x: round(p.x), y: round(p.y) })));
    const last = points.length - 1;
    const fromNode = byId.get(e.from)!;
    const toNode = byId.get(e.to)!;
    const start = clipToShape(points[0]!, points[1]!, fromNode);
    const end = clipToShape(points[last]!, points[last - 1]!, toNode);
    points[0] = { x: round(start.x), y: round(start.y) };
    points[last] = { x: round(end.x), y: round(end.y) };
    const out: LaidOutEdge = { index: i, from: e.from, to: e.to, inferred: e.inferred, points };
    const label = labels[i];
    if (e.label && label && route.label) {
      out.label = e.label;
      out.labelBox = { x: round(route.label.x), y: round(route.label.y), width: label.width, height: label.height, lines: label.lines };
    }
    return out;
  });
  return { chart, width: Math.ceil(placement.width), height: Math.ceil(placement.height), nodes, edges };
}
