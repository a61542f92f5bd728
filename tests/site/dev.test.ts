/**
 * `npm run dev` as bureau staff use it, in Chromium: with a page open, editing an item's name
 * updates the page without a restart, also when the file is saved in two steps; a new item or
 * bureau can be opened at once, and a deleted one is gone; a broken field shows Astro's error
 * overlay with the file, line, column, the field's Chinese message and a code frame; fixing it
 * brings the page back — all against one running dev server, on a copy of the site fixture
 * (QINGDAN_CONTENT_DIR).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { FIXTURES } from '../helpers/content-sandbox.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { freePort } from '../helpers/free-port.ts';
import { SITE_FIXTURE } from './site-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let work: string;
let content: string;
let server: ChildProcess | undefined;
let output = '';
let base: string;
let browser: Browser;
let page: Page;

/** Waits (polling, no deadline of its own: the test's timeout applies) until the dev server printed a line. */
async function waitForOutput(pattern: RegExp): Promise<void> {
  while (!pattern.test(output)) {
    if (server?.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const file = (path: string) => join(content, path);
const edit = (path: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file(path), 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `edit of ${path}`).not.toBe(text);
  writeFileSync(file(path), changed);
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'qingdan-dev-'));
  content = join(work, 'content');
  cpSync(join(ROOT, SITE_FIXTURE), content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  // The README's command; detached so that the whole process group (npm, node, astro) can be stopped.
  // --ignore-lock: Astro refuses a second dev server of a project while one runs (a maintainer's
  // own, or the last run's still shutting down); this one neither checks nor takes that lock, and
  // stays in the foreground even where Astro believes an agent started it.
  server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--ignore-lock'], {
    cwd: ROOT,
    detached: true,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL', 'NODE_ENV', 'TEST'].includes(k))), QINGDAN_CONTENT_DIR: content, NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForOutput(new RegExp(`127\\.0\\.0\\.1:${port}`));
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) await stopGroup(server.pid);
  if (work) rmSync(work, { recursive: true, force: true });
});

// Waits below are generous (240 s each, tests 600 s): a busy machine may be slow to rebuild, never
// wrong (a full run beside a 10,000-item build once needed more than 60 s). Each look at the
// heading gives up after 10 s, so a page caught mid-reload is looked at again.
const heading = () => page.locator('main h1').innerText({ timeout: 10_000 });

/**
 * Opens a page of the dev server and gives its HTTP status as soon as the response arrives. A goto
 * that waits for the load event can miss it when the server's own reload of the open page meets
 * the navigation (3 runs in 10: the page loaded, the goto waited out its timeout); the headings
 * and texts read afterwards wait for their elements themselves.
 */
const open = async (path: string) => (await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 30_000 }))!.status();
const poll = { interval: 300, timeout: 240_000 };

