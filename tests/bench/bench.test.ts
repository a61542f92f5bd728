/**
 * npm run bench, run small (60 items, one run): it measures qingdan's full build, the bare Astro +
 * Pagefind baseline built from the same items, the rebuild after one item's edit and the ratios,
 * and the baseline really is one plain page per item with a Pagefind index. No timing is
 * asserted (targets live in the bench; at 60 items they mean nothing, so exit 1 is accepted).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const ITEMS = 60;

function run(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

describe(`npm run bench -- --items ${ITEMS} --runs 1`, () => {
  let dir: string;
  let keep: string;
  let status: number | null;
  let output: string;
  let report: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qingdan-bench-test-'));
    keep = join(dir, 'keep');
    const out = join(dir, 'report.md');
    ({ status, output } = await run(['scripts/bench.ts', '--items', String(ITEMS), '--runs', '1', '--out', out, '--keep', keep]));
    report = existsSync(out) ? readFileSync(out, 'utf8') : '';
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends with 0 (targets met) or 1 (a target missed), not 2 (crashed)', () => {
    expect([0, 1], output.slice(-3000)).toContain(status);
  });

  it('reports the qingdan build, the baseline build, the incremental rebuild and the ratios', () => {
    const tableRow = (label: string) => new RegExp(`^\\| \\*\\*${label}\\*\\*[^\\n]*\\| ${ITEMS} \\| \\d+\\.\\d \\| \\d+\\.\\d–\\d+\\.\\d \\| [\\d,]+ \\|`, 'm');
    expect(report).toMatch(tableRow('qingdan full build'));
    expect(report).toMatch(tableRow('baseline build'));
    expect(report).toMatch(tableRow('incremental rebuild'));
    expect(report).toMatch(/full build \/ baseline: \*\*\d+\.\d\d×\*\*/);
    expect(report).toMatch(/incremental \/ full: \*\*\d+\.\d %\*\*/);
    expect(report).toMatch(/rebuilt site = full build of the edited content: /);
    expect(report).toMatch(/1-minute load average: \d+\.\d\d at the start, \d+\.\d\d at the end/);
    expect(report).toMatch(/Node \d+\.\d+\.\d+, Astro \d+\.\d+\.\d+, Pagefind \d+\.\d+\.\d+/);
    expect(report).toContain('## 100,000 items (projection)');
  });

  it('built the baseline as one plain page per item, indexed by Pagefind', () => {
    const sizeDir = join(keep, `items-${ITEMS}`);
    const content = join(sizeDir, 'content');
    const items = readdirSync(content).flatMap((bureau) =>
      readdirSync(join(content, bureau))
        .filter((f) => /^[a-z]{2}-\d{3}\.yaml$/.test(f))
        .map((f) => `${bureau}/${f.replace(/\.yaml$/, '')}`),
    );
    expect(items).toHaveLength(ITEMS);
    const dist = join(sizeDir, 'baseline', 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(items.map((i) => `${i}/index.html`).sort());
    // The item's own text is on its page (a plain page, not an empty shell).
    const [bureau, id] = items[0]!.split('/');
    const yaml = readFileSync(join(content, bureau!, `${id}.yaml`), 'utf8');
    const name = /^name: (.+)$/m.exec(yaml)![1]!;
    expect(readFileSync(join(dist, items[0]!, 'index.html'), 'utf8')).toContain(`<h1>${name}</h1>`);
    // Pagefind's default run over that dist indexed every page.
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(ITEMS);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
