/**
 * The bench's report (docs/benchmarks/README.md): machine and versions, load average, content
 * sizes, the table of measurements with targets and verdicts, the ratios, and the straight-line
 * projection to 100,000 items from the two largest sizes measured.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Measure } from './process-tree.ts';
import type { TreeDifference } from './same-files.ts';
import { projectLinear, spread } from './stats.ts';
import { FULL_OVER_BASELINE_MAX, INCREMENTAL_JUDGED_FROM_ITEMS, INCREMENTAL_OVER_FULL_MAX, MEMORY_AT_10K_MIB, MEMORY_FLOOR_MIB, memoryTargetMiB } from './targets.ts';

export interface MachineFacts {
  date: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  astro: string;
  pagefind: string;
  loadAtStart: number;
  loadAtEnd?: number;
}

export function machineFacts(root: string, loadAtStart: number): MachineFacts {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    ramGiB: totalmem() / 2 ** 30,
    node: process.versions.node,
    astro: version('astro'),
    pagefind: version('pagefind'),
    loadAtStart,
  };
}

export interface SizeResult {
  items: number;
  bureaus: number;
  check: Measure[];
  full: Measure[];
  incremental: Measure[];
  baseline: Measure[];
  reference?: Measure;
  /** Whether scripts/build.ts accepted --cache (without it there is no incremental build). */
  buildHasCache: boolean;
  edit?: { file: string; field: string; before: string; after: string };
  sameAsFull?: TreeDifference;
  files?: { qingdanPages: number; qingdanFiles: number; baselinePages: number; baselineFiles: number };
}

export interface ReportInput {
  facts: MachineFacts;
  runs: number;
  results: SizeResult[];
  crash?: string;
}

const MET = '达标 / met';
const MISSED = '未达标 / missed';
const NOT_JUDGED = '不评判 / not judged';

const seconds = (ms: Measure[]) => spread(ms.map((m) => m.seconds));
const peak = (ms: Measure[]) => Math.max(...ms.map((m) => m.peakMiB));
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
/** One decimal below 100, whole numbers with separators above. */
const num = (n: number) => (Math.abs(n) < 100 ? fmt(n) : int(n));

interface Judged {
  text: string;
  missed?: string;
}

function fullRatio(r: SizeResult): Judged & { ratio: number } {
  const ratio = seconds(r.full).median / seconds(r.baseline).median;
  const ok = ratio <= FULL_OVER_BASELINE_MAX;
  return { ratio, text: ok ? MET : MISSED, missed: ok ? undefined : `${r.items} items: full build ${fmt(ratio, 2)}× the baseline (target ≤ ${FULL_OVER_BASELINE_MAX}×)` };
}

function memoryVerdict(r: SizeResult): Judged {
  const target = memoryTargetMiB(r.items);
  const ok = peak(r.full) <= target;
  return { text: ok ? MET : MISSED, missed: ok ? undefined : `${r.items} items: full build peaks at ${int(peak(r.full))} MiB (target ≤ ${int(target)} MiB)` };
}

function incrementalVerdict(r: SizeResult): Judged & { ratio: number } {
  const ratio = seconds(r.incremental).median / seconds(r.full).median;
  if (!r.buildHasCache) {
    return { ratio, text: '失败 / failed: scripts/build.ts 没有 --cache 选项 / has no --cache option', missed: `${r.items} items: no incremental rebuild — scripts/build.ts has no --cache option, so the "rebuild" was a second full build` };
  }
  if (r.items < INCREMENTAL_JUDGED_FROM_ITEMS) return { ratio, text: `${NOT_JUDGED}（< ${int(INCREMENTAL_JUDGED_FROM_ITEMS)} 项，固定开销为主 / fixed costs dominate）` };
  const ok = ratio <= INCREMENTAL_OVER_FULL_MAX;
  return { ratio, text: ok ? MET : MISSED, missed: ok ? undefined : `${r.items} items: rebuild after one edit takes ${fmt(ratio * 100, 0)} % of the full build (target ≤ ${fmt(INCREMENTAL_OVER_FULL_MAX * 100, 0)} %)` };
}