/** Stops the process group (npm, node, astro) and waits until all of it is gone. */
async function stopGroup(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; alive(); waited += 100) {
    if (waited === 30_000) process.kill(-pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm run dev', () => {
  it('shows an edited name on the open page without a restart', async () => {
    // Edit only once the page's live-reload channel is up: an edit before it would never reach the page.
    const connected = page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 240_000 });
    await page.goto(`${base}shifan/cf-001/`);
    await connected;
    expect(await heading()).toContain('对定点医药机构骗取医疗保障基金支出的处罚');
    edit('shifan/cf-001.yaml', /^name: (.+)$/m, 'name: $1（已修改）');
    // No page.goto or reload here: the dev server reloads the open page.
    await expect.poll(heading, { interval: 200, timeout: 240_000 }).toContain('（已修改）');
  }, 600_000);

  it('shows the saved text when a file is saved in two steps (emptied, then written)', async () => {
    // The watcher drops a second change of a file within 50 ms; the server must still end on the
    // saved text, not on the empty file's error (it once did, and a reload did not help).
    const path = file('shifan/cf-001.yaml');
    const saved = readFileSync(path, 'utf8').replace(/^name: (.+)$/m, 'name: $1（再存）');
    writeFileSync(path, '');
    await new Promise((r) => setTimeout(r, 25));
    writeFileSync(path, saved);
    await expect.poll(heading, { interval: 200, timeout: 240_000 }).toContain('（再存）');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  }, 600_000);

  it('serves a new item at once, and forgets a deleted one', async () => {
    const item = readFileSync(file('shifan/cf-002.yaml'), 'utf8').replace(/^id: cf-002$/m, 'id: cf-009').replace(/^number: .*$/m, 'number: "9"').replace(/^name: .*$/m, 'name: 新增的测试事项');
    writeFileSync(file('shifan/cf-009.yaml'), item);
    await expect.poll(() => open('shifan/cf-009/'), poll).toBe(200);
    expect(await heading()).toContain('新增的测试事项');
    unlinkSync(file('shifan/cf-009.yaml'));
    await expect.poll(() => open('shifan/cf-009/'), poll).toBe(404);
  }, 600_000);

  it('serves a new bureau at once, and forgets it when its folder is deleted', async () => {
    mkdirSync(file('xinbumen'));
    writeFileSync(file('xinbumen/bureau.yaml'), readFileSync(join(FIXTURES, 'valid/content/demo/bureau.yaml'), 'utf8').replace('id: demo', 'id: xinbumen').replace('name: 示例县医疗保障局', 'name: 新增测试局'));
    writeFileSync(file('xinbumen/cf-001.yaml'), readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml'), 'utf8').replace('bureau: demo', 'bureau: xinbumen'));
    await expect.poll(() => open('xinbumen/'), poll).toBe(200);
    await expect.poll(() => page.locator('main').innerText({ timeout: 10_000 }), poll).toContain('新增测试局');
    await expect.poll(() => open('xinbumen/cf-001/'), poll).toBe(200);
    rmSync(file('xinbumen'), { recursive: true });
    await expect.poll(() => open('xinbumen/'), poll).toBe(404);
  }, 600_000);

  it('shows a broken field in the overlay with file, line, column, the Chinese message and a code frame, in the terminal too, and recovers when fixed', async () => {
    await expect.poll(() => open('shifan/cf-001/'), poll).toBe(200);
    expect(await heading()).toContain('（已修改）');
    edit('shifan/cf-001.yaml', /^category: 行政处罚$/m, 'category: 行政审批');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 240_000 });
    // The watcher may first see the file half-written (another error); the overlay settles on this one.
    await expect.poll(async () => overlay.evaluate((el) => el.shadowRoot?.textContent ?? ''), { interval: 200, timeout: 240_000 }).toContain('权力类型 “行政审批” 不是标准类型');
    const shown = await overlay.evaluate((el) => el.shadowRoot!.textContent!);
    expect(shown).toContain('CATEGORY_UNKNOWN');
    expect(shown).toContain('权力类型 “行政审批” 不是标准类型');
    expect(shown).toMatch(/content\/shifan\/cf-001\.yaml:3:11/);
    // The overlay's own location line (it shortens the path in ways that depend on where the project lies).
    expect(shown, 'the overlay’s own location line').toMatch(/shifan\/cf-001\.yaml:3:11\s*Open in editor/);
    expect(shown).toContain('category: 行政审批'); // the code frame
    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-output/screenshots/dev-error-overlay.png' });
    expect(output).toMatch(/cf-001\.yaml:3:11 {2}CATEGORY_UNKNOWN {2}错误：权力类型 “行政审批” 不是标准类型/);

    edit('shifan/cf-001.yaml', /^category: 行政审批$/m, 'category: 行政处罚');
    // The server recovers by itself; the page is asked again (as the reader would) because the live
    // reload can reach it while the routes are still being rebuilt, and then shows 未找到页面 once.
    await expect
      .poll(async () => ((await open('shifan/cf-001/')) === 200 ? heading() : ''), poll)
      .toContain('（已修改）');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  }, 600_000);
});
