/**
 * The text version of a chart: the same procedure as an ordered list, for screen readers, for
 * readers who zoom, and as the chart's text alternative. Returned as data; the page renders it
 * (an <ol>, with a nested list of branches under a branching step).
 *
 * Reading order follows the edges from the start node. At a branching step each way onward is a
 * branch, introduced by its label where the data has one (申请听证 / 不申请听证); the branches
 * close where they meet again and the list carries on from there. A node reached a second time
 * is not repeated: the list says 转至：<its text> instead.
 */
import type { ChartNode, DrawableChart, NodeDetail } from './chart-types.ts';
import { immediatePostDominators, mainEnds, type Graph } from './post-dominators.ts';

/** Wording for a reference to a step listed elsewhere. */
export const GOTO_PREFIX = '转至：';

export interface OutlineStep {
  type: 'step';
  id: string;
  kind: ChartNode['kind'];
  text: string;
  details: NodeDetail[];
  /** Ways onward from this step where there is more than one (or a labelled one). */
  branches: OutlineBranch[];
}

/** “转至：text” — the node is listed elsewhere in the outline (first visit, or right after its branches). */
export interface OutlineGoto {
  type: 'goto';
  id: string;
  text: string;
}

export type OutlineNode = OutlineStep | OutlineGoto;

export interface OutlineBranch {
  /** The edge's label (the condition), when the data gives one. */
  label?: string;
  /** Index of the edge in chart.edges. */
  edge: number;
  steps: OutlineNode[];
}

function graphOf(chart: DrawableChart): Graph {
  const successors = new Map<string, string[]>(chart.nodes.map((n) => [n.id, []]));
  for (const e of chart.edges) successors.get(e.from)?.push(e.to);
  return { nodes: chart.nodes.map((n) => n.id), successors };
}

/** Where reading starts: start nodes, then nodes nothing leads to, in data order. */
function roots(chart: DrawableChart): string[] {
  const targets = new Set(chart.edges.map((e) => e.to));
  const starts = chart.nodes.filter((n) => n.kind === 'start').map((n) => n.id);
  const sources = chart.nodes.filter((n) => !targets.has(n.id) && n.kind !== 'start').map((n) => n.id);
  return [...starts, ...sources];
}

/** The chart as an outline; every node appears exactly once as a step. */
export function procedureOutline(chart: DrawableChart): OutlineNode[] {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const graph = graphOf(chart);
  const listed = new Set<string>();
  const outgoing = new Map<string, number[]>(chart.nodes.map((n) => [n.id, []]));
  chart.edges.forEach((e, i) => outgoing.get(e.from)?.push(i));

  const goto = (id: string): OutlineGoto => ({ type: 'goto', id, text: byId.get(id)!.text });

  const outline: OutlineNode[] = [];
  const pending = [...roots(chart), ...chart.nodes.map((n) => n.id)];
  while (pending.length > 0) {
    const root = pending.shift()!;
    if (listed.has(root)) continue;
    // Each reading starts afresh (a second start node, or a part the first start does not reach).
    const join = immediatePostDominators(graph, mainEnds(graph, root));

    /** Steps from `from` up to (not including) `stop`. */
    const walk = (from: string | undefined, stop: string | undefined): OutlineNode[] => {
      const steps: OutlineNode[] = [];
      let current = from;
      while (current !== undefined && current !== stop) {
        if (listed.has(current)) {
          steps.push(goto(current));
          break;
        }
        listed.add(current);
        const node = byId.get(current)!;
        const step: OutlineStep = { type: 'step', id: node.id, kind: node.kind, text: node.text, details: node.details ?? [], branches: [] };
        steps.push(step);
        const edges = outgoing.get(current)!;
        const single = edges.length === 1 && !chart.edges[edges[0]!]!.label;
        if (edges.length === 0) break;
        if (single) {
          current = chart.edges[edges[0]!]!.to;
          continue;
        }
        const meet = join.get(current);
        for (const index of edges) {
          const edge = chart.edges[index]!;
          if (edge.to === meet) {
            // Straight on to where the branches meet: only worth a line when it has a condition.
            if (edge.label) step.branches.push({ label: edge.label, edge: index, steps: [goto(meet)] });
            continue;
          }
          step.branches.push({ ...(edge.label ? { label: edge.label } : {}), edge: index, steps: walk(edge.to, meet) });
        }
        current = meet;
      }
      return steps;
    };

    outline.push(...walk(root, undefined));
  }
  return outline;
}

/** Every step of an outline, depth first (for tests and summaries). */
export function outlineSteps(outline: OutlineNode[]): OutlineStep[] {
  return outline.flatMap((n) => (n.type === 'step' ? [n, ...n.branches.flatMap((b) => outlineSteps(b.steps))] : []));
}
