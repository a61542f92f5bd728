/**
 * The seed importer stops, naming the seed line, when the rows it reads disagree with the
 * document's numbering or stated total, instead of merging unnumbered rows into a neighbour
 * (a hostile edit that blanked six 序号 used to drop six items with exit 0).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jinzhouParser } from '../../src/import/parsers/jinzhou.ts';
import { ImportRowsDisagree, isDetailHeader } from '../../src/import/parsers/tab-table.ts';
import { xiangduParser } from '../../src/import/parsers/xiangdu.ts';
import type { SeedParser } from '../../src/import/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seed = (parser: SeedParser) => readFileSync(join(ROOT, 'seeds', parser.seedFile), 'utf8');

/** The seed with the 序号 of detail rows `numbers` blanked, and the line of the first row after them. */
function blankNumbers(parser: SeedParser, numbers: number[]): { text: string; nextLine: number } {
  const lines = seed(parser).split('\n');
  const detailStart = lines.findIndex(isDetailHeader);
  let nextLine = 0;
  for (let i = detailStart; i < lines.length; i++) {
    const match = /^(\d+)\t/.exec(lines[i]!);
    if (!match) continue;
    if (numbers.includes(Number(match[1]))) lines[i] = lines[i]!.slice(match[1]!.length);
    else if (nextLine === 0 && Number(match[1]) > Math.max(...numbers)) nextLine = i + 1;
  }
  return { text: lines.join('\n'), nextLine };
}

describe('the seed importer and rows that disagree with the document', () => {
  for (const parser of [jinzhouParser, xiangduParser]) {
    it(`${parser.slug}: six rows without 序号 stop the import at the line where the numbering skips`, () => {
      expect(() => parser.parse(seed(parser))).not.toThrow();
      const { text, nextLine } = blankNumbers(parser, [4, 5, 6, 7, 8, 9]);
      expect(() => parser.parse(text)).toThrow(ImportRowsDisagree);
      expect(() => parser.parse(text)).toThrow(new RegExp(`seeds/${parser.seedFile}:${nextLine}: 明细表第 4 行数据的序号为「10」，应为 4`));
    });
  }

  it('jinzhou: a stated total that differs from the rows read stops the import', () => {
    const text = seed(jinzhouParser).replaceAll('(共六类、26项)', '(共六类、27项)');
    expect(() => jinzhouParser.parse(text)).toThrow(/文件称共 27 项，明细表读出 26 项/);
  });

  it('npm run import exits non-zero and prints the line', () => {
    const project = mkdtempSync(join(tmpdir(), 'qingdan-import-'));
    try {
      cpSync(join(ROOT, 'seeds'), join(project, 'seeds'), { recursive: true });
      writeFileSync(join(project, 'seeds', jinzhouParser.seedFile), blankNumbers(jinzhouParser, [4, 5, 6, 7, 8, 9]).text);
      const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/import.ts')], { cwd: project, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('导入已停止：明细表的行与原文序号不符');
      expect(run.stderr).toMatch(/seeds\/000_813c87bb2841e2da\.txt:\d+: 明细表第 4 行数据的序号为「10」/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
