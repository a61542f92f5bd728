/**
 * npm run build — checks the content, builds the site with Astro into a staging folder (the
 * search index is written by an Astro integration, src/integrations/search-index.ts, as part of
 * that build), and only when all of that succeeds swaps it into dist/. A failing
 * check, build or index leaves dist/ as it was (or absent): never a partial site.
 * Usage: node scripts/build.ts [--outDir dist] [--content content] [--base /a/b/]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lint/check-content.ts';
import { formatProblem } from '../src/validate/problem.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' }, base: { type: 'string' } } });
const root = process.cwd();
const outDir = resolve(root, values.outDir!);

const result = checkContent(root, values.content);
if (result.errorCount > 0) {
  for (const problem of result.problems.filter((p) => p.level === 'error')) console.error(formatProblem(problem));
  console.error(`\n构建已停止：内容有 ${result.errorCount} 个错误，未写入任何文件。/ Build stopped: ${result.errorCount} errors; nothing was written.`);
  process.exit(1);
}

const staging = `${outDir}.partial`;
rmSync(staging, { recursive: true, force: true });
const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...(values.base ? ['--base', values.base] : [])];
const astro = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', QINGDAN_CONTENT_DIR: values.content },
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\n构建失败，dist/ 未改动。/ Build failed; dist/ left unchanged.');
  process.exit(astro.status ?? 1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`站点已写入 ${join(values.outDir!)} / site written to ${values.outDir}`);
