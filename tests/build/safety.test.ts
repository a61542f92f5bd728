/**
 * The build's safety parts on their own: the output-folder guard, the lock, the rename-aside swap
 * at each kill point, and children stopped on SIGTERM/SIGINT. Kill points are deterministic
 * (QINGDAN_TEST_KILL_AT makes the process SIGKILL itself at a named point).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, BuildLocked } from '../../src/build/lock.ts';
import { outDirRefusal, SITE_MARKER } from '../../src/build/out-dir-guard.ts';
import { asidePath, recoverInterruptedSwap, stagingPath } from '../../src/build/swap.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules/.bin/node');

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qingdan-safety-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function site(dir: string, label: string, files = 50): void {
  mkdirSync(join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, SITE_MARKER), '');
  writeFileSync(join(dir, 'index.html'), label);
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'pages', `${i}.html`), `${label} ${i}`);
}

const whole = (dir: string, label: string) =>
  readFileSync(join(dir, 'index.html'), 'utf8') === label && readdirSync(join(dir, 'pages')).length === 50 && readFileSync(join(dir, 'pages', '49.html'), 'utf8') === `${label} 49`;

describe('the output-folder guard', () => {
  const project = () => {
    const root = join(tmp, 'project');
    for (const dir of ['content/demo', 'seeds', 'src']) mkdirSync(join(root, dir), { recursive: true });
    return root;
  };

  it('refuses the project, an ancestor, content/, seeds/ and folders inside them', () => {
    const root = project();
    for (const out of ['.', '..', '/', 'content', 'content/site', 'content/demo', 'seeds', 'seeds/out', 'src', './content/../seeds']) expect(outDirRefusal(root, out, 'content'), out).toBeDefined();
    // Another content folder is protected the same way.
    mkdirSync(join(root, 'lists/a'), { recursive: true });
    expect(outDirRefusal(root, 'lists', 'lists/a')).toBeDefined();
    expect(outDirRefusal(root, 'lists/a/dist', 'lists/a')).toBeDefined();
  });

  it('refuses a non-empty folder that is not a previous site, and a file', () => {
    const root = project();
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'todo.txt'), 'mine');
    expect(outDirRefusal(root, 'notes', 'content')).toMatch(/不是空的.*not empty/);
    writeFileSync(join(root, 'file'), 'x');
    expect(outDirRefusal(root, 'file', 'content')).toMatch(/不是文件夹/);
  });

  it('accepts a new folder, an empty one, and a previous site (marked, or index.html + pagefind/)', () => {
    const root = project();
    expect(outDirRefusal(root, 'dist', 'content')).toBeUndefined();
    mkdirSync(join(root, 'empty'));
    expect(outDirRefusal(root, 'empty', 'content')).toBeUndefined();
    site(join(root, 'dist'), 'old');
    expect(outDirRefusal(root, 'dist', 'content')).toBeUndefined();
    mkdirSync(join(root, 'legacy/pagefind'), { recursive: true });
    writeFileSync(join(root, 'legacy/index.html'), '');
    writeFileSync(join(root, 'legacy/pagefind/pagefind-entry.json'), '{}');
    expect(outDirRefusal(root, 'legacy', 'content')).toBeUndefined();
    expect(outDirRefusal(root, join(tmp, 'elsewhere', 'site'), 'content')).toBeUndefined();
  });

  it('npm run build -- --outDir .. stops before touching anything', () => {
    const run = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', '..', '--content', 'tests/fixtures/valid/content'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('构建已停止：输出文件夹是项目文件夹');
    expect(existsSync(join(ROOT, 'package.json'))).toBe(true);
    const content = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', 'tests/fixtures/valid/content', '--content', 'tests/fixtures/valid/content'], { cwd: ROOT, encoding: 'utf8' });
    expect(content.status).toBe(1);
    expect(existsSync(join(ROOT, 'tests/fixtures/valid/content/demo/bureau.yaml'))).toBe(true);
  });

  it('npm run build with a mistyped or empty content folder stops with an error and keeps the earlier site', () => {
    const out = join(tmp, 'dist');
    site(out, 'old');
    mkdirSync(join(tmp, 'empty-content'));
    for (const content of [join(tmp, 'contnet'), join(tmp, 'empty-content')]) {
      const run = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', out, '--content', content], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, content).toBe(1);
      expect(run.stderr, content).toMatch(/CONTENT_DIR_MISSING|CONTENT_NO_BUREAU/);
      expect(whole(out, 'old')).toBe(true);
    }
  });
});

describe('the build lock', () => {
  it('a second build into the same folder is refused while the first holds the lock', () => {
    const out = join(tmp, 'dist');
    const lock = acquireLock(out);
    expect(() => acquireLock(out)).toThrow(BuildLocked);
    lock.release();
    acquireLock(out).release();
  });

  it('is taken for an output folder whose parent does not exist yet (--outDir new/place/dist)', () => {
    const out = join(tmp, 'not', 'yet', 'dist');
    const lock = acquireLock(out);
    expect(existsSync(`${out}.lock`)).toBe(true);
    lock.release();
  });

  it('a lock left by a killed build is taken over', () => {
    const out = join(tmp, 'dist');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${out}.lock`, `${dead.stdout}\n`);
    const lock = acquireLock(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('the swap, killed at each point', () => {
  const swapKilledAt = (point: string, out: string) =>
    spawnSync(NODE, [join(import.meta.dirname, 'harness/swap.ts'), stagingPath(out), out], { env: { ...process.env, QINGDAN_TEST_KILL_AT: point }, encoding: 'utf8' });

  it('without a kill: the new site in place, the old one and the staging folder gone', () => {
    const out = join(tmp, 'dist');
    site(out, 'old');
    site(stagingPath(out), 'new');
    expect(swapKilledAt('none', out).status).toBe(0);
    expect(whole(out, 'new')).toBe(true);
    expect(existsSync(asidePath(out))).toBe(false);
    expect(existsSync(stagingPath(out))).toBe(false);
  });

  it('killed after moving the old site aside: the old site is whole, and recovery puts it back', () => {
    const out = join(tmp, 'dist');
    site(out, 'old');
    site(stagingPath(out), 'new');
    expect(swapKilledAt('swap-aside', out).signal).toBe('SIGKILL');
    expect(whole(asidePath(out), 'old')).toBe(true);
    recoverInterruptedSwap(out);
    expect(whole(out, 'old')).toBe(true);
    expect(existsSync(asidePath(out))).toBe(false);
    expect(existsSync(stagingPath(out))).toBe(false);
  });

  it('killed after moving the new site in: the new site is whole, and recovery removes the old one', () => {
    const out = join(tmp, 'dist');
    site(out, 'old');
    site(stagingPath(out), 'new');
    expect(swapKilledAt('swap-in', out).signal).toBe('SIGKILL');
    expect(whole(out, 'new')).toBe(true);
    recoverInterruptedSwap(out);
    expect(whole(out, 'new')).toBe(true);
    expect(existsSync(asidePath(out))).toBe(false);
  });

  it('recovery never touches a folder named like the aside folder that is not a site', () => {
    const out = join(tmp, 'dist');
    site(out, 'current');
    mkdirSync(asidePath(out));
    writeFileSync(join(asidePath(out), 'my-backup.txt'), 'mine');
    expect(() => recoverInterruptedSwap(out)).toThrow(/不是以前构建的站点/);
    expect(readFileSync(join(asidePath(out), 'my-backup.txt'), 'utf8')).toBe('mine');
    expect(whole(out, 'current')).toBe(true);
  });

  it('a first build killed mid-swap leaves no partial site', () => {
    const out = join(tmp, 'dist');
    site(stagingPath(out), 'new');
    expect(swapKilledAt('swap-in', out).signal).toBe('SIGKILL');
    expect(whole(out, 'new')).toBe(true);
  });
});

describe('children stop with the build', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal}: the child is stopped, clean-up runs, exit ${code}`, async () => {
      const parent = spawn(NODE, [join(import.meta.dirname, 'harness/child.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const childPid = await new Promise<number>((resolve) => {
        parent.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /child (\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
      });
      const exited = new Promise<number | null>((resolve) => parent.once('exit', (c) => resolve(c)));
      parent.kill(signal);
      expect(await exited).toBe(code);
      expect(out).toContain('cleaned up');
      expect(out).not.toContain('child ended by itself');
      expect(() => process.kill(childPid, 0)).toThrow(/ESRCH/);
    });
  }
});
