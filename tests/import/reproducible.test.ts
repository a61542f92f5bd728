/**
 * `npm run import` is deterministic: regenerating content/ from seeds/ in a clean folder gives
 * exactly the committed files, byte for byte, and nothing else.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import.ts';
import { checkContent } from '../../src/lint/check-content.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return walk(dir)
    .map((f) => relative(dir, f))
    .sort();
}

const scratch = mkdtempSync(join(tmpdir(), 'qingdan-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run import', () => {
  it('regenerates the committed content/ byte for byte', () => {
    cpSync(join(ROOT, 'seeds'), join(scratch, 'seeds'), { recursive: true });
    runImport(scratch);
    // versions/ holds recorded versions (npm run release), which the importer keeps and never writes.
    const committed = filesUnder(join(ROOT, 'content')).filter((f) => !f.split(/[\\/]/).includes('versions'));
    const regenerated = filesUnder(join(scratch, 'content'));
    expect(regenerated).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(join(scratch, 'content', file), 'utf8'), file).toBe(readFileSync(join(ROOT, 'content', file), 'utf8'));
    }
  });

  it('gives the same files when run a second time', () => {
    const first = filesUnder(join(scratch, 'content')).map((f) => readFileSync(join(scratch, 'content', f), 'utf8'));
    runImport(scratch);
    const second = filesUnder(join(scratch, 'content')).map((f) => readFileSync(join(scratch, 'content', f), 'utf8'));
    expect(second).toEqual(first);
  });

  it('imports 102 items that pass validation with zero errors', () => {
    const result = checkContent(ROOT);
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.content.items).toHaveLength(102);
    const perBureau = Object.fromEntries(result.content.bureaus.map((b) => [b.data.id, result.content.items.filter((i) => i.data.bureau === b.data.id).length]));
    expect(perBureau).toEqual({ jinzhou: 26, tianshui: 16, xiangcheng: 25, xiangdu: 17, yutian: 18 });
  });
});
