/**
 * The baseline of issue 14: a bare Astro project with one plain page per item, indexed by the
 * Pagefind CLI with its default settings — what any static-site generator plus Pagefind costs for
 * the same items. Written into a scratch folder by the bench; the repository's node_modules is
 * linked in, so nothing is installed.
 *
 * The page reads each item's YAML with js-yaml and prints every field generically (name as the
 * heading, then each field's key and value: strings as text, lists as <ul>, mappings as <dl>), so
 * it holds about the same text as the item's own page, without any of qingdan's layout, charts,
 * tables or search terms.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = (contentDir: string) => `---
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export function getStaticPaths() {
  const root = ${JSON.stringify(contentDir)};
  const paths = [];
  for (const bureau of readdirSync(root).sort()) {
    const folder = join(root, bureau);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.yaml') || file === 'bureau.yaml') continue;
      paths.push({ params: { bureau, item: file.slice(0, -'.yaml'.length) }, props: { data: load(readFileSync(join(folder, file), 'utf8')) } });
    }
  }
  return paths;
}

const { data } = Astro.props;
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
function html(value) {
  if (Array.isArray(value)) return '<ul>' + value.map((v) => '<li>' + html(v) + '</li>').join('') + '</ul>';
  if (value && typeof value === 'object') return '<dl>' + Object.entries(value).map(([k, v]) => '<dt>' + escape(k) + '</dt><dd>' + html(v) + '</dd>').join('') + '</dl>';
  return escape(value);
}
const fields = Object.entries(data).filter(([key]) => key !== 'name');
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>{data.name}</title>
  </head>
  <body>
    <main>
      <h1>{data.name}</h1>
      {fields.map(([key, value]) => (
        <section>
          <h2>{key}</h2>
          <Fragment set:html={html(value)} />
        </section>
      ))}
    </main>
  </body>
</html>
`;

/** Writes the baseline project into `dir` (replaced whole), reading items from `contentDir`. */
export function writeBaselineProject(dir: string, contentDir: string, repoRoot: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/[bureau]'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'qingdan-bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  // Caches in the project's own folder: through the node_modules link, Astro's default
  // (node_modules/.astro) and Vite's (node_modules/.vite) would be the repository's own.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ devToolbar: { enabled: false }, cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });\n",
  );
  writeFileSync(join(dir, 'src/pages/[bureau]/[item].astro'), PAGE(contentDir));
}

/**
 * The baseline build as one command (so that one process tree is measured): `astro build`, then
 * `pagefind --site dist`, both on this Node. Run with cwd = the project folder.
 */
export function baselineCommand(node: string): { command: string; args: string[] } {
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const script = `${quote(node)} node_modules/astro/bin/astro.mjs build && ${quote(node)} node_modules/pagefind/lib/runner/bin.cjs --site dist`;
  return { command: '/bin/sh', args: ['-c', script] };
}
