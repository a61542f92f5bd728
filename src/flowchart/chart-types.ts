/**
 * What the flowchart renderer draws: a content Flowchart (src/content/flowchart-schema.ts) whose
 * nodes may carry secondary lines. The content schema stays as it is; `details` exists only on
 * the render side, for charts derived from an item (责任科室, 承诺时限, 法定时限 under a stage).
 */
import type { FlowEdge, FlowNode, Flowchart } from '../content/flowchart-schema.ts';

/** A secondary line of a node: a field name from the site and a value from the content. */
export interface NodeDetail {
  /** Field name, e.g. 责任科室, 承诺时限, 法定时限. */
  label: string;
  /** The content's text, exactly. */
  text: string;
}

export interface ChartNode extends FlowNode {
  details?: NodeDetail[];
}

/** A drawable chart: every content Flowchart is one; derived charts add node details. */
export interface DrawableChart extends Omit<Flowchart, 'nodes'> {
  nodes: ChartNode[];
}

export type { FlowEdge, Flowchart };
