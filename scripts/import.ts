/**
 * npm run import — two uses (src/import/):
 *
 *   npm run import [-- --force] [--content DIR]
 *       the seed import: writes each seed's bureau from seeds/ into content/; a bureau whose folder
 *       exists is skipped unless --force.
 *   npm run import -- FILE… --bureau SLUG [--content DIR] [--force] [--map 表头=field]…
 *                     [--name 全称] [--short-name 简称] [--region 地区] [--level 市级] [--version 2024年版] [--title 标题]
 *       a bureau's own list from .xls/.xlsx/.csv/.docx files into <content>/<SLUG>/ with IMPORT.md.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { runImport } from '../src/import/run-import.ts';
import { ImportInputError } from '../src/import/table/headers.ts';
import { importFiles } from '../src/import/table/import-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bureau: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
    map: { type: 'string', multiple: true, default: [] },
    name: { type: 'string' },
    'short-name': { type: 'string' },
    region: { type: 'string' },
    level: { type: 'string' },
    version: { type: 'string' },
    title: { type: 'string' },
  },
});

const root = process.cwd();
const contentDir = resolve(root, values.content ?? 'content');

try {
  if (positionals.length === 0) {
    if (values.bureau) throw new ImportInputError(['--bureau 需要同时给出要导入的文件 / --bureau needs files to import']);
    const summaries = runImport(root, { contentDir, force: values.force });
    for (const s of summaries)
      console.log(
        s.skipped
          ? `${s.slug}: 已存在，未覆盖（用 --force 重新生成）/ exists, left alone (use --force to regenerate)`
          : `${s.slug}: ${s.items} 项事项 / items, ${s.flowcharts} 张流程图 / flowcharts`,
      );
    console.log(`共写入 ${summaries.filter((s) => !s.skipped).reduce((n, s) => n + s.items, 0)} 项 / items written`);
  } else {
    if (!values.bureau) throw new ImportInputError(['请用 --bureau SLUG 指定部门标识（小写字母、数字、连字符）/ give --bureau SLUG']);
    const result = importFiles({
      files: positionals.map((f) => resolve(root, f)),
      slug: values.bureau,
      contentDir,
      force: values.force,
      mapArgs: values.map,
      bureau: { name: values.name, shortName: values['short-name'], region: values.region, level: values.level, version: values.version, title: values.title },
    });
    console.log(`${values.bureau}: ${result.items.length} 项事项 / items → ${join(values.content ?? 'content', values.bureau)}/（报告 / report: IMPORT.md）`);
  }
} catch (e) {
  if (!(e instanceof ImportInputError)) throw e;
  for (const p of e.problems) console.error(`错误 / error: ${p}`);
  console.error(`共 ${e.problems.length} 个问题，未写入任何文件 / ${e.problems.length} problem(s); nothing written`);
  process.exitCode = 1;
}
