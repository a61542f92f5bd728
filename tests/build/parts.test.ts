/**
 * A build from parts (src/build/parts/, docs/building.md) equals a full build: after an edit, a
 * rebuild renders only the bureaus whose inputs changed, takes the others from the cache, and
 * the site it writes has the same files, byte for byte, as a full build of the edited content —
 * except Pagefind's filter and metadata files, whose names and bytes differ between any two full
 * builds too (Pagefind writes hash maps in no fixed order); for the index, every query gives
 * the same results.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/build/lock.ts';
import { search } from '../../src/search/engine.ts';
import { loadPagefind } from '../../src/search/verify-index.ts';

const work = mkdtempSync(join(tmpdir(), 'qingdan-parts-'));
const content = join(work, 'content');

let siteUrl: string | undefined;

function build(outDir: string, ...extra: string[]): { status: number; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL'].includes(key)) delete env[key];
  if (siteUrl) env.SITE_URL = siteUrl;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--outDir', outDir, ...extra], { env, encoding: 'utf8' });
  return { status: result.status ?? 1, output: result.stdout + result.stderr };
}

/** The same build, run without waiting for it (for builds at the same time). */
function buildInBackground(outDir: string, ...extra: string[]): Promise<{ status: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL'].includes(key)) delete env[key];
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--outDir', outDir, ...extra], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status: status ?? 1, output })));
}

