/**
 * npm run bench — the project's speed and memory targets, measured.
 *
 * Runs the real commands as child processes (check, import, build) on the included lists and on
 * synthetic lists of 1,000 and 10,000 items (made from the real ones, src/search/synth-content.ts),
 * samples the resident memory of the whole process tree from /proc every 50 ms, compares each
 * figure with its target and writes docs/benchmarks/README.md. Exit code 1 when a target is
 * missed. Targets live here and nowhere else: unit tests never time anything.
 *
 * Usage: node scripts/bench.ts [--sizes 1000,10000] [--out docs/benchmarks/README.md]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeContent } from '../src/search/synth-content.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, out: { type: 'string', default: 'docs/benchmarks/README.md' } } });
const root = process.cwd();
const node = process.execPath;

interface Measure {
  seconds: number;
  peakMiB: number;
  status: number;
}

/** Resident memory (KiB) of a process and all its descendants, read from /proc. */
function treeRssKiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Measure> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(node, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 50);
    child.on('exit', (status) => {
      clearInterval(timer);
      if (status !== 0) console.error(stderr.slice(-2000));
      done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, status: status ?? 1 });
    });
  });
}

interface Row {
  what: string;
  items: number;
  measure: Measure;
  targetSeconds: number;
  targetMiB: number;
}

const rows: Row[] = [];
async function bench(what: string, items: number, args: string[], targetSeconds: number, targetMiB: number, env?: Record<string, string>) {
  console.log(`… ${what} (${items} items)`);
  const measure = await run(args, env);
  rows.push({ what, items, measure, targetSeconds, targetMiB });
  console.log(`   ${measure.seconds.toFixed(1)} s, peak ${measure.peakMiB.toFixed(0)} MiB, exit ${measure.status}`);
}

const loadAtStart = loadavg()[0]!;
const scratch = mkdtempSync(join(tmpdir(), 'qingdan-bench-'));
try {
  // The included lists.
  const importRoot = join(scratch, 'import');
  await bench('check (npm run check)', 102, ['scripts/check.ts', 'content'], 5, 512);
  await bench('import (npm run import, into a scratch folder)', 102, ['--input-type=module', '-e', `import { cpSync } from 'node:fs'; cpSync(${JSON.stringify(join(root, 'seeds'))}, ${JSON.stringify(join(importRoot, 'seeds'))}, { recursive: true }); const { runImport } = await import(${JSON.stringify(join(root, 'src/import/run-import.ts'))}); runImport(${JSON.stringify(importRoot)});`], 10, 512);
  await bench('build (npm run build: check, Astro, charts, search index)', 102, ['scripts/build.ts', '--content', 'content', '--outDir', join(scratch, 'dist-real')], 120, 2048);

  // Synthetic lists.
  for (const size of values.sizes!.split(',').map(Number).filter((n) => n > 0)) {
    const dir = join(scratch, `synth-${size}`);
    const written = synthesizeContent(resolve(root, 'content'), size, join(dir, 'content'));
    await bench('check', written.items, ['scripts/check.ts', join(dir, 'content')], Math.max(5, size / 200), 4096);
    await bench('build', written.items, ['scripts/build.ts', '--content', join(dir, 'content'), '--outDir', join(dir, 'dist')], Math.max(120, size / 10), 8192);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const failed = rows.filter((r) => r.measure.status !== 0 || r.measure.seconds > r.targetSeconds || r.measure.peakMiB > r.targetMiB);
const verdict = (r: Row) => (r.measure.status !== 0 ? '失败 / failed' : r.measure.seconds > r.targetSeconds || r.measure.peakMiB > r.targetMiB ? '未达标 / missed' : '达标 / met');
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const report = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts), which runs the real commands as child processes
and samples the resident memory of the whole process tree (Astro, Pagefind's binary …) from /proc
every 50 ms. The targets are in scripts/bench.ts; unit tests time nothing.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.versions.node}
- 1-minute load average at the start: ${loadAtStart.toFixed(2)} (other work on the machine slows every figure)
- Synthetic lists: copies of the five real lists with made-up place names and codes (src/search/synth-content.ts)

| what | items | seconds | target s | peak MiB | target MiB | result |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.what} | ${r.items} | ${r.measure.seconds.toFixed(1)} | ${r.targetSeconds} | ${r.measure.peakMiB.toFixed(0)} | ${r.targetMiB} | ${verdict(r)} |`).join('\n')}

Flowchart layout times are in [flowcharts.md](flowcharts.md) (\`npm run bench:flowcharts\`);
search quality and index figures at scale in [../search.md](../search.md).
`;
if (existsSync(join(root, 'docs'))) writeFileSync(resolve(root, values.out!), report);
console.log(`\n${report}`);
process.exitCode = failed.length > 0 ? 1 : 0;
