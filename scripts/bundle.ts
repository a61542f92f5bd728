/**
 * npm run bundle — the service-hall copy: the site built for opening from disk, zipped.
 * Runs the project's build (scripts/build.ts, content check and all) with QINGDAN_INDEX_LINKS=1
 * into a temporary folder, adds the offline search data (src/bundle/search-data.ts), checks that
 * every link works from file:// (src/bundle/disk-links.ts), and writes one zip. Pagefind's index
 * and the 404 page (which links from the server's base path) are left out: neither works from disk.
 * Usage: node scripts/bundle.ts [--bureau SLUG]… [--content content] [--out FILE.zip]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diskLinkProblems } from '../src/bundle/disk-links.ts';
import { writeOfflineSearchData } from '../src/bundle/search-data.ts';
import { zipFolder } from '../src/bundle/zip.ts';
import { validateContent } from '../src/validate/validate-content.ts';

const { values } = parseArgs({
  options: {
    bureau: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: 'content' },
    out: { type: 'string' },
  },
});
const root = process.cwd();
const contentDir = resolve(root, values.content!);
const bureaus = [...new Set(values.bureau!)];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

for (const slug of bureaus) {
  if (!/^[a-z0-9-]+$/.test(slug) || !existsSync(join(contentDir, slug, 'bureau.yaml'))) {
    fail(`没有名为 “${slug}” 的部门（${values.content}/${slug}/bureau.yaml 不存在）。/ No bureau "${slug}" in ${values.content}/.`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'qingdan-bundle-'));
try {
  // Some bureaus only: a content folder holding just theirs, checked and built as usual.
  let content = contentDir;
  if (bureaus.length > 0) {
    content = join(work, 'content');
    for (const slug of bureaus) cpSync(join(contentDir, slug), join(content, slug), { recursive: true });
  }
  const site = join(work, 'site');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--outDir', site, '--content', content], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, QINGDAN_INDEX_LINKS: '1', QINGDAN_OFFLINE_SEARCH: '1' },
  });
  if (build.status !== 0) fail('\n离线包未生成：构建失败。/ Bundle not written: the build failed.');

  const { content: parsed } = validateContent(root, content);
  const search = writeOfflineSearchData(site, { bureaus: parsed.bureaus.map((d) => d.data), items: parsed.items.map((d) => d.data) });
  console.log(`离线搜索数据：${search.items} 个事项，${(search.bytes / 1e6).toFixed(2)} MB / offline search data: ${search.items} items, ${search.bytes} bytes`);

  const include = (path: string) => !path.startsWith('pagefind/') && path !== '404.html';
  const problems = diskLinkProblems(site, include);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 50)) console.error(`${p.file}: ${p.link}  ${p.reason}`);
    fail(`\n离线包未生成：${problems.length} 个链接无法从本地磁盘打开。/ Bundle not written: ${problems.length} links would not work from disk.`);
  }

  const stamp = new Date().toISOString().slice(0, 10);
  const name = `qingdan-${bureaus.length > 0 ? bureaus.join('-') : 'all'}-${stamp}`;
  const out = resolve(root, values.out ?? join('bundles', `${name}.zip`));
  const { zip, files } = zipFolder(site, name, include);
  mkdirSync(dirname(out), { recursive: true });
  // Written beside its place and renamed: an interrupted run never leaves half a zip under the name.
  writeFileSync(`${out}.partial`, zip);
  renameSync(`${out}.partial`, out);
  const size = statSync(out).size;
  console.log(`离线包：${relative(root, out) || out}，${files} 个文件，${(size / 1e6).toFixed(1)} MB / bundle: ${out}, ${files} files, ${size} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
