import { describe, expect, it } from 'vitest';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { procedureOutline, outlineSteps, type OutlineNode, type OutlineStep } from '../../src/flowchart/outline.ts';
import { awkwardChart, testCharts } from './corpus.ts';

function allGotos(outline: OutlineNode[]): string[] {
  return outline.flatMap((n) => (n.type === 'goto' ? [n.id] : n.branches.flatMap((b) => allGotos(b.steps))));
}

function find(outline: OutlineNode[], id: string): OutlineStep {
  return outlineSteps(outline).find((s) => s.id === id)!;
}

describe('procedureOutline', () => {
  for (const { name, chart } of testCharts()) {
    it(`lists every node of ${name} exactly once, and refers back only to listed nodes`, () => {
      const outline = procedureOutline(chart);
      const ids = outlineSteps(outline).map((s) => s.id);
      expect([...ids].sort()).toEqual(chart.nodes.map((n) => n.id).sort());
      for (const id of allGotos(outline)) expect(ids).toContain(id);
      // The reading starts at the start node.
      const start = chart.nodes.find((n) => n.kind === 'start');
      if (start) expect(outline[0]).toMatchObject({ type: 'step', id: start.id });
      // Every labelled edge shows its label as a branch.
      const labels = outlineSteps(outline).flatMap((s) => s.branches.flatMap((b) => (b.label ? [b.label] : [])));
      expect([...labels].sort()).toEqual(chart.edges.flatMap((e) => (e.label ? [e.label] : [])).sort());
    });
  }

  it('reads 行政处罚一般程序 as a main line with nested branches that rejoin', () => {
    const chart = testCharts().find((c) => c.name.endsWith('cf-yiban-chengxu.yaml'))!.chart;
    const outline = procedureOutline(chart);
    // Main line: side exits (不予立案, 移送有关部门, 不予处罚) do not push the rest into a branch.
    expect(outline.map((n) => n.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p6', 'p8', 'p13', 'p16', 'p19', 'p20', 'p21']);
    expect(find(outline, 'p3').branches.map((b) => b.steps.map((s) => s.id))).toEqual([['p5']]);
    // 告知听证权: 申请听证 → 组织听证 → 制作听证笔录; 不申请听证 → 转至 形成调查终结报告.
    const hearing = find(outline, 'p10');
    expect(hearing.branches.map((b) => b.label)).toEqual(['申请听证', '不申请听证']);
    expect(hearing.branches[0]!.steps.map((s) => s.id)).toEqual(['p12', 'p15']);
    expect(hearing.branches[1]!.steps).toEqual([{ type: 'goto', id: 'p13', text: '形成调查终结报告' }]);
    expect(find(outline, 'p16').branches.map((b) => b.label)).toEqual([undefined, '情节复杂或重大违法行为']);
  });

  it('turns a loop back into “转至” instead of repeating steps', () => {
    const outline = procedureOutline(awkwardChart);
    const review = find(outline, 'b');
    const fix = review.branches.find((b) => b.label === '材料不全 <不予受理>')!;
    expect(fix.steps.map((s) => [s.type, s.id])).toEqual([
      ['step', 'c'],
      ['goto', 'b'],
    ]);
    // 另行处理 is reached by no edge: it still appears, after the main reading, and leads to 办结.
    expect(outline.slice(-2).map((s) => [s.type, s.id])).toEqual([
      ['step', 'f'],
      ['goto', 'e'],
    ]);
  });

  it('lists a straight procedure flat, in order, with its details', () => {
    const chart: DrawableChart = {
      id: 'line',
      bureau: 'demo',
      title: '直线',
      nodes: [
        { id: 'start', text: '开始', kind: 'start' },
        { id: 's1', text: '受理', kind: 'step', details: [{ label: '责任科室', text: '窗口' }] },
        { id: 'end', text: '结束', kind: 'end' },
      ],
      edges: [
        { from: 'start', to: 's1', inferred: false },
        { from: 's1', to: 'end', inferred: false },
      ],
    };
    expect(procedureOutline(chart)).toEqual([
      { type: 'step', id: 'start', kind: 'start', text: '开始', details: [], branches: [] },
      { type: 'step', id: 's1', kind: 'step', text: '受理', details: [{ label: '责任科室', text: '窗口' }], branches: [] },
      { type: 'step', id: 'end', kind: 'end', text: '结束', details: [], branches: [] },
    ]);
  });
});
