/**
 * npm run build — checks the content, builds the site with Astro into a staging folder (the
 * search index is written and verified by an Astro integration, src/integrations/search-index.ts,
 * as part of that build), and only when all of that succeeds swaps it into dist/. A failing
 * check, build or index leaves dist/ as it was (or absent): never a partial site.
 * The output folder is guarded (src/build/out-dir-guard.ts), locked against a second build
 * (lock.ts), swapped in by renames (swap.ts), and Astro is stopped with the build (child-process.ts).
 * Usage: node scripts/build.ts [--outDir dist] [--content content] [--base /a/b/]
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { onStop, runChild, stopChildrenOnSignals } from '../src/build/child-process.ts';
import { announceChild, killPoint, pausePoint } from '../src/build/kill-points.ts';
import { acquireLock, BuildLocked } from '../src/build/lock.ts';
import { outDirRefusal, SITE_MARKER } from '../src/build/out-dir-guard.ts';
import { recoverInterruptedSwap, stagingPath, swapIn } from '../src/build/swap.ts';
import { validationKey, VALIDATION_FILE_ENV, writeValidationHandOver } from '../src/content/loader.ts';
import { checkContent } from '../src/lint/check-content.ts';
import { escapeControl, formatProblem } from '../src/validate/problem.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' }, base: { type: 'string' } } });
const root = process.cwd();
const outDir = resolve(root, values.outDir!);
const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

const refusal = outDirRefusal(root, values.outDir!, values.content!);
if (refusal) fail(`构建已停止：${refusal}（${escapeControl(outDir)}） / Build refused.`);

// Validated once: the result goes to the Astro build's content loader (src/content/loader.ts).
const validatedFiles = validationKey(root, values.content!);
const result = checkContent(root, values.content);
if (result.errorCount > 0) {
  for (const problem of result.problems.filter((p) => p.level === 'error')) console.error(formatProblem(problem));
  fail(`\n构建已停止：内容有 ${result.errorCount} 个错误，未写入任何文件。/ Build stopped: ${result.errorCount} errors; nothing was written.`);
}

stopChildrenOnSignals();
let lock;
try {
  lock = acquireLock(outDir);
} catch (error) {
  if (error instanceof BuildLocked) fail(`构建已停止：${escapeControl(error.message)}`);
  throw error;
}
onStop(lock.release);
process.on('exit', lock.release);
try {
  recoverInterruptedSwap(outDir);
} catch (error) {
  fail(`构建已停止：${escapeControl((error as Error).message)}`);
}

const staging = stagingPath(outDir);
onStop(() => rmSync(staging, { recursive: true, force: true }));
const discard = (message: string, code = 1) => {
  rmSync(staging, { recursive: true, force: true });
  fail(`\n${message}`, code);
};

const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...(values.base ? ['--base', values.base] : [])];
const handOver = join(tmpdir(), `qingdan-validation-${process.pid}.json`);
writeValidationHandOver(handOver, validatedFiles, result);
onStop(() => rmSync(handOver, { force: true }));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', QINGDAN_CONTENT_DIR: values.content, [VALIDATION_FILE_ENV]: handOver };
const status = await runChild(process.execPath, args, { env }, announceChild);
rmSync(handOver, { force: true });
if (status !== 0) discard('构建失败，输出文件夹未改动。/ Build failed; output folder left unchanged.', status);
// The search index was written and verified inside the Astro build (src/integrations/search-index.ts).
killPoint('after-index');
await pausePoint('after-index');

writeFileSync(join(staging, SITE_MARKER), 'Written by qingdan\'s build: `npm run build` may replace this folder.\n');
swapIn(staging, outDir);
lock.release();
console.log(`站点已写入 ${escapeControl(values.outDir!)} / site written to ${escapeControl(values.outDir!)}`);
