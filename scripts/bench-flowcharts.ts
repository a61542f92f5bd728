/**
 * npm run bench:flowcharts — lays out every chart of the content (each bureau's shared flowcharts
 * and each item's derived chart) as the build does — elkjs, or directly for a straight chain
 * (src/flowchart/chain-layout.ts) — and reports how long it took.
 * Without content it measures the test fixtures instead. Writes docs/benchmarks/flowcharts.md
 * (measured numbers only) and prints the same table.
 * Usage: node scripts/bench-flowcharts.ts [--content content] [--flowcharts DIR] [--out FILE]
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCharts, flowchartFiles, type CorpusChart } from '../src/flowchart/chart-corpus.ts';
import { layoutChart } from '../src/flowchart/layout.ts';
import { procedureOutline } from '../src/flowchart/outline.ts';
import { renderSvg } from '../src/flowchart/render-svg.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    flowcharts: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks/flowcharts.md' },
  },
});
const root = process.cwd();
// Other work on the machine slows the figures; the load when the run began is reported with them.
const loadAtStart = loadavg()[0]!;

let source = values.content!;
let charts: CorpusChart[] = existsSync(resolve(root, source)) ? contentCharts(root, source) : [];
if (charts.length === 0) {
  source = 'tests/fixtures/valid/content + tests/fixtures/flowcharts';
  charts = [...contentCharts(root, 'tests/fixtures/valid/content'), ...flowchartFiles('tests/fixtures/flowcharts')];
}
if (values.flowcharts) charts.push(...flowchartFiles(values.flowcharts));
if (charts.length === 0) {
  console.error('没有可测的流程图 / no charts to measure');
  process.exit(1);
}

interface Pass {
  times: number[];
  renderMs: number;
}

/** One pass over all charts in order, timing each layout (and, apart, rendering). */
async function pass(): Promise<Pass> {
  const times: number[] = [];
  let renderMs = 0;
  for (const { chart } of charts) {
    const t0 = performance.now();
    const layout = await layoutChart(chart);
    const t1 = performance.now();
    renderSvg(layout);
    procedureOutline(chart);
    renderMs += performance.now() - t1;
    times.push(t1 - t0);
  }
  return { times, renderMs };
}

const ms = (n: number) => n.toFixed(1);
function row(label: string, subset: number[]): string {
  const total = subset.reduce((a, b) => a + b, 0);
  return `| ${label} | ${subset.length} | ${ms(total)} | ${ms(total / subset.length)} | ${ms(Math.max(...subset))} |`;
}

// The first pass is what a build sees (elkjs loads and warms up on the first charts); the second
// shows the steady state.
const cold = await pass();
const warm = await pass();
const isShared = charts.map((c) => c.kind === 'shared');
const pick = (times: number[], shared: boolean) => times.filter((_, i) => isShared[i] === shared);
const sharedCount = isShared.filter(Boolean).length;
const nodes = charts.reduce((a, c) => a + c.chart.nodes.length, 0);
const edges = charts.reduce((a, c) => a + c.chart.edges.length, 0);
const slowest = charts[warm.times.indexOf(Math.max(...warm.times))]!;

const table = (p: Pass) =>
  [
    '| charts | count | total ms | mean ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('all', p.times),
    ...(sharedCount > 0 ? [row('shared flowcharts', pick(p.times, true))] : []),
    ...(sharedCount < charts.length ? [row('item charts', pick(p.times, false))] : []),
  ].join('\n');

const report = `# Flowchart layout benchmark

Measured by \`npm run bench:flowcharts\` (scripts/bench-flowcharts.ts): every chart laid out with
elkjs (layered, orthogonal routing) — straight chains, i.e. the item charts, placed directly with
the same result (src/flowchart/chain-layout.ts) — in one Node process, one chart after another,
as the build does.

- Charts: ${charts.length} from \`${source}\` (${sharedCount} shared flowcharts, ${charts.length - sharedCount} item charts;
  ${nodes} nodes and ${edges} edges in all)
- Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, 1-minute load average ${loadAtStart.toFixed(2)} at the start; Node ${process.versions.node}
- Date: ${new Date().toISOString().slice(0, 10)}

## First pass (cold: what a build pays)

${table(cold)}

## Second pass (warm)

${table(warm)}

Slowest chart (warm): ${slowest.name}, ${slowest.chart.nodes.length} nodes, ${slowest.chart.edges.length} edges, ${ms(Math.max(...warm.times))} ms.

Rendering the SVG and the outline of all charts took ${ms(cold.renderMs)} ms (first pass) and
${ms(warm.renderMs)} ms (second pass) on top of the layout.
`;

const out = resolve(root, values.out!);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, report);
console.log(report);