function sameVerdict(r: SizeResult): Judged {
  const d = r.sameAsFull;
  if (!d) return { text: '—' };
  const unexplained = d.differing.length + d.onlyInFirst.length + d.onlyInSecond.length;
  if (unexplained === 0) return { text: `${MET}：${int(d.files)} 个文件相同 / files identical${d.explained.length ? `（${d.explained.length} 个按下文说明 / explained below）` : ''}` };
  const names = [...d.differing.map((p) => `≠ ${p}`), ...d.onlyInFirst.map((p) => `only in rebuild: ${p}`), ...d.onlyInSecond.map((p) => `only in full build: ${p}`)];
  return { text: `${MISSED}：${unexplained} 个文件不同 / files differ`, missed: `${r.items} items: the rebuilt site differs from a full build: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` … (${names.length})` : ''}` };
}

function row(what: string, items: number, ms: Measure[], target: string, verdict: string): string {
  const s = seconds(ms);
  return `| ${what} | ${int(items)} | ${fmt(s.median)} | ${fmt(s.min)}–${fmt(s.max)} | ${int(peak(ms))} | ${target} | ${verdict} |`;
}

function projection(results: SizeResult[]): string {
  const sized = results.filter((r) => r.full.length > 0 && r.incremental.length > 0 && r.baseline.length > 0);
  if (sized.length < 2) {
    return 'Needs two sizes (`--sizes A,B`); this run measured one, so nothing is projected. / 需要两个规模的实测值，本次只测了一个，不作推算。';
  }
  const [a, b] = sized.slice(-2) as [SizeResult, SizeResult];
  const target = 100_000;
  const lines = [
    ['qingdan full build, s', seconds(a.full).median, seconds(b.full).median],
    ['qingdan full build, peak MiB', peak(a.full), peak(b.full)],
    ['rebuild after one item’s edit (one bureau), s', seconds(a.incremental).median, seconds(b.incremental).median],
    ['rebuild after one item’s edit, peak MiB', peak(a.incremental), peak(b.incremental)],
    ['baseline (bare Astro + Pagefind), s', seconds(a.baseline).median, seconds(b.baseline).median],
  ] as const;
  const table = lines.map(([what, v1, v2]) => {
    const perThousand = ((v2 - v1) / (b.items - a.items)) * 1000;
    // A figure that fell between the sizes measured noise, not growth: nothing to extrapolate.
    const cell = v2 < v1 ? '— (fell between the sizes: noise larger than the growth / 噪声大于增长)' : `**${num(projectLinear(a.items, v1, b.items, v2, target))}**`;
    return `| ${what} | ${num(v1)} | ${num(v2)} | ${num(perThousand)} | ${cell} |`;
  });
  return `**Extrapolation, not a measurement / 推算，非实测.** Each figure at 100,000 items is the straight line
through the two largest sizes measured in this run (${int(a.items)} and ${int(b.items)} items):

    v(100,000) = v(${int(b.items)}) + (v(${int(b.items)}) − v(${int(a.items)})) / (${int(b.items)} − ${int(a.items)}) × (100,000 − ${int(b.items)})

It assumes the cost per item stays what it was between those sizes (anything that grows faster than
the items makes the real figure larger). The synthetic content has about ${Math.round(b.items / b.bureaus)} items per bureau, so
100,000 items are about ${int((target * b.bureaus) / b.items)} bureaus; the one-item rebuild rebuilds one of them. The
smaller the two sizes, the more their difference mixes fixed costs into the per-item slope: a
projection is only as good as the sizes it came from (the default sizes are 1,000 and 10,000).${
    a.items < INCREMENTAL_JUDGED_FROM_ITEMS ? `\n**The smaller size here is under ${int(INCREMENTAL_JUDGED_FROM_ITEMS)} items, where fixed costs dominate: these slopes are not a basis for planning. / 较小规模不足 ${int(INCREMENTAL_JUDGED_FROM_ITEMS)} 项，固定开销为主，此推算不可作为依据。**\n` : ''
  }

| what | ${int(a.items)} items | ${int(b.items)} items | per 1,000 more items | 100,000 items (projected) |
| --- | ---: | ---: | ---: | ---: |
${table.join('\n')}${ciMatrix(a, b, target)}`;
}

