/**
 * The bench's comparison treats Pagefind's filter files by content: Pagefind writes its filter
 * map in hash-map order, random per process, so two runs over the same records may differ in
 * bytes. Real Pagefind, run in separate processes over the same records (found the same) and
 * over records with one filter value changed (found different).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../scripts/bench/same-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-pagefind-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CATEGORIES = ['xk', 'cf', 'qz', 'zs', 'gf', 'jc', 'qr', 'jl', 'cj', 'qt', 'ba'];
const writer = join(dir, 'write-index.mjs');
writeFileSync(
  writer,
  `import * as pagefind from ${JSON.stringify(pathToFileURL(resolve('node_modules/pagefind/lib/index.js')).href)};
const [outputPath, changed] = process.argv.slice(2);
const { index } = await pagefind.createIndex();
for (let i = 0; i < 44; i++) {
  const category = ${JSON.stringify(CATEGORIES)}[i % 11];
  const bureau = 'b' + (i % 7);
  await index.addCustomRecord({ url: '/' + bureau + '/' + category + '-' + i + '/', content: '医疗保障 行政处罚 ' + i, language: 'zh-cn',
    filters: { category: [changed === 'yes' && i === 5 ? 'xk' : category], bureau: [bureau] } });
}
await index.writeFiles({ outputPath });
await pagefind.close();
`,
);

function writeIndex(out: string, changed: boolean): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, join(dir, out, 'pagefind'), changed ? 'yes' : 'no'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => (status === 0 ? done() : fail(new Error(stderr))));
  });
}

describe('Pagefind bundles compared by content', () => {
  beforeAll(async () => {
    await writeIndex('first', false);
    await writeIndex('second', false);
    await writeIndex('changed', true);
  });

  it('finds two runs over the same records the same, explaining only filter-order files', () => {
    const d = compareTrees(join(dir, 'first'), join(dir, 'second'));
    expect([...d.differing, ...d.onlyInFirst, ...d.onlyInSecond]).toEqual([]);
    for (const e of d.explained) expect(e.path).toMatch(/^pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|filter\/[^/]+\.pf_filter)$/);
  });

  it('reports a changed filter value as a difference', () => {
    const d = compareTrees(join(dir, 'first'), join(dir, 'changed'));
    expect(d.explained).toEqual([]);
    expect([...d.differing, ...d.onlyInFirst, ...d.onlyInSecond]).toContain('pagefind/pagefind-entry.json');
    expect(d.onlyInSecond.some((p) => p.startsWith('pagefind/filter/'))).toBe(true);
  });
});
