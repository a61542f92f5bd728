import { describe, expect, it } from 'vitest';
import { STYLE } from '../../src/flowchart/chart-style.ts';
import { layoutChart } from '../../src/flowchart/layout.ts';
import { measureNode } from '../../src/flowchart/measure.ts';
import { renderSvg } from '../../src/flowchart/render-svg.ts';
import { textWidthEm } from '../../src/flowchart/text-width.ts';
import { testCharts } from './corpus.ts';
import { layoutProblems } from './geometry.ts';

const charts = testCharts();

describe('layoutChart', () => {
  it('has charts to test: fixtures, edge cases and (when present) content', () => {
    expect(charts.filter((c) => c.kind === 'shared').length).toBeGreaterThanOrEqual(4);
    expect(charts.filter((c) => c.kind === 'item').length).toBeGreaterThanOrEqual(3);
  });

  for (const { name, chart } of charts) {
    it(`draws ${name} without overlaps, crossings through boxes or diagonal lines`, async () => {
      const layout = await layoutChart(chart);
      expect(layout.nodes.map((n) => n.id)).toEqual(chart.nodes.map((n) => n.id));
      expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(chart.edges.map((e) => `${e.from}>${e.to}`));
      expect(layoutProblems(layout)).toEqual({ nodeOverlaps: [], labelOverlaps: [], edgeThroughNode: [], edgeThroughLabel: [], diagonal: [], detachedEnds: [] });
      for (const e of layout.edges) {
        expect(e.points.length).toBeGreaterThanOrEqual(2);
        if (chart.edges[e.index]!.label) expect(e.labelBox?.lines.join('').replace(/\s+/g, '')).toBe(chart.edges[e.index]!.label!.replace(/\s+/g, ''));
      }
      // Everything lies inside the drawing.
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.y).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
        expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
      }
    });
  }

  it('sizes each box from its wrapped text (CJK 1 em, Latin 0.55 em) plus padding', () => {
    const short = measureNode({ id: 'a', text: '立案', kind: 'step' });
    expect(short.width).toBe(STYLE.minNodeWidth);
    expect(short.lines).toEqual(['立案']);
    const long = measureNode({ id: 'b', text: '承办机构提出初步处罚意见，处罚事先告知审批', kind: 'step' });
    expect(long.lines).toHaveLength(2);
    expect(long.width).toBe(Math.ceil(13 * STYLE.fontPx + 2 * STYLE.padX));
    expect(long.height).toBe(Math.ceil(2 * STYLE.fontPx * STYLE.lineHeight + 2 * STYLE.padY));
    const decision = measureNode({ id: 'c', text: '承办机构提出初步处罚意见，处罚事先告知审批', kind: 'decision' });
    expect(decision.width).toBe(long.width + 2 * STYLE.decisionInset);
    const withDetails = measureNode({ id: 'd', text: '立案', kind: 'step', details: [{ label: '责任科室', text: '法规和基金监管股' }] });
    expect(withDetails.detailLines).toEqual([['责任科室：法规和基金监管股']]);
    expect(withDetails.width).toBe(Math.ceil(textWidthEm('责任科室：法规和基金监管股') * STYLE.detailFontPx + 2 * STYLE.padX));
    expect(withDetails.height).toBeGreaterThan(short.height);
  });

  it('is deterministic: the same chart gives identical layouts and byte-identical SVG', async () => {
    for (const { chart } of charts) {
      const first = await layoutChart(chart);
      const second = await layoutChart(structuredClone(chart));
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      expect(renderSvg(second)).toBe(renderSvg(first));
    }
  });

  it('refuses an edge to a node that does not exist', async () => {
    const chart = structuredClone(charts[0]!.chart);
    chart.edges.push({ from: chart.nodes[0]!.id, to: 'nowhere', inferred: true });
    await expect(layoutChart(chart)).rejects.toThrow(/nowhere/);
  });
});

describe('the geometry checks themselves', () => {
  it('catch overlapping boxes, diagonal segments, lines through boxes and loose ends', async () => {
    const layout = await layoutChart(charts.find((c) => c.name.endsWith('cf-yiban-chengxu.yaml'))!.chart);
    const broken = structuredClone(layout);
    const [a, b] = broken.nodes;
    b!.x = a!.x + 5;
    b!.y = a!.y + 5;
    const edge = broken.edges[0]!;
    edge.points = [edge.points[0]!, { x: edge.points[0]!.x + 30, y: edge.points[0]!.y + 40 }];
    // An edge running straight down through the middle of every box in its column.
    const last = broken.edges.at(-1)!;
    const target = broken.nodes.find((n) => n.id === last.to)!;
    last.points = [{ x: target.x + target.width / 2, y: 0 }, { x: target.x + target.width / 2, y: target.y }];
    const problems = layoutProblems(broken);
    expect(problems.nodeOverlaps).toContain(`${a!.id}/${b!.id}`);
    expect(problems.diagonal.length).toBeGreaterThan(0);
    expect(problems.edgeThroughNode.length).toBeGreaterThan(0);
    expect(problems.detachedEnds.length).toBeGreaterThan(0);
  });
});
