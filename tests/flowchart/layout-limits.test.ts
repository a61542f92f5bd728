/**
 * Charts too large or too dense to lay out in bounded time are refused with a named error
 * before elkjs runs (a fully connected 60-node chart kept the layout busy for over 15 minutes).
 */
import { describe, expect, it } from 'vitest';
import type { DrawableChart } from '../../src/flowchart/chart-types.ts';
import { FlowchartTooLarge, layoutChart } from '../../src/flowchart/layout.ts';
import { CHART_LIMITS, flowchartSchema } from '../../src/content/flowchart-schema.ts';

function chart(nodes: number, edges: [number, number][]): DrawableChart {
  return {
    id: 'dense',
    title: '测试',
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: `p${i}`, text: `步骤${i}`, kind: i === 0 ? 'start' : 'step' })),
    edges: edges.map(([a, b]) => ({ from: `p${a}`, to: `p${b}` })),
  } as unknown as DrawableChart;
}

const complete = (n: number) => Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => [a, b] as [number, number])).flat().filter(([a, b]) => a !== b);

describe('flowchart layout limits', () => {
  it('a fully connected 60-node chart is refused at once with FlowchartTooLarge', async () => {
    // Refused by the limits check, before elkjs runs (without it this took over 15 minutes).
    await expect(layoutChart(chart(60, complete(60)))).rejects.toThrow(FlowchartTooLarge);
  });

  it('refuses more nodes, more edges, or more edges at one node than the limits', async () => {
    await expect(layoutChart(chart(CHART_LIMITS.nodes + 1, []))).rejects.toThrow(/过大或过密.*201 nodes/);
    const path = Array.from({ length: CHART_LIMITS.nodes - 1 }, (_, i) => [i, i + 1] as [number, number]);
    await expect(layoutChart(chart(CHART_LIMITS.nodes, [...path, ...path.slice(0, CHART_LIMITS.edges - path.length + 1)]))).rejects.toThrow(/301 edges/);
    await expect(layoutChart(chart(12, complete(12)))).rejects.toThrow(/edges (into|out of) node/);
    const star = Array.from({ length: CHART_LIMITS.edgesOut + 1 }, (_, i) => [0, i + 1] as [number, number]);
    await expect(layoutChart(chart(20, star))).rejects.toThrow(/edges out of node p0/);
  });

  it('lays out a chart at the degree limits', async () => {
    const layout = await layoutChart(chart(9, complete(9)));
    expect(layout.nodes).toHaveLength(9);
  });

  it('a flowchart file over the size limits fails its schema', () => {
    const nodes = Array.from({ length: CHART_LIMITS.nodes + 1 }, (_, i) => ({ id: `p${i}`, text: '步骤', kind: 'step' }));
    const result = flowchartSchema.safeParse({ id: 'cf-big', bureau: 'demo', title: '大', nodes, edges: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['too_big', 'nodes']]);
  });
});

describe('chart limits at npm run check', () => {
  it('a flowchart file with too many edges at one node, and an item with more steps than a chart holds, are located errors', async () => {
    const { contentSandbox } = await import('../helpers/content-sandbox.ts');
    const { checkContent } = await import('../../src/lint/check-content.ts');
    const sandbox = contentSandbox();
    try {
      const nodes = Array.from({ length: 12 }, (_, i) => `  - id: p${i}\n    text: 步骤${i}\n    kind: step\n`).join('');
      const edges = complete(12).map(([a, b]) => `  - from: p${a}\n    to: p${b}\n    inferred: false\n`).join('');
      sandbox.put('content/demo/flowcharts/cf-general.yaml', `id: cf-general\nbureau: demo\ntitle: 过密\nnodes:\n${nodes}edges:\n${edges}`);
      const steps = Array.from({ length: CHART_LIMITS.nodes - 1 }, (_, i) => `  - stage: 环节${i + 1}\n`).join('');
      const item = (await import('node:fs')).readFileSync(new URL('../fixtures/valid/content/demo/cf-001.yaml', import.meta.url), 'utf8');
      sandbox.put('content/demo/qt-001.yaml', `${item.replace('id: cf-001', 'id: qt-001').replace('category: 行政处罚', 'category: 其他行政权力').replace(/\nflowchart:.*/, '')}process:\n${steps}`);
      const errors = checkContent(sandbox.root).problems.filter((p) => p.level === 'error');
      const chartErrors = errors.filter((p) => p.file === 'content/demo/flowcharts/cf-general.yaml');
      // Each of the 12 nodes has 11 edges out (limit 8) and 11 in (limit 10): one error per node and side.
      expect(chartErrors).toHaveLength(24);
      expect(new Set(chartErrors.map((p) => p.code))).toEqual(new Set(['FIELD_VALUE']));
      expect(chartErrors.filter((p) => p.message.includes('连出的连线超过 8 条'))).toHaveLength(12);
      expect(chartErrors.filter((p) => p.message.includes('的连线超过 10 条'))).toHaveLength(12);
      expect(errors.filter((p) => p.file === 'content/demo/qt-001.yaml').map((p) => p.code)).toEqual(['FIELD_VALUE']);
    } finally {
      sandbox.dispose();
    }
  });
});