/**
 * A CI matrix at `target` items, from the projected full build and one-item rebuild: the rebuild is
 * the assembly (every other part from the cache) plus one bureau's part, so the parts cost about
 * full − rebuild together; spread over M machines, then assembled once:
 * time(M) ≈ (full − rebuild) / M + rebuild.
 */
function ciMatrix(a: SizeResult, b: SizeResult, target: number): string {
  if (!a.buildHasCache || !b.buildHasCache) return '';
  const grew = (x: Measure[], y: Measure[]) => seconds(y).median >= seconds(x).median;
  if (!grew(a.full, b.full) || !grew(a.incremental, b.incremental)) {
    return '\n\nNo CI-matrix estimate: the full build or the rebuild took less time at the larger size (noise). / 无法估算 CI 矩阵：较大规模反而更快（噪声）。';
  }
  const full = projectLinear(a.items, seconds(a.full).median, b.items, seconds(b.full).median, target);
  const rebuild = projectLinear(a.items, seconds(a.incremental).median, b.items, seconds(b.incremental).median, target);
  const machines = [1, 4, 16, 64];
  return `

**A CI matrix (estimate from the projection above / 按上表推算).** A rebuild after one edit is the
assembly (every other bureau's part taken from the cache, the shared pages, one search index) plus
one bureau's part, so the parts together cost about full − rebuild. Built by \`--bureau\` jobs on M
machines (bureaus split evenly; moving parts between machines not counted), then assembled once: time(M) ≈ (full − rebuild) / M + rebuild.

| machines M | ${machines.join(' | ')} |
| --- | ${machines.map(() => '---:').join(' | ')} |
| s at ${int(target)} items | ${machines.map((m) => num(Math.max(0, full - rebuild) / m + rebuild)).join(' | ')} |`;
}

