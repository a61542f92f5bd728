/**
 * npm run bench — qingdan's build against a bare Astro + Pagefind baseline built from the same
 * items in the same run (issue 14), and the rebuild after one item's edit.
 *
 * For each size (synthetic content made from the real lists, src/search/synth-content.ts):
 *   1. check: `node scripts/check.ts C`, timed (no target);
 *   2. A — qingdan's cold full build: `node scripts/build.ts --content C --outDir D --cache FRESH`;
 *   3. A′ — one item's edit (scripts/bench/edit-item.ts), then the same command with the same
 *      --outDir and --cache: the incremental rebuild;
 *   4. B — the baseline: a bare Astro project with one plain page per item, then `pagefind --site
 *      dist` with default settings (scripts/bench/baseline-site.ts);
 * repeated --runs times, alternating A B A B. Every command is one child process tree, measured
 * for wall seconds and peak resident memory of the whole tree (scripts/bench/process-tree.ts).
 * After the runs, a cold full build of the edited content is compared file by file with the
 * incremental rebuild's output. The ratios are judged against scripts/bench/targets.ts and the
 * report is written to docs/benchmarks/README.md.
 *
 * Exit status: 0 all targets met, 1 a target missed, 2 the bench or a measured command crashed.
 *
 * Usage: node scripts/bench.ts [--sizes 1000,10000 | --items N] [--runs R] [--out FILE] [--keep DIR]
 *   --items N   one size (CI smoke run: `npm run bench -- --items 200`); --runs defaults to 1
 *   --runs R    repetitions of A B per size (default 2, or 1 with --items)
 *   --out FILE  the report (default docs/benchmarks/README.md)
 *   --keep DIR  work in DIR and keep it (content, baseline project and dist, qingdan's sites)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeContent } from '../src/search/synth-content.ts';
import { baselineCommand, writeBaselineProject } from './bench/baseline-site.ts';
import { editOneItem } from './bench/edit-item.ts';
import { measure, type Measure } from './bench/process-tree.ts';
import { machineFacts, renderReport, type SizeResult } from './bench/report.ts';
import { compareTrees, listFiles } from './bench/same-files.ts';

const USAGE = 'node scripts/bench.ts [--sizes 1000,10000 | --items N] [--runs R] [--out FILE] [--keep DIR]';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    items: { type: 'string' },
    runs: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks/README.md' },
    keep: { type: 'string' },
  },
});
const positiveInteger = (text: string, option: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${option} 应为正整数 / must be a positive integer, got “${text}”\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const sizes = values.items !== undefined ? [positiveInteger(values.items, 'items')] : values.sizes!.split(',').map((s) => positiveInteger(s.trim(), 'sizes'));
sizes.sort((a, b) => a - b);
const runs = positiveInteger(values.runs ?? (values.items !== undefined ? '1' : '2'), 'runs');

const root = process.cwd();
const node = process.execPath;
const outFile = resolve(root, values.out!);

/** A measured command that exited non-zero: the bench cannot go on (exit 2). */
class CommandFailed extends Error {}

function announce(what: string, m: Measure) {
  console.log(`   ${what}: ${m.seconds.toFixed(1)} s, peak ${m.peakMiB.toFixed(0)} MiB, exit ${m.status}`);
}

function mustSucceed(what: string, m: Measure): Measure {
  announce(what, m);
  if (m.status !== 0) {
    console.error(m.stderrTail);
    throw new CommandFailed(`${what} 退出码 ${m.status} / exited with ${m.status}`);
  }
  return m;
}

// Whether scripts/build.ts has --cache (issue 14, item 3). Found out by the first build: without
// it, full builds run without the option and the incremental rebuild is reported as failed.
let buildHasCache = true;
const NO_CACHE_OPTION = /Unknown option '--cache'/;

function qingdanBuild(contentDir: string, outDir: string, cacheDir: string): Promise<Measure> {
  const args = ['scripts/build.ts', '--content', contentDir, '--outDir', outDir, ...(buildHasCache ? ['--cache', cacheDir] : [])];
  return measure(node, args, { cwd: root });
}

