/** The bench's site comparison (scripts/bench/same-files.ts): file lists and bytes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../scripts/bench/same-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-same-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const at = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(at, path, '..'), { recursive: true });
    writeFileSync(join(at, path), text);
  }
  return at;
}

describe('compareTrees', () => {
  const site = { 'index.html': '<h1>a</h1>', 'xiangcheng/cf-001/index.html': '<p>法规和基金监管股</p>', 'styles/site.css': 'body{}' };

  it('finds two identical trees the same', () => {
    const d = compareTrees(tree('a', site), tree('b', site));
    expect(d).toEqual({ files: 3, onlyInFirst: [], onlyInSecond: [], differing: [], explained: [] });
  });

  it('names a file whose bytes differ, and files only on one side', () => {
    const other = { ...site, 'xiangcheng/cf-001/index.html': '<p>法规和基金监管室</p>', 'extra.txt': 'x' } as Record<string, string>;
    delete other['styles/site.css'];
    const d = compareTrees(tree('c', site), tree('d', other));
    expect(d.differing).toEqual(['xiangcheng/cf-001/index.html']);
    expect(d.onlyInFirst).toEqual(['styles/site.css']);
    expect(d.onlyInSecond).toEqual(['extra.txt']);
    expect(d.explained).toEqual([]);
  });
});
