/**
 * The direct layout of straight chains (src/flowchart/chain-layout.ts) must give exactly ELK's
 * drawing: same layout numbers, same SVG, on every chart of the fixtures and the content, plus
 * made-up chains with odd widths, decisions, details and only two nodes.
 */
import { describe, expect, it } from 'vitest';
import { isStraightChain } from '../../src/flowchart/chain-layout.ts';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { layoutChart } from '../../src/flowchart/layout.ts';
import { renderSvg } from '../../src/flowchart/render-svg.ts';
import { awkwardChart, testCharts } from './corpus.ts';

const chain = (id: string, nodes: DrawableChart['nodes']): DrawableChart => ({
  id,
  bureau: 'demo',
  title: id,
  nodes,
  edges: nodes.slice(1).map((n, i) => ({ from: nodes[i]!.id, to: n.id, inferred: false })),
});

const madeUp: { name: string; chart: DrawableChart }[] = [
  { name: 'two nodes', chart: chain('two', [{ id: 'a', text: '开始', kind: 'start' }, { id: 'b', text: '结束', kind: 'end' }]) },
  {
    name: 'odd widths, a decision, details, Latin text',
    chart: chain('odd', [
      { id: 'a', text: '开始', kind: 'start', details: [{ label: '法定时限', text: '30个工作日，复杂的延长至3个月' }] },
      { id: 'b', text: 'Review of the application (a)', kind: 'decision' },
      { id: 'c', text: '审查材料是否齐全并符合法定形式，不齐全的一次性告知', kind: 'step', details: [{ label: '责任科室', text: 'x' }] },
      { id: 'd', text: '送达 i', kind: 'step' },
      { id: 'e', text: '结束', kind: 'end' },
    ]),
  },
];

const charts = [...testCharts(), ...madeUp.map((c) => ({ ...c, kind: 'item' as const }))];
const chains = charts.filter((c) => isStraightChain(c.chart));

describe('direct layout of straight chains', () => {
  it('covers every item chart, and only chains', () => {
    const items = charts.filter((c) => c.kind === 'item');
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.filter((c) => !isStraightChain(c.chart)).map((c) => c.name)).toEqual([]);
    expect(isStraightChain(awkwardChart)).toBe(false);
    // A chain with a label, or edges out of order, is not placed directly.
    const labelled = chain('labelled', madeUp[1]!.chart.nodes);
    labelled.edges[1] = { ...labelled.edges[1]!, label: '符合' };
    expect(isStraightChain(labelled)).toBe(false);
    const reordered = chain('reordered', madeUp[1]!.chart.nodes);
    reordered.edges.reverse();
    expect(isStraightChain(reordered)).toBe(false);
  });

  it('gives the same layout and SVG as ELK on every chain of the fixtures, the content and the made-up cases', async () => {
    const differing: string[] = [];
    for (const { name, chart } of chains) {
      const direct = await layoutChart(chart);
      const elk = await layoutChart(chart, { engine: 'elk' });
      if (JSON.stringify(direct) !== JSON.stringify(elk) || renderSvg(direct) !== renderSvg(elk)) differing.push(name);
      else expect(direct).toEqual(elk);
    }
    expect(differing).toEqual([]);
    expect(chains.length).toBeGreaterThanOrEqual(5);
  });
});