/** The report and the list of missed targets (empty when all are met). */
export function renderReport({ facts, runs, results, crash }: ReportInput): { markdown: string; missed: string[] } {
  const missed: string[] = [];
  const rows: string[] = [];
  const ratios: string[] = [];
  const sizes: string[] = [];
  const explanations: string[] = [];
  for (const r of results) {
    const memory = memoryVerdict(r);
    const full = fullRatio(r);
    const incremental = incrementalVerdict(r);
    const same = sameVerdict(r);
    for (const j of [memory, full, incremental, same]) if (j.missed) missed.push(j.missed);

    rows.push(row('check (`scripts/check.ts`)', r.items, r.check, '—', '仅报告 / reported'));
    rows.push(row(`**qingdan full build** (cold: ${r.buildHasCache ? '`scripts/build.ts --cache` a new empty folder' : '`scripts/build.ts` without --cache, which it lacks'})`, r.items, r.full, `≤ ${int(memoryTargetMiB(r.items))} MiB; ≤ ${FULL_OVER_BASELINE_MAX}× baseline s`, `memory ${memory.text}; time ${full.text}`));
    rows.push(row('**baseline build** (bare Astro 7, one plain page per item + `pagefind --site dist`)', r.items, r.baseline, '—', 'reference'));
    rows.push(row(`**incremental rebuild** (one item edited, ${r.buildHasCache ? 'same --cache and --outDir' : 'same --outDir; no --cache, so a second full build'})`, r.items, r.incremental, `≤ ${fmt(INCREMENTAL_OVER_FULL_MAX * 100, 0)} % of full build s`, incremental.text));
    if (r.reference) rows.push(row('qingdan full build of the edited content (reference for the comparison)', r.items, [r.reference], '—', '—'));

    ratios.push(`- **${int(r.items)} items** — full build / baseline: **${fmt(full.ratio, 2)}×** (target ≤ ${FULL_OVER_BASELINE_MAX}×): ${full.text}; ` +
      `incremental / full: **${fmt(incremental.ratio * 100, 1)} %** (target ≤ ${fmt(INCREMENTAL_OVER_FULL_MAX * 100, 0)} %): ${incremental.text}; ` +
      `peak memory of the full build: **${int(peak(r.full))} MiB** (target ≤ ${int(memoryTargetMiB(r.items))} MiB): ${memory.text}; ` +
      `rebuilt site = full build of the edited content: ${same.text}`);
    if (r.edit) ratios.push(`  - the edit: \`${r.edit.file}\`, field \`${r.edit.field}\`: “${r.edit.before}” → “${r.edit.after}”`);
    if (same.missed) ratios.push(`  - ${same.missed}`);
    const byReason = new Map<string, string[]>();
    for (const e of r.sameAsFull?.explained ?? []) byReason.set(e.why, [...(byReason.get(e.why) ?? []), e.path]);
    for (const [why, paths] of byReason) explanations.push(`- ${int(r.items)} items: ${paths.map((p) => `\`${p}\``).join(', ')} — ${why}`);

    const f = r.files;
    sizes.push(`| ${int(r.items)} | ${int(r.bureaus)} | ${f ? int(f.qingdanPages) : '—'} | ${f ? int(f.qingdanFiles) : '—'} | ${f ? int(f.baselinePages) : '—'} | ${f ? int(f.baselineFiles) : '—'} |`);
  }

  const load = `${fmt(facts.loadAtStart, 2)} at the start, ${facts.loadAtEnd === undefined ? '—' : fmt(facts.loadAtEnd, 2)} at the end`;
  const markdown = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts). On synthetic content made from the five real lists
(src/search/synth-content.ts), it builds qingdan and, **from the same items in the same run, a
baseline**: a bare Astro ${facts.astro} project with one plain page per item (every field of the
item's YAML printed as plain HTML) indexed by the Pagefind CLI with default settings. The two
builds alternate A B A B (${runs} run${runs === 1 ? '' : 's'} per size); every command is one child
process tree, timed by the wall clock, and its resident memory (all processes of the tree, Astro's
workers and Pagefind's binary included) is sampled from /proc every 50 ms. Medians and min–max
are over the runs; peak MiB is the highest of the runs. After the runs, one item is edited and
rebuilt with the same part cache, and the rebuilt site is compared file by file with a cold full
build of the edited content. The targets live in scripts/bench/targets.ts and nowhere else; unit
tests time nothing.${crash ? `\n\n**The bench stopped before the end / 基准测试中途停止:** ${crash.split('\n')[0]}` : ''}

- Date: ${facts.date}
- Machine: ${facts.cores} × ${facts.cpu}, ${fmt(facts.ramGiB, 0)} GiB RAM
- Node ${facts.node}, Astro ${facts.astro}, Pagefind ${facts.pagefind}
- 1-minute load average: ${load} (other work on the machine slows every figure)

## Content / 内容规模

| items | bureaus | qingdan pages | qingdan files | baseline pages | baseline files |
| ---: | ---: | ---: | ---: | ---: | ---: |
${sizes.join('\n')}

## Measurements / 实测

| what | items | median s | min–max s | peak MiB | target | verdict |
| --- | ---: | ---: | ---: | ---: | --- | --- |
${rows.join('\n')}

## Ratios / 比值

${ratios.join('\n')}

Memory target: ≤ ${int(MEMORY_AT_10K_MIB)} MiB at 10,000 items (issue 14); smaller sites get the same
line scaled down over a fixed floor, ${MEMORY_FLOOR_MIB} MiB + ${int(MEMORY_AT_10K_MIB - MEMORY_FLOOR_MIB)} MiB × items / 10,000. The rebuild
ratio is judged from ${int(INCREMENTAL_JUDGED_FROM_ITEMS)} items on: below that, starting Node, Astro and
Pagefind dominates both builds.
${explanations.length ? `\nFiles that differ for a stated reason:\n\n${explanations.join('\n')}\n` : ''}
## 100,000 items (projection) / 十万项（推算）

${projection(results)}

## More

Which targets are met and why the others are missed, with the 10,000-item build's phases and
memory by process: [scale.md](scale.md). Where the Astro build's time goes (CPU and memory
profiles, each fix): [profile.md](profile.md). The search
index's term design and its figures: [search-terms.md](search-terms.md). Flowchart layout times:
[flowcharts.md](flowcharts.md) (\`npm run bench:flowcharts\`); search quality and index figures at
scale: [../search.md](../search.md).
`;
  if (crash) missed.push(`the bench stopped: ${crash.split('\n')[0]}`);
  return { markdown, missed };
}
