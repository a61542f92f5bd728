/**
 * npm run build — checks the content, builds the site with Astro into a staging folder (the
 * search index is written and verified by an Astro integration, src/integrations/search-index.ts,
 * as part of that build), and only when all of that succeeds swaps it into dist/. A failing
 * check, build or index leaves dist/ as it was (or absent): never a partial site.
 * The output folder is guarded (src/build/out-dir-guard.ts), locked against a second build
 * (lock.ts), swapped in by renames (swap.ts), and Astro is stopped with the build (child-process.ts).
 *
 * The site is built from parts (src/build/parts/, docs/building.md): each bureau's pages are a part
 * kept in a cache (`<outDir>.parts`, or --cache) under a hash of their inputs, so a build renders
 * only the bureaus whose inputs changed, plus the pages shared by all bureaus, and writes one
 * search index. `--bureau SLUG` (repeatable) only renders those bureaus' parts into the cache,
 * publishing nothing: parts can be built by parallel processes or CI jobs and assembled by a
 * final build. `--no-cache` builds everything and keeps nothing.
 *
 * Usage: node scripts/build.ts [--outDir dist] [--content content] [--base /a/b/] [--cache DIR]
 *        [--no-cache] [--bureau SLUG …]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { ALIGNMENT_FILE_ENV } from '../src/align/alignment-store.ts';
import { onStop, runChild, stopChildrenOnSignals } from '../src/build/child-process.ts';
import { announceChild, killPoint, pausePoint } from '../src/build/kill-points.ts';
import { acquireLock, BuildLocked } from '../src/build/lock.ts';
import { outDirRefusal, SITE_MARKER } from '../src/build/out-dir-guard.ts';
import { cacheRefusal, defaultCachePath } from '../src/build/parts/cache-folder.ts';
import { pruneCache } from '../src/build/parts/part-files.ts';
import { PARTS_PLAN_ENV } from '../src/build/parts/plan.ts';
import { alignmentFile, type Prepared, type PrepareRequest } from '../src/build/prepare-build.ts';
import { recoverInterruptedSwap, stagingPath, swapIn } from '../src/build/swap.ts';
import { VALIDATION_FILE_ENV } from '../src/content/loader.ts';
import { escapeControl } from '../src/validate/problem.ts';

/** Who holds the project's shared prerender lock (below). */
const SHARED_PRERENDER = { zh: '正在从本项目构建到项目之外的文件夹（Astro 此时共用项目的 .astro/.prerender/）', en: 'of this project is building into a folder outside it (Astro then shares the project\'s .astro/.prerender/)' };

const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    base: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    bureau: { type: 'string', multiple: true },
  },
});
const root = process.cwd();
const outDir = resolve(root, values.outDir!);
const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};
const partsOnly = values.bureau !== undefined;
if (partsOnly && values['no-cache']) fail('构建已停止：--bureau 把部件写入缓存，不能与 --no-cache 同用 / --bureau writes parts into the cache; it cannot be used with --no-cache');

if (!partsOnly) {
  const refusal = outDirRefusal(root, values.outDir!, values.content!);
  if (refusal) fail(`构建已停止：${refusal}（${escapeControl(outDir)}） / Build refused.`);
}
const cache = values['no-cache'] ? undefined : resolve(root, values.cache ?? defaultCachePath(values.outDir!));
if (cache) {
  const refusal = cacheRefusal(root, cache, values.content!);
  if (refusal) fail(`构建已停止：${refusal}（${escapeControl(cache)}） / Build refused.`);
}

stopChildrenOnSignals();
/** A build lock (src/build/lock.ts), given back however the build ends; a held one stops the build. */
function takeLock(path: string, holder?: typeof SHARED_PRERENDER): { release: () => void } {
  try {
    const taken = acquireLock(path, holder);
    onStop(taken.release);
    process.on('exit', taken.release);
    return taken;
  } catch (error) {
    if (error instanceof BuildLocked) fail(`构建已停止：${escapeControl(error.message)}`);
    throw error;
  }
}
let lock: { release: () => void } | undefined;
if (!partsOnly) {
  lock = takeLock(outDir);
  // Astro prerenders into the output folder when it lies inside the project, and into the
  // project's own .astro/.prerender/ otherwise, which two such builds would overwrite for each
  // other: those builds take turns.
  if (!stagingPath(outDir).startsWith(root)) takeLock(join(root, '.astro', 'prerender'), SHARED_PRERENDER);
  try {
    recoverInterruptedSwap(outDir);
  } catch (error) {
    fail(`构建已停止：${escapeControl((error as Error).message)}`);
  }
}

