/**
 * Fault tests of the real build (npm run build on the valid fixture): a second build while one
 * is running, a build stopped by SIGTERM, a build killed after its index, a full disk while the
 * search index is written (a small tmpfs when this machine lets root mount one), and an index
 * damaged after writing. Every fault leaves the earlier site whole and the exit code non-zero.
 * Stops happen at named points (QINGDAN_TEST_PAUSE_AT / QINGDAN_TEST_KILL_AT), never by timing.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFor, verifySearchIndex } from '../../src/search/verify-index.ts';
import { itemPath } from '../../src/model/paths.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = 'tests/fixtures/valid/content';

let tmp: string;
let first: string;
let firstFiles: string[];

const build = (out: string, env: Record<string, string> = {}) => spawnSync('npm', ['run', '-s', 'build', '--', '--content', CONTENT, '--outDir', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

function startBuild(out: string, env: Record<string, string>): { child: ChildProcessWithoutNullStreams; stderr: () => string; paused: Promise<void>; exit: Promise<number | null> } {
  // Node directly (not npm) so that signals reach the build itself.
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', '--content', CONTENT, '--outDir', out], { cwd: ROOT, env: { ...process.env, ...env } });
  let stderr = '';
  const paused = new Promise<void>((resolve) =>
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('paused at ')) resolve();
    }),
  );
  child.stdout.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A build that ends before its pause point fails the test with its output, not a timeout.
  const pausedOrEnded = Promise.race([paused, exit.then((code) => Promise.reject(new Error(`build exited ${code} before pausing:\n${stderr}`)))]);
  pausedOrEnded.catch(() => {});
  return { child, stderr: () => stderr, paused: pausedOrEnded, exit };
}

const listing = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .filter((f) => !statSync(join(dir, f)).isDirectory())
    .map((f) => `${f}:${statSync(join(dir, f)).size}`);

function expectFirstSiteWhole(out: string): void {
  expect(listing(out)).toEqual(firstFiles);
  expect(existsSync(`${out}.partial`)).toBe(false);
  expect(existsSync(`${out}.old`)).toBe(false);
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qingdan-faults-'));
  first = join(tmp, 'first');
  const run = build(first);
  expect(run.status, run.stderr).toBe(0);
  firstFiles = listing(first);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('faults during a real build', () => {
  it('a second build into the same folder is refused; SIGTERM stops the first; the earlier site stays whole', async () => {
    const out = join(tmp, 'concurrent');
    cpSync(first, out, { recursive: true });
    const running = startBuild(out, { QINGDAN_TEST_PAUSE_AT: 'after-index' });
    await running.paused;
    const second = build(out);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('另一个构建');
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(143);
    expectFirstSiteWhole(out);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('SIGTERM while Astro runs: the build stops Astro, waits for it, and exits 143 leaving the earlier site', async () => {
    const out = join(tmp, 'stopped');
    cpSync(first, out, { recursive: true });
    const running = startBuild(out, { QINGDAN_TEST_ANNOUNCE_CHILD: '1' });
    const astroPid = await new Promise<number>((resolve) => {
      running.child.stderr.on('data', () => {
        const match = /child started (\d+)/.exec(running.stderr());
        if (match) resolve(Number(match[1]));
      });
    });
    // Hold Astro still so it cannot finish first: the build must end it (SIGTERM, then SIGKILL).
    process.kill(astroPid, 'SIGSTOP');
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(143);
    expect(() => process.kill(astroPid, 0)).toThrow(/ESRCH/);
    expectFirstSiteWhole(out);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('a build killed after its index leaves the earlier site; the next build cleans up and publishes', () => {
    const out = join(tmp, 'killed');
    cpSync(first, out, { recursive: true });
    const killed = build(out, { QINGDAN_TEST_KILL_AT: 'after-index' });
    expect(killed.status).not.toBe(0);
    expect(listing(out)).toEqual(firstFiles);
    expect(existsSync(`${out}.partial`)).toBe(true); // what the kill left; the next build removes it
    writeFileSync(join(out, 'from-the-earlier-site.txt'), '');
    const next = build(out);
    expect(next.status, next.stderr).toBe(0);
    expect(existsSync(join(out, 'from-the-earlier-site.txt'))).toBe(false);
    // The same content gives the same files; Pagefind's hashes and a meta file's size vary between runs.
    const shape = (files: string[]) => files.map((f) => f.replace(/_[0-9a-f]+\./, '_.').replace(/(\.pf_\w+):\d+$/, '$1'));
    expect(shape(listing(out))).toEqual(shape(firstFiles));
    expect(listing(out).filter((f) => f.endsWith(':0'))).toEqual([]);
    for (const leftover of ['partial', 'old', 'lock']) expect(existsSync(`${out}.${leftover}`)).toBe(false);
  });

  it('an index with empty files, missing pages or a failing query is refused (injected damage)', async () => {
    const records = JSON.parse(readFileSync(join(first, 'pagefind/pagefind-entry.json'), 'utf8')).languages.und.page_count as number;
    await expect(verifySearchIndex(first, { records, probe: { query: '行政处罚', path: 'demo/cf-001/' } })).resolves.toBeUndefined();

    const damaged = join(tmp, 'damaged');
    cpSync(first, damaged, { recursive: true });
    const fragment = readdirSync(join(damaged, 'pagefind/fragment'))[0]!;
    truncateSync(join(damaged, 'pagefind/fragment', fragment), 0);
    await expect(verifySearchIndex(damaged, { records })).rejects.toThrow(/空文件.*empty index files/);
    await expect(verifySearchIndex(first, { records: records + 1 })).rejects.toThrow(/expected/);
    await expect(verifySearchIndex(first, { records, probe: { query: '不在任何事项中的词语', path: 'demo/cf-001/' } })).rejects.toThrow(/did not find/);
    // The probe a build uses: a run of the first item name that has letters, with its page.
    const probe = probeFor([{ bureau: 'demo', id: 'cf-009', name: '（）' }, { bureau: 'demo', id: 'cf-001', name: '对用人单位不办理医疗保险登记的处罚' }], itemPath);
    expect(probe).toEqual({ query: '对用人单位不办理医疗保险', path: 'demo/cf-001/' });
    await expect(verifySearchIndex(first, { records, probe })).resolves.toBeUndefined();
    rmSync(join(damaged, 'pagefind'), { recursive: true });
    await expect(verifySearchIndex(damaged, { records })).rejects.toThrow(/missing/);
  });

  const canMount = (() => {
    if (process.getuid?.() !== 0) return false;
    const probe = mkdtempSync(join(tmpdir(), 'qingdan-mount-'));
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
    return ok;
  })();

  it.skipIf(!canMount)('a disk that fills while the index is written: exit 1, the earlier site whole (tmpfs)', async () => {
    const disk = join(tmp, 'disk');
    mkdirSync(disk);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk]).status).toBe(0);
    try {
      const out = join(disk, 'site');
      cpSync(first, out, { recursive: true });
      // The index is written inside the Astro build: it pauses there, and the signal to go on goes to Astro.
      const running = startBuild(out, { QINGDAN_TEST_PAUSE_AT: 'before-index', QINGDAN_TEST_ANNOUNCE_CHILD: '1' });
      await running.paused;
      const astro = Number(/child started (\d+)/.exec(running.stderr())![1]);
      // Fill what is left of the disk, then let the build write its index.
      const filler = Buffer.alloc(4096);
      try {
        for (let i = 0; ; i++) writeFileSync(join(disk, `filler-${i}`), filler);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      process.kill(astro, 'SIGUSR2');
      expect(await running.exit).toBe(1);
      expect(running.stderr()).toContain('搜索索引生成或验证失败');
      expectFirstSiteWhole(out);
      expect(relative(disk, out)).toBe('site');
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});
