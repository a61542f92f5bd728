/**
 * The flowchart of one item, derived from its data: a straight procedure from 开始 to 结束 through
 * its 运行流程 steps (项城's lists give them: 办理环节, 责任科室, 承诺时限, 法定时限) or, where the
 * source has no such table, through its 责任事项 stages (立案责任, 调查责任 …).
 *
 * Node text is the content's own wording (the stage name; for a 责任事项 stage without a name, its
 * whole text). What the source gives about a step — section, time limits — becomes the node's
 * secondary lines, each under its field name. Facts about the whole item (承办机构, the item's
 * time limits) go on the 开始 node, since they belong to no single step.
 */
import type { Bureau } from '../content/bureau-schema.ts';
import type { Item, ProcessStep } from '../content/item-schema.ts';
import { plainText } from '../content/text-schema.ts';
import type { ChartNode, DrawableChart, FlowEdge, NodeDetail } from './chart-types.ts';

export const START_TEXT = '开始';
export const END_TEXT = '结束';

/** Id of an item's derived chart; cannot clash with a shared chart's id, which never starts so. */
export function itemChartId(item: Item): string {
  return `item-${item.id}`;
}

function detail(label: string, text: string | undefined): NodeDetail[] {
  return text === undefined ? [] : [{ label, text }];
}

function stepDetails(step: ProcessStep): NodeDetail[] {
  return [...detail('责任科室', step.section), ...detail('承诺时限', step.promised_time_limit), ...detail('法定时限', step.legal_time_limit)];
}

/** What the item's chart is drawn from: its 运行流程, its 责任事项, or nothing (neither is given). */
export function chartSource(item: Item): 'process' | 'duties' | undefined {
  if (item.process) return 'process';
  return item.duties ? 'duties' : undefined;
}

/**
 * The item's chart, or undefined when the item has neither 运行流程 nor 责任事项: a chart of 开始 →
 * 结束 alone would say nothing (the page shows the item's shared charts, if any, instead).
 */
export function chartForItem(item: Item, bureau: Bureau): DrawableChart | undefined {
  if (item.bureau !== bureau.id) throw new Error(`事项 ${item.id} 属于 ${item.bureau}，不属于 ${bureau.id}`);
  const source = chartSource(item);
  if (source === undefined) return undefined;
  const steps: ChartNode[] =
    source === 'process'
      ? item.process!.map((step, i) => ({ id: `s${i + 1}`, text: step.stage, kind: 'step', details: stepDetails(step) }))
      : item.duties!.map((stage, i) => ({ id: `s${i + 1}`, text: stage.stage ?? plainText(stage.text), kind: 'step' }));
  const startDetails = [
    ...(source === 'duties' ? detail('承办机构', item.department) : []),
    ...detail('承诺时限', item.time_limits?.promised),
    ...detail('法定时限', item.time_limits?.legal),
  ];
  const nodes: ChartNode[] = [
    { id: 'start', text: START_TEXT, kind: 'start', ...(startDetails.length > 0 ? { details: startDetails } : {}) },
    ...steps.map((s) => (s.details && s.details.length === 0 ? { id: s.id, text: s.text, kind: s.kind } : s)),
    { id: 'end', text: END_TEXT, kind: 'end' },
  ];
  const evidence = source === 'process' ? '运行流程表所列办理环节的顺序' : '责任事项所列阶段的顺序';
  const edges: FlowEdge[] = nodes.slice(1).map((node, i) => ({ from: nodes[i]!.id, to: node.id, inferred: false, evidence }));
  const name = item.subitem ? `${item.name}（${item.subitem}）` : item.name;
  return {
    id: itemChartId(item),
    bureau: item.bureau,
    title: `${name}流程图`,
    nodes,
    edges,
    ...(item.source ? { source: item.source } : {}),
  };
}
