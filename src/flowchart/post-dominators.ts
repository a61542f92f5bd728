/**
 * Immediate post-dominators of a flowchart's nodes: for a branching node, the first node that
 * every way onward passes through — where its branches meet again. The outline uses it to close
 * a branch and carry on with the steps that follow the branches.
 *
 * Only ways that reach a main end count. Side exits (不予立案, 移送有关部门 …: end nodes that
 * finish a branch early) are ignored, so a decision with one side exit still rejoins the main
 * line: 立案审批 has the side exit 不予立案 and continues at 登记立案.
 */

export interface Graph {
  /** Node ids in data order. */
  nodes: string[];
  /** Successors of each node, in data order. */
  successors: Map<string, string[]>;
}

/**
 * Main ends: the sinks (nodes with no successor) furthest from the first root, counting steps
 * along the longest path without revisiting a node. Ties all count.
 */
export function mainEnds(graph: Graph, root: string): Set<string> {
  const depth = new Map<string, number>();
  // Longest-path depths over the graph with cycles cut: a DFS that ignores back edges.
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const next of graph.successors.get(id) ?? []) {
      if (state.get(next) === 'open') back.add(`${id}\u0000${next}`);
      else if (!state.has(next)) visit(next);
    }
    state.set(id, 'done');
    order.push(id);
  };
  visit(root);
  order.reverse();
  depth.set(root, 0);
  for (const id of order) {
    const d = depth.get(id) ?? 0;
    for (const next of graph.successors.get(id) ?? []) {
      if (back.has(`${id}\u0000${next}`)) continue;
      depth.set(next, Math.max(depth.get(next) ?? 0, d + 1));
    }
  }
  const sinks = order.filter((id) => (graph.successors.get(id) ?? []).length === 0);
  const deepest = Math.max(-1, ...sinks.map((id) => depth.get(id)!));
  return new Set(sinks.filter((id) => depth.get(id) === deepest));
}

type NodeSet = Set<string> | 'all';

/** Intersection, where 'all' (every node: nothing known yet) is the neutral element. */
function intersect(a: NodeSet, b: NodeSet): NodeSet {
  if (a === 'all') return b === 'all' ? 'all' : new Set(b);
  if (b === 'all') return new Set(a);
  return new Set([...a].filter((x) => b.has(x)));
}

/**
 * Immediate post-dominator of each node with respect to the given ends (undefined where the node
 * reaches no main end, or only the virtual exit post-dominates it). Classic iterative data flow:
 * pdom(n) = {n} ∪ ⋂ pdom(s) over successors s; a node that is a side exit has an unconstrained
 * set, which is how ways through side exits drop out.
 */
export function immediatePostDominators(graph: Graph, ends: Set<string>): Map<string, string | undefined> {
  const EXIT = '\u0000exit';
  const pdom = new Map<string, NodeSet>();
  for (const id of graph.nodes) pdom.set(id, 'all');
  pdom.set(EXIT, new Set([EXIT]));
  const successorsOf = (id: string): string[] => [...(graph.successors.get(id) ?? []), ...(ends.has(id) ? [EXIT] : [])];
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of [...graph.nodes].reverse()) {
      let meet: NodeSet = 'all';
      for (const s of successorsOf(id)) meet = intersect(meet, pdom.get(s)!);
      const next: NodeSet = meet === 'all' ? 'all' : new Set([...meet, id]);
      const prev = pdom.get(id)!;
      const same = prev === 'all' ? next === 'all' : next !== 'all' && next.size === prev.size && [...next].every((x) => prev.has(x));
      if (!same) {
        pdom.set(id, next);
        changed = true;
      }
    }
  }
  const out = new Map<string, string | undefined>();
  for (const id of graph.nodes) {
    const set = pdom.get(id)!;
    if (set === 'all') {
      out.set(id, undefined);
      continue;
    }
    // Strict post-dominators form a chain; the immediate one is the nearest, i.e. the one whose
    // own set is largest (it contains all the others).
    let best: string | undefined;
    let bestSize = -1;
    for (const d of set) {
      if (d === id || d === EXIT) continue;
      const size = (pdom.get(d) as Set<string>).size;
      if (size > bestSize) {
        best = d;
        bestSize = size;
      }
    }
    out.set(id, best);
  }
  return out;
}
