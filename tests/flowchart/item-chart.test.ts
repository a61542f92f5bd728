import { describe, expect, it } from 'vitest';
import { flowchartSchema } from '../../src/content/flowchart-schema.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { flowchartFiles } from '../../src/flowchart/chart-corpus.ts';
import { END_TEXT, START_TEXT, chartForItem, chartSource } from '../../src/flowchart/item-chart.ts';
import { FIXTURE_FLOWCHARTS, demoBureau, processItem } from './corpus.ts';

const dutiesItem: Item = {
  id: 'qt-009',
  bureau: 'demo',
  category: '其他行政权力',
  category_label: '其他权力',
  name: '基本医疗保险参保人员异地就医备案',
  subitem: '异地安置退休人员备案',
  subject: '示例县医疗保障局',
  department: '医保经办中心',
  basis: ['《基本医疗保险跨省异地就医直接结算经办规程》'],
  duties: [
    { stage: '受理责任', text: '公示办理条件。' },
    { stage: '审查责任', text: '审查材料。' },
    { text: '其他法律法规规章文件规定应履行的责任。' },
  ],
  time_limits: { promised: '即时办结', legal: '20个工作日' },
};

describe('chartForItem', () => {
  it('draws a 运行流程 as 开始 → each 办理环节 → 结束, with section and time limits under the step', () => {
    const chart = chartForItem(processItem, demoBureau)!;
    expect(chartSource(processItem)).toBe('process');
    expect(chart.nodes.map((n) => n.text)).toEqual([START_TEXT, '立案', '调查', '审核', '告知', '决定', '送达', '执行', '归档', END_TEXT]);
    expect(chart.nodes.map((n) => n.kind)).toEqual(['start', ...new Array(8).fill('step'), 'end']);
    expect(chart.nodes[1]!.details).toEqual([
      { label: '责任科室', text: '法规和基金监管股' },
      { label: '法定时限', text: '30个工作日，复杂的延长至3个月，特别重大的原则上不超过6个月' },
    ]);
    expect(chart.nodes[3]!.details).toEqual([
      { label: '责任科室', text: '法规和基金监管股' },
      { label: '承诺时限', text: '5个工作日' },
    ]);
    // A step with nothing to add has no details at all.
    expect(chart.nodes[4]!.details).toBeUndefined();
    expect(chart.edges.map((e) => `${e.from}>${e.to}`)).toEqual(chart.nodes.slice(1).map((n, i) => `${chart.nodes[i]!.id}>${n.id}`));
    expect(chart.title).toBe('对用人单位不办理医疗保险登记的处罚流程图');
  });

  it('draws 责任事项 stages where there is no 运行流程; an unnamed stage shows its own text', () => {
    const chart = chartForItem(dutiesItem, demoBureau)!;
    expect(chartSource(dutiesItem)).toBe('duties');
    expect(chart.nodes.map((n) => n.text)).toEqual([START_TEXT, '受理责任', '审查责任', '其他法律法规规章文件规定应履行的责任。', END_TEXT]);
    // Facts about the whole item go on 开始.
    expect(chart.nodes[0]!.details).toEqual([
      { label: '承办机构', text: '医保经办中心' },
      { label: '承诺时限', text: '即时办结' },
      { label: '法定时限', text: '20个工作日' },
    ]);
    expect(chart.title).toBe('基本医疗保险参保人员异地就医备案（异地安置退休人员备案）流程图');
    expect(chart.id).toBe('item-qt-009');
  });

  it('gives no chart for an item with neither 运行流程 nor 责任事项', () => {
    const { duties: _, ...bare } = dutiesItem;
    expect(chartForItem(bare, demoBureau)).toBeUndefined();
  });

  it('makes charts that are valid content flowcharts once the render-only details are removed', () => {
    for (const item of [processItem, dutiesItem]) {
      const chart = chartForItem(item, demoBureau)!;
      const plain = { ...chart, nodes: chart.nodes.map(({ details: _, ...n }) => n) };
      expect(() => flowchartSchema.parse(plain)).not.toThrow();
    }
  });

  it('refuses an item paired with another bureau', () => {
    expect(() => chartForItem({ ...processItem, bureau: 'other' }, demoBureau)).toThrow(/other/);
  });
});

describe('flowchart fixtures', () => {
  it('are valid content flowcharts with every edge between existing nodes', () => {
    const charts = flowchartFiles(FIXTURE_FLOWCHARTS);
    expect(charts.map((c) => c.chart.title)).toContain('一、行政处罚类一般程序流程图');
    const general = charts.find((c) => c.chart.title === '一、行政处罚类一般程序流程图')!.chart;
    expect([general.nodes.length, general.edges.length]).toEqual([21, 24]);
    for (const { chart } of charts) {
      const ids = new Set(chart.nodes.map((n) => n.id));
      for (const e of chart.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
  });
});