// Validated once, in a worker (src/build/prepare-build.ts): the validation goes to the Astro
// build's content loader, the parts plan to its pages; the worker's memory goes with it.
const handOver = join(tmpdir(), `qingdan-validation-${process.pid}.json`);
const planFile = join(tmpdir(), `qingdan-parts-${process.pid}.json`);
for (const file of [handOver, planFile]) {
  onStop(() => rmSync(file, { force: true }));
  process.on('exit', () => rmSync(file, { force: true }));
}
const siteUrl = process.env.SITE_URL || undefined;
const siteAddress = siteUrl && (values.base ? new URL(values.base.replace(/\/?$/, '/'), siteUrl).href : new URL(siteUrl).href.replace(/\/?$/, '/'));
const request: PrepareRequest = {
  root,
  options: { siteUrl, base: values.base, contentDir: values.content! },
  handOver,
  ...(cache ? { parts: { cache, planFile, only: values.bureau, siteAddress } } : {}),
};
const prepared = await new Promise<Prepared>((done, failed) => {
  const worker = new Worker(new URL('../src/build/prepare-build.ts', import.meta.url), { workerData: { prepareBuild: request } });
  worker.once('message', done);
  worker.once('error', failed);
  worker.once('exit', (code) => failed(new Error(`准备构建的线程意外退出（${code}） / the preparing worker exited with ${code}`)));
});
if (prepared.errors.length > 0) {
  for (const line of prepared.errors) console.error(line);
  fail(`\n构建已停止：内容有 ${prepared.errors.length} 个错误，未写入任何文件。/ Build stopped: ${prepared.errors.length} errors; nothing was written.`);
}
if (partsOnly) {
  const unknown = values.bureau!.filter((b) => !prepared.bureaus.includes(b));
  if (unknown.length > 0) fail(`构建已停止：没有这些部门：${unknown.map(escapeControl).join('、')}；可用的部门标识：${prepared.bureaus.join('、')} / unknown bureau`);
}

const plan = prepared.plan;
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', QINGDAN_CONTENT_DIR: values.content, [VALIDATION_FILE_ENV]: handOver };
if (plan) {
  const rendered = plan.parts.filter((p) => !p.cached).length;
  console.log(`部件：${plan.parts.length - rendered} 个取自缓存，${rendered} 个需要生成 / parts: ${plan.parts.length - rendered} cached, ${rendered} to render`);
  if (partsOnly && rendered === 0) {
    console.log('所需部件都已在缓存中 / every part asked for is cached');
    process.exit(0);
  }
  env[PARTS_PLAN_ENV] = planFile;
  env[ALIGNMENT_FILE_ENV] = alignmentFile(plan.cache);
}

// A parts-only build renders into a scratch folder: its parts go to the cache, the rest is dropped.
// The folder is inside the project (.build/, ignored by git), so Astro prerenders into it and
// parts-only builds of one project can run at the same time.
if (partsOnly) mkdirSync(join(root, '.build'), { recursive: true });
const staging = partsOnly ? mkdtempSync(join(root, '.build', 'parts-')) : stagingPath(outDir);
onStop(() => rmSync(staging, { recursive: true, force: true }));
const discard = (message: string, code = 1) => {
  rmSync(staging, { recursive: true, force: true });
  fail(`\n${message}`, code);
};

const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...(values.base ? ['--base', values.base] : [])];
const status = await runChild(process.execPath, args, { env }, announceChild);
rmSync(handOver, { force: true });
if (status !== 0) discard('构建失败，输出文件夹未改动。/ Build failed; output folder left unchanged.', status);
if (partsOnly) {
  rmSync(staging, { recursive: true, force: true });
  console.log(`部件已写入 ${escapeControl(values.cache ?? defaultCachePath(values.outDir!))} / parts written to the cache`);
  process.exit(0);
}
// The search index was written and verified inside the Astro build (src/integrations/search-index.ts).
killPoint('after-index');
await pausePoint('after-index');

writeFileSync(join(staging, SITE_MARKER), 'Written by qingdan\'s build: `npm run build` may replace this folder.\n');
swapIn(staging, outDir);
if (plan) pruneCache(plan.cache, new Map(plan.parts.map((p) => [p.bureau, p.key])));
lock!.release();
console.log(`站点已写入 ${escapeControl(values.outDir!)} / site written to ${escapeControl(values.outDir!)}`);
