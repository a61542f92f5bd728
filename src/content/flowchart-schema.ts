/**
 * 流程图 (flowchart): content/<bureau>/flowcharts/<id>.yaml — a shared procedure that governs
 * several items (项城's 行政处罚一般程序 …). Items refer to it by id.
 */
import { z } from 'zod';
import { FLOWCHART_ID_PATTERN, SLUG_PATTERN } from './item-schema.ts';
import { provenanceSchema } from './source-schema.ts';

export const NODE_KINDS = ['start', 'step', 'decision', 'end'] as const;

export const flowNodeSchema = z.strictObject({
  /** 节点标识 (p1, p2 …), unique within the chart. */
  id: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, { message: '节点标识应为小写字母开头的短标识 / short lowercase id' }),
  /** 节点文字 */
  text: z.string().min(1),
  /** 节点类型: start 开始, step 步骤, decision 判断, end 结束 */
  kind: z.enum(NODE_KINDS),
  /** 来源行号 */
  lines: z.array(z.int().positive()).min(1).optional(),
});

export const flowEdgeSchema = z.strictObject({
  /** 起点节点 */
  from: z.string().min(1),
  /** 终点节点 */
  to: z.string().min(1),
  /** 分支标签 (申请听证 / 不申请听证 …) */
  label: z.string().min(1).optional(),
  /** 标签来源行号 */
  label_line: z.int().positive().optional(),
  /** 是否推断 — true where the source does not state this connection (its arrows were lost). */
  inferred: z.boolean(),
  /** 依据说明 — why this connection is drawn. */
  evidence: z.string().min(1).optional(),
});

/**
 * The largest chart the build lays out (src/flowchart/layout.ts enforces these for item charts
 * too). The real lists' largest chart has 21 nodes, 26 edges, 6 edges into one node and 4 out
 * of one; dense charts are what makes the layered layout slow (a fully connected 12-node chart
 * takes 7 s, a 60-node one over 15 minutes), so the degree is capped as well as the size.
 */
export const CHART_LIMITS = { nodes: 200, edges: 300, edgesIn: 10, edgesOut: 8 } as const;

export const flowchartSchema = z.strictObject({
  /** 流程图标识, same as the file name. */
  id: z.string().regex(FLOWCHART_ID_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII id' }),
  /** 所属部门 */
  bureau: z.string().regex(SLUG_PATTERN),
  /** 标题 */
  title: z.string().min(1),
  /** 标题所在行 */
  title_line: z.int().positive().optional(),
  /** 节点 */
  nodes: z.array(flowNodeSchema).min(1).max(CHART_LIMITS.nodes),
  /** 连线 */
  edges: z.array(flowEdgeSchema).max(CHART_LIMITS.edges),
  /** 说明 — notes printed with the chart in the source. */
  notes: z.array(z.string().min(1)).optional(),
  /** 来源 */
  source: provenanceSchema.optional(),
});

export type Flowchart = z.infer<typeof flowchartSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