function built(outDir: string, ...extra: string[]): string {
  const result = build(outDir, ...extra);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

/** "N cached, M to render" as the build prints it. */
function partCounts(output: string): { cached: number; rendered: number } {
  const match = /parts: (\d+) cached, (\d+) to render/.exec(output);
  if (!match) throw new Error(`no parts line in:\n${output}`);
  return { cached: Number(match[1]), rendered: Number(match[2]) };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Pagefind's filter and metadata files: written from hash maps, different in every build. */
const unordered = (file: string) => /^pagefind\/(filter\/.*\.pf_filter|pagefind\.[^/]*\.pf_meta|pagefind-entry\.json)$/.test(file);

const QUERIES = ['医疗', '处罚1', '定点医药机构', '社会保险法', '第八十四条', '协议', '许可', '备案', '医保', '示范'];

async function results(siteDir: string): Promise<string[][]> {
  const previous = globalThis.fetch;
  try {
    const pagefind = await loadPagefind(join(siteDir, 'pagefind'));
    const all: string[][] = [];
    for (const query of QUERIES) {
      for (const filters of [{}, { bureau: 'yangli' }]) {
        const run = await search(pagefind, query, filters);
        const urls: string[] = [];
        for (let hits = await run.next(50); hits.length > 0; hits = await run.next(50)) urls.push(...hits.map((h) => h.url.slice(h.url.indexOf(siteDir) + siteDir.length + 1)));
        all.push([query, JSON.stringify(filters), ...urls]);
      }
    }
    return all;
  } finally {
    globalThis.fetch = previous;
  }
}

async function expectSameSite(fromParts: string, full: string): Promise<void> {
  const ours = files(fromParts);
  const theirs = files(full);
  expect(ours.filter((f) => !unordered(f))).toEqual(theirs.filter((f) => !unordered(f)));
  expect(ours.filter(unordered).length).toBe(theirs.filter(unordered).length);
  const differing = ours.filter((f) => !unordered(f) && !readFileSync(join(fromParts, f)).equals(readFileSync(join(full, f))));
  expect(differing).toEqual([]);
  expect(await results(fromParts)).toEqual(await results(full));
}

function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(() => {
  cpSync('tests/fixtures/site/content', content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build from parts', () => {
  const site = join(work, 'site', 'dist');
  let fullCount = 0;

  it('renders every bureau the first time and keeps each as a part', () => {
    const output = built(site);
    fullCount = partCounts(output).rendered;
    expect(partCounts(output)).toEqual({ cached: 0, rendered: 2 });
    expect(readdirSync(`${site}.parts`).sort()).toEqual(['.alignment.json', '.qingdan-parts', 'shifan', 'yangli']);
  });

  it('takes every part from the cache when nothing changed, and writes the same site', async () => {
    const before = join(work, 'before');
    cpSync(site, before, { recursive: true });
    expect(partCounts(built(site))).toEqual({ cached: fullCount, rendered: 0 });
    await expectSameSite(site, before);
  });

  it('after an edit of one item, renders only its bureau, and equals a full build of the edited content', async () => {
    const item = readFileSync(join(content, 'shifan/xk-001.yaml'), 'utf8');
    const department = /^department: "?(.+?)"?$/m.exec(item)?.[1];
    expect(department, 'the fixture item has a 承办机构').toBeDefined();
    edit('shifan/xk-001.yaml', department!, `${department}（窗口）`);
    expect(partCounts(built(site))).toEqual({ cached: 1, rendered: 1 });
    const full = join(work, 'full-1', 'dist');
    built(full, '--no-cache');
    expect(readFileSync(join(site, 'shifan/xk-001/index.html'), 'utf8')).toContain(`${department}（窗口）`);
    await expectSameSite(site, full);
  });

  it('renders a bureau again when what its pages show of another bureau changes (the same power elsewhere)', async () => {
    // shifan/cf-001 and yangli/cf-001 are matched; yangli's item page names shifan's item.
    const item = readFileSync(join(content, 'shifan/cf-001.yaml'), 'utf8');
    const name = /^name: "?(.+?)"?$/m.exec(item)?.[1];
    expect(name).toBeDefined();
    edit('shifan/cf-001.yaml', `name: ${item.includes(`name: "${name}"`) ? `"${name}"` : name}`, `name: "${name}（试行）"`);
    expect(partCounts(built(site))).toEqual({ cached: 0, rendered: 2 });
    expect(readFileSync(join(site, 'yangli/cf-001/index.html'), 'utf8')).toContain(`${name}（试行）`);
    const full = join(work, 'full-2', 'dist');
    built(full, '--no-cache');
    await expectSameSite(site, full);
  });

  it('builds nothing from the cache when the build options change', () => {
    const result = build(site, '--base', '/qingdan/');
    expect(result.status, result.output).toBe(0);
    expect(partCounts(result.output)).toEqual({ cached: 0, rendered: 2 });
  });
});

describe('parts built separately (--bureau), then assembled', () => {
  it('equals a full build', async () => {
    const cache = join(work, 'shared-parts');
    expect(partCounts(built(join(work, 'unused', 'dist'), '--cache', cache, '--bureau', 'shifan'))).toEqual({ cached: 0, rendered: 1 });
    expect(partCounts(built(join(work, 'unused', 'dist'), '--cache', cache, '--bureau', 'yangli'))).toEqual({ cached: 0, rendered: 1 });
    expect(existsSync(join(work, 'unused'))).toBe(false);
    const assembled = join(work, 'assembled', 'dist');
    expect(partCounts(built(assembled, '--cache', cache))).toEqual({ cached: 2, rendered: 0 });
    const full = join(work, 'full-3', 'dist');
    built(full, '--no-cache');
    await expectSameSite(assembled, full);
  });

  it('can be built by two processes at the same time from one project', async () => {
    const cache = join(work, 'parallel-parts');
    const [a, b] = await Promise.all([buildInBackground(join(work, 'p1', 'dist'), '--cache', cache, '--bureau', 'shifan'), buildInBackground(join(work, 'p2', 'dist'), '--cache', cache, '--bureau', 'yangli')]);
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const assembled = join(work, 'assembled-parallel', 'dist');
    expect(partCounts(built(assembled, '--cache', cache))).toEqual({ cached: 2, rendered: 0 });
    const full = join(work, 'full-5', 'dist');
    built(full, '--no-cache');
    await expectSameSite(assembled, full);
  });

  it('with SITE_URL, lists the cached parts\' pages in the sitemap as a full build does', async () => {
    siteUrl = 'https://ybj.example.gov.cn/qingdan/';
    try {
      const site = join(work, 'with-url', 'dist');
      built(site);
      edit('yangli/jc-001.yaml', 'subject: 样例市医疗保障局', 'subject: 样例市医疗保障局（一）');
      expect(partCounts(built(site))).toEqual({ cached: 1, rendered: 1 });
      const full = join(work, 'full-4', 'dist');
      built(full, '--no-cache');
      const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('https://ybj.example.gov.cn/qingdan/shifan/xk-001/');
      await expectSameSite(site, full);
    } finally {
      siteUrl = undefined;
    }
  });

  it('takes turns with another build of the project whose output lies outside it (Astro shares .astro/.prerender/ then)', () => {
    const held = acquireLock(join(process.cwd(), '.astro', 'prerender'));
    try {
      const refused = build(join(work, 'turns', 'dist'), '--no-cache');
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('.astro/.prerender/');
      expect(existsSync(join(work, 'turns', 'dist'))).toBe(false);
    } finally {
      held.release();
    }
  });

  it('refuses an unknown bureau, and a cache folder that is not one', () => {
    const unknown = build(join(work, 'x', 'dist'), '--bureau', 'nowhere');
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('没有这些部门：nowhere');
    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'not a cache');
    const refused = build(join(work, 'y', 'dist'), '--cache', foreign);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('部件缓存文件夹不是空的');
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
  });
});
