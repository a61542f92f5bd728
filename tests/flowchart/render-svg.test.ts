import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/flowchart/layout.ts';
import { renderSvg } from '../../src/flowchart/render-svg.ts';
import { escapeXml } from '../../src/flowchart/svg-escape.ts';
import { awkwardChart, testCharts } from './corpus.ts';

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The `d` of each edge's line (not its arrowhead), by edge index. */
function edgeLines(svg: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of svg.matchAll(/<g class="fc-edge[^"]*" data-edge="(\d+)"[^>]*><path d="([^"]+)"/g)) out.set(Number(m[1]), m[2]!);
  return out;
}

describe('renderSvg', () => {
  for (const { name, chart } of testCharts()) {
    it(`puts every node, edge, label and line of text of ${name} into the SVG`, async () => {
      const layout = await layoutChart(chart);
      const svg = renderSvg(layout);
      for (const node of layout.nodes) {
        expect(count(svg, `data-node-id="${escapeXml(node.id)}"`), node.id).toBe(1);
        for (const line of [...node.lines, ...node.detailLines.flat()]) expect(svg).toContain(`>${escapeXml(line)}</text>`);
      }
      chart.edges.forEach((e, i) => {
        expect(count(svg, `data-edge="${i}" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"`)).toBe(1);
        expect(count(svg, `data-edge-label="${i}"`)).toBe(e.label ? 1 : 0);
      });
      for (const e of layout.edges) for (const line of e.labelBox?.lines ?? []) expect(svg).toContain(`>${escapeXml(line)}</text>`);
      expect(count(svg, 'class="fc-arrow"')).toBe(chart.edges.length);
      // Every segment of every line is horizontal or vertical.
      const lines = edgeLines(svg);
      expect(lines.size).toBe(chart.edges.length);
      for (const [i, d] of lines) {
        const pts = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
        expect(pts.length).toBeGreaterThanOrEqual(2);
        for (let k = 1; k < pts.length; k++) expect(pts[k]![0] === pts[k - 1]![0] || pts[k]![1] === pts[k - 1]![1], `edge ${i}: ${d}`).toBe(true);
      }
    });
  }

  it('is an image named by its <title> and described by its <desc>', async () => {
    const layout = await layoutChart(testCharts().find((c) => c.name.endsWith('cf-yiban-chengxu.yaml'))!.chart);
    const svg = renderSvg(layout);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-cf-yiban-chengxu-title" aria-describedby="chart-cf-yiban-chengxu-desc"/);
    expect(svg).toContain('<title id="chart-cf-yiban-chengxu-title">一、行政处罚类一般程序流程图</title>');
    expect(svg).toMatch(/<desc id="chart-cf-yiban-chengxu-desc">流程图，共 21 个环节、24 条连线，其中 6 条连线标有分支条件；24 条连线系依据原文内容推断（原文未载明箭头）。[^<]*<\/desc>/);
    expect(renderSvg(layout, { idPrefix: 'x1', title: '标题', desc: '说明' })).toContain('<title id="x1-title">标题</title><desc id="x1-desc">说明</desc>');
  });

  it('gives node kinds different shapes, not only different colours', async () => {
    const layout = await layoutChart(testCharts().find((c) => c.name.endsWith('cf-yiban-chengxu.yaml'))!.chart);
    const svg = renderSvg(layout);
    const shapeOf = (id: string) => svg.match(new RegExp(`data-node-id="${id}"[^>]*>(<(?:rect|polygon)[^>]*>)`))![1]!;
    expect(shapeOf('p3')).toMatch(/^<polygon points="[^"]+"/); // decision: hexagon
    expect(shapeOf('p1')).toMatch(/rx="18"/); // start: rounded
    expect(shapeOf('p21')).toMatch(/rx="18"/); // end: rounded
    expect(shapeOf('p2')).toMatch(/rx="2"/); // step: square-ish
  });

  it('escapes & < > " \' in titles, node text and labels', async () => {
    const svg = renderSvg(await layoutChart(awkwardChart));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<流程>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('<title id="chart-awkward-title">测试 &lt;流程&gt; &amp; &quot;引号&quot; &#39;单引号&#39;</title>');
    expect(svg).toContain('A&amp;B');
    expect(svg).toContain('&lt;不予受理&gt;');
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
