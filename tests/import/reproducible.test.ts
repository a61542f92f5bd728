/**
 * The seed import is deterministic and faithful, and it never overwrites content/ on its own:
 * content/ is the source of truth once written and may be edited by hand. Importing the seeds into
 * two fresh folders gives byte-identical files; the import passes validation; an existing bureau
 * folder is left alone unless force is given.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
cpSync(join(ROOT, 'seeds'), join(scratch, 'seeds'), { recursive: true });
const first = join(scratch, 'first');
const second = join(scratch, 'second');
const firstRun = runImport(scratch, { contentDir: first });
runImport(scratch, { contentDir: second });

describe('npm run import (seeds)', () => {
  it('gives byte-identical files on two runs into fresh folders', () => {
    const files = filesUnder(first);
    expect(files.length).toBeGreaterThan(100);
    expect(filesUnder(second)).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
  });

  it('writes the modeline that points editors at the JSON Schema of each file', () => {
    expect(readFileSync(join(first, 'xiangdu', 'cf-001.yaml'), 'utf8').split('\n')[1]).toBe('# yaml-language-server: $schema=../../schemas/item.schema.json');
    expect(readFileSync(join(first, 'xiangdu', 'bureau.yaml'), 'utf8').split('\n')[1]).toBe('# yaml-language-server: $schema=../../schemas/bureau.schema.json');
    expect(readFileSync(join(first, 'xiangcheng', 'flowcharts', 'cf-general.yaml'), 'utf8').split('\n')[1]).toBe('# yaml-language-server: $schema=../../../schemas/flowchart.schema.json');
  });

  it('imports 102 items that pass validation with zero errors', () => {
    const result = checkContent(scratch, 'first');
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.content.items).toHaveLength(102);
    const perBureau = Object.fromEntries(result.content.bureaus.map((b) => [b.data.id, result.content.items.filter((i) => i.data.bureau === b.data.id).length]));
    expect(perBureau).toEqual({ jinzhou: 26, tianshui: 16, xiangcheng: 25, xiangdu: 17, yutian: 18 });
    expect(firstRun.every((s) => !s.skipped)).toBe(true);
  });

  it('leaves an existing bureau folder alone without force, and rewrites it with force', () => {
    const edited = join(first, 'xiangdu', 'cf-001.yaml');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, `${original}# 手工编辑 / edited by hand\n`);
    writeFileSync(join(first, 'xiangdu', 'extra.txt'), 'kept');
    // Recorded versions (npm run release) are history, not import output: even force keeps them.
    mkdirSync(join(first, 'xiangdu', 'versions'));
    writeFileSync(join(first, 'xiangdu', 'versions', '001.json'), '{}');
    const again = runImport(scratch, { contentDir: first });
    expect(again.every((s) => s.skipped)).toBe(true);
    expect(readFileSync(edited, 'utf8')).toBe(`${original}# 手工编辑 / edited by hand\n`);
    expect(readdirSync(join(first, 'xiangdu'))).toContain('extra.txt');
    const forced = runImport(scratch, { contentDir: first, force: true });
    expect(forced.every((s) => !s.skipped)).toBe(true);
    expect(readFileSync(edited, 'utf8')).toBe(original);
    expect(readdirSync(join(first, 'xiangdu'))).not.toContain('extra.txt');
    expect(readFileSync(join(first, 'xiangdu', 'versions', '001.json'), 'utf8')).toBe('{}');
  });
});