async function coldBuild(contentDir: string, outDir: string, cacheDir: string): Promise<Measure> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  let m = await qingdanBuild(contentDir, outDir, cacheDir);
  if (m.status !== 0 && buildHasCache && NO_CACHE_OPTION.test(m.stderrTail)) {
    buildHasCache = false;
    console.error('!! scripts/build.ts 没有 --cache 选项：全量构建不带该选项运行，增量重建记为失败。/ scripts/build.ts has no --cache option: full builds run without it and the incremental rebuild is reported as failed.');
    m = await qingdanBuild(contentDir, outDir, cacheDir);
  }
  return m;
}

async function benchSize(size: number, scratch: string): Promise<SizeResult> {
  const dir = join(scratch, `items-${size}`);
  const contentDir = join(dir, 'content');
  const written = synthesizeContent(resolve(root, 'content'), size, contentDir);
  console.log(`\n== ${written.items} items, ${written.bureaus} bureaus (${dir})`);
  const baselineDir = join(dir, 'baseline');
  writeBaselineProject(baselineDir, contentDir, root);
  const baseline = baselineCommand(node);
  const qingdanOut = join(dir, 'qingdan', 'dist');

  const result: SizeResult = { items: written.items, bureaus: written.bureaus, check: [], full: [], incremental: [], baseline: [], buildHasCache: true };
  for (let run = 1; run <= runs; run++) {
    console.log(`-- run ${run}/${runs}`);
    result.check.push(mustSucceed('check', await measure(node, ['scripts/check.ts', contentDir], { cwd: root })));

    const cacheDir = join(dir, 'qingdan', `cache-${run}`);
    result.full.push(mustSucceed('qingdan full build (cold)', await coldBuild(contentDir, qingdanOut, cacheDir)));
    result.buildHasCache = buildHasCache;

    const edit = editOneItem(contentDir);
    result.edit = { file: edit.file, field: edit.field, before: edit.before, after: edit.after };
    result.incremental.push(mustSucceed(`qingdan rebuild after editing ${edit.file}`, await qingdanBuild(contentDir, qingdanOut, cacheDir)));
    edit.undo();
    if (run < runs) rmSync(cacheDir, { recursive: true, force: true });

    rmSync(join(baselineDir, 'dist'), { recursive: true, force: true });
    result.baseline.push(mustSucceed('baseline: astro build + pagefind --site dist', await measure(baseline.command, baseline.args, { cwd: baselineDir })));
  }

  // The last incremental rebuild's site against a cold full build of the same edited content.
  const edit = editOneItem(contentDir);
  const referenceOut = join(dir, 'qingdan', 'reference');
  const referenceCache = join(dir, 'qingdan', 'cache-reference');
  result.reference = mustSucceed('qingdan full build of the edited content (reference)', await coldBuild(contentDir, referenceOut, referenceCache));
  edit.undo();
  result.sameAsFull = compareTrees(qingdanOut, referenceOut);

  const qingdanFiles = listFiles(qingdanOut);
  const baselineFiles = listFiles(join(baselineDir, 'dist'));
  result.files = {
    qingdanPages: qingdanFiles.filter((f) => f.endsWith('.html')).length,
    qingdanFiles: qingdanFiles.length,
    baselinePages: baselineFiles.filter((f) => f.endsWith('.html')).length,
    baselineFiles: baselineFiles.length,
  };
  return result;
}

const facts = machineFacts(root, loadavg()[0]!);
const scratch = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'qingdan-bench-'));
mkdirSync(scratch, { recursive: true });
const results: SizeResult[] = [];
let crash: string | undefined;
try {
  for (const size of sizes) {
    results.push(await benchSize(size, scratch));
    if (!values.keep) rmSync(join(scratch, `items-${size}`), { recursive: true, force: true });
  }
} catch (error) {
  crash = error instanceof CommandFailed ? error.message : ((error as Error).stack ?? String(error));
  console.error(`\n!! bench stopped: ${crash}`);
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}
facts.loadAtEnd = loadavg()[0]!;

const { markdown, missed } = renderReport({ facts, runs, results, crash });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, markdown);
console.log(`\n${markdown}`);
console.log(`report written to ${values.out}`);
if (crash) process.exitCode = 2;
else if (missed.length > 0) {
  console.error(`\n未达标 / targets missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
  process.exitCode = 1;
} else process.exitCode = 0;
