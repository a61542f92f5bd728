/**
 * The charts every flowchart test runs over: the fixture content's item charts, the fixture
 * shared charts (from the reference of 项城's generic charts), a few made-up edge cases, and —
 * once it exists — everything in content/.
 */
import { existsSync } from 'node:fs';
import type { Bureau } from '../../src/content/bureau-schema.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { contentCharts, flowchartFiles, type CorpusChart } from '../../src/flowchart/chart-corpus.ts';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { chartForItem } from '../../src/flowchart/item-chart.ts';
import { layoutChart, type ChartLayout } from '../../src/flowchart/layout.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/valid/content';
export const FIXTURE_FLOWCHARTS = 'tests/fixtures/flowcharts';

export const demoBureau: Bureau = {
  id: 'demo',
  name: '示例县医疗保障局',
  short_name: '示例县医保局',
  region: '示例省示例市示例县',
  level: '县级',
  list_title: '示例县医疗保障局权责清单',
  version: { label: '测试' },
  source: { title: '测试', provenance: { file: 'seeds/none.txt', lines: [1, 1] } },
};

/** A 项城-style item with a 运行流程 table (the first rows of seed 003's first item). */
export const processItem: Item = {
  id: 'cf-002',
  bureau: 'demo',
  category: '行政处罚',
  category_label: '行政处罚',
  name: '对用人单位不办理医疗保险登记的处罚',
  subject: '示例县医疗保障局',
  basis: ['《中华人民共和国社会保险法》第八十四条'],
  duties: [{ stage: '立案责任', text: '发现违法行为，予以审查，决定是否立案。' }],
  process: [
    { stage: '立案', duty: '应当立案，并制作立案审批表', section: '法规和基金监管股', legal_time_limit: '30个工作日，复杂的延长至3个月，特别重大的原则上不超过6个月', fee: '不收费' },
    { stage: '调查', section: '法规和基金监管股' },
    { stage: '审核', section: '法规和基金监管股', promised_time_limit: '5个工作日' },
    { stage: '告知' },
    { stage: '决定', section: '法规和基金监管股' },
    { stage: '送达', section: '法规和基金监管股' },
    { stage: '执行', section: '法规和基金监管股' },
    { stage: '归档', section: '法规和基金监管股' },
  ],
};

/** Text that must be escaped, a loop back, a node nothing reaches, a very long box. */
export const awkwardChart: DrawableChart = {
  id: 'awkward',
  bureau: 'demo',
  title: '测试 <流程> & "引号" \'单引号\'',
  nodes: [
    { id: 'a', text: '开始 <script>alert(1)</script>', kind: 'start' },
    { id: 'b', text: '审查 A&B “材料”', kind: 'decision' },
    { id: 'c', text: '补正材料后重新提交（申请人应当在收到补正通知之日起十五个工作日内一次性补正全部材料，逾期视为撤回申请）', kind: 'step' },
    { id: 'd', text: '作出决定', kind: 'step' },
    { id: 'e', text: '办结', kind: 'end' },
    { id: 'f', text: '另行处理', kind: 'step' },
  ],
  edges: [
    { from: 'a', to: 'b', inferred: false },
    { from: 'b', to: 'c', label: '材料不全 <不予受理>', inferred: true },
    { from: 'c', to: 'b', label: '补正后', inferred: true },
    { from: 'b', to: 'd', label: '材料齐全 & 符合条件', inferred: true },
    { from: 'd', to: 'e', inferred: false },
    { from: 'f', to: 'e', inferred: true },
  ],
};

export function testCharts(): CorpusChart[] {
  const root = process.cwd();
  const charts: CorpusChart[] = [
    ...contentCharts(root, FIXTURE_CONTENT),
    ...flowchartFiles(FIXTURE_FLOWCHARTS),
    { name: 'processItem', kind: 'item', chart: chartForItem(processItem, demoBureau)! },
    { name: 'awkwardChart', kind: 'shared', chart: awkwardChart },
  ];
  if (existsSync('content')) charts.push(...contentCharts(root, 'content'));
  return charts;
}

const layouts = new Map<DrawableChart, Promise<ChartLayout>>();

/** A chart's layout, computed once per test file (determinism is tested on fresh layouts). */
export function layoutOnce(chart: DrawableChart): Promise<ChartLayout> {
  let layout = layouts.get(chart);
  if (!layout) {
    layout = layoutChart(chart);
    layouts.set(chart, layout);
  }
  return layout;
}
