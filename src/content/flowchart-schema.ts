/**
 * 流程图 (flowchart): content/<bureau>/flowcharts/<id>.yaml — a shared procedure that governs
 * several items (项城's 行政处罚一般程序 …). Items refer to it by id.
 */
import { z } from 'zod';
import { FLOWCHART_ID_PATTERN, SLUG_PATTERN } from './item-schema.ts';
import { provenanceSchema } from './source-schema.ts';
import { CHART_LIMITS } from './chart-limits.ts';

export { CHART_LIMITS };

export const NODE_KINDS = ['start', 'step', 'decision', 'end'] as const;

export const flowNodeSchema = z.strictObject({
  /** 节点标识 (p1, p2 …), unique within the chart. */
  id: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, { message: '节点标识应为小写字母开头的短标识 / short lowercase id' }).meta({ title: '节点标识', description: '如 p1，图内不能重复' }),
  /** 节点文字 */
  text: z.string().min(1).meta({ title: '节点文字', description: '节点中的文字' }),
  /** 节点类型: start 开始, step 步骤, decision 判断, end 结束 */
  kind: z.enum(NODE_KINDS).meta({ title: '节点类型', description: 'start 开始、step 步骤、decision 判断、end 结束' }),
  /** 来源行号 */
  lines: z.array(z.int().positive()).min(1).optional().meta({ title: '来源行号', description: '来源文件中的行号' }),
});

export const flowEdgeSchema = z.strictObject({
  /** 起点节点 */
  from: z.string().min(1).meta({ title: '起点节点', description: '起点节点的标识' }),
  /** 终点节点 */
  to: z.string().min(1).meta({ title: '终点节点', description: '终点节点的标识' }),
  /** 分支标签 (申请听证 / 不申请听证 …) */
  label: z.string().min(1).optional().meta({ title: '分支标签', description: '如 申请听证' }),
  /** 标签来源行号 */
  label_line: z.int().positive().optional().meta({ title: '标签来源行号', description: '分支标签在来源文件中的行号' }),
  /** 是否推断 — true where the source does not state this connection (its arrows were lost). */
  inferred: z.boolean().meta({ title: '是否推断', description: '原文箭头丢失、连线为推断时为 true' }),
  /** 依据说明 — why this connection is drawn. */
  evidence: z.string().min(1).optional().meta({ title: '依据说明', description: '画出这条连线的理由' }),
});

export const flowchartSchema = z.strictObject({
  /** 流程图标识, same as the file name. */
  id: z.string().regex(FLOWCHART_ID_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII id' }).meta({ title: '流程图标识', description: '与文件名相同，如 cf-general' }),
  /** 所属部门 */
  bureau: z.string().regex(SLUG_PATTERN).meta({ title: '部门标识', description: '所属部门的标识，与所在文件夹同名' }),
  /** 标题 */
  title: z.string().min(1).meta({ title: '标题', description: '流程图标题' }),
  /** 标题所在行 */
  title_line: z.int().positive().optional().meta({ title: '标题所在行', description: '来源文件中的行号' }),
  /** 节点 */
  nodes: z.array(flowNodeSchema).min(1).max(CHART_LIMITS.nodes).meta({ title: '节点', description: '每个节点：id、text、kind、lines' }),
  /** 连线 */
  edges: z.array(flowEdgeSchema).max(CHART_LIMITS.edges).meta({ title: '连线', description: '每条连线：from、to、label、label_line、inferred、evidence' }),
  /** 说明 — notes printed with the chart in the source. */
  notes: z.array(z.string().min(1)).optional().meta({ title: '说明', description: '图中的附注文字' }),
  /** 来源 */
  source: provenanceSchema.optional().meta({ title: '来源', description: '来源文件与行号' }),
}).superRefine((chart, ctx) => {
  // Dense charts make the layout slow (see chart-limits.ts): the first edge over a node's limit is reported.
  const count = { into: new Map<string, number>(), out: new Map<string, number>() };
  const reported = new Set<string>();
  chart.edges.forEach((edge, i) => {
    for (const [side, node, limit] of [['into', edge.to, CHART_LIMITS.edgesIn], ['out', edge.from, CHART_LIMITS.edgesOut]] as const) {
      const n = (count[side].get(node) ?? 0) + 1;
      count[side].set(node, n);
      if (n > limit && !reported.has(`${side}:${node}`)) {
        reported.add(`${side}:${node}`);
        const what = side === 'into' ? `连入节点 ${node} 的连线超过 ${limit} 条` : `从节点 ${node} 连出的连线超过 ${limit} 条`;
        ctx.addIssue({ code: 'custom', path: ['edges', i], message: `${what}，流程图过密，无法在有限时间内排版 / more than ${limit} edges ${side === 'into' ? 'into' : 'out of'} node ${node}` });
      }
    }
  });
});

export type Flowchart = z.infer<typeof flowchartSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
