/**
 * The command itself (scripts/import.ts), run as `npm run import -- …` runs it: every problem at
 * once with exit 1 and nothing written; a good run writes the folder; an existing folder is kept
 * unless --force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIST = join(ROOT, 'tests', 'fixtures', 'real-lists', 'karamay-yibao-2024.xls');
const scratch = mkdtempSync(join(tmpdir(), 'qingdan-import-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function importCommand(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run import -- FILE…', () => {
  it('lists every problem at once, exits 1 and writes nothing', () => {
    const content = join(scratch, 'bad');
    const run = importCommand(LIST, join(scratch, 'missing.xls'), '--bureau', 'Bad_Slug', '--map', '服务对象=nonsense', '--content', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--bureau Bad_Slug：部门标识只能用小写字母、数字和连字符');
    expect(run.stderr).toContain('--map 服务对象=nonsense：未知字段 “nonsense”');
    expect(run.stderr).toContain('missing.xls：文件不存在 / file not found');
    expect(run.stderr).toContain('请用 --level 指定行政层级，允许：省级、市级、县级、乡级');
    expect(run.stderr).toContain('共 4 个问题，未写入任何文件');
    expect(existsSync(content)).toBe(false);
  });

  it('writes the bureau, and keeps an edited folder unless --force', () => {
    const content = join(scratch, 'good');
    const first = importCommand(LIST, '--bureau', 'karamay-yibao', '--level', '市级', '--content', content);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('karamay-yibao: 17 项事项');
    const folder = join(content, 'karamay-yibao');
    expect(readdirSync(folder).filter((f) => f.endsWith('.yaml'))).toHaveLength(18);
    const edited = join(folder, 'cf-001.yaml');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# 手工编辑\n`);
    const again = importCommand(LIST, '--bureau', 'karamay-yibao', '--level', '市级', '--content', content);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在；不会覆盖已有部门。确需用导入结果替换它时加 --force');
    expect(readFileSync(edited, 'utf8')).toContain('# 手工编辑');
    const forced = importCommand(LIST, '--bureau', 'karamay-yibao', '--level', '市级', '--content', content, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(edited, 'utf8')).not.toContain('# 手工编辑');
    expect(readdirSync(content)).toEqual(['karamay-yibao']);
  });
});
