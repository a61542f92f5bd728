/** The bench's one-item edit (scripts/bench/edit-item.ts): one character of 承办机构, still valid, undone exactly. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editOneItem } from '../../scripts/bench/edit-item.ts';
import { checkContent } from '../../src/lint/check-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-edit-item-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editOneItem', () => {
  it('changes one character of one department line, keeps the content valid, and undoes exactly', () => {
    const content = join(dir, 'content');
    cpSync(resolve('tests/fixtures/valid/content'), content, { recursive: true });
    const path = join(content, 'demo', 'cf-001.yaml');
    const original = readFileSync(path, 'utf8');

    const edit = editOneItem(content);
    expect(edit.file).toBe('demo/cf-001.yaml');
    expect(edit.field).toBe('department');
    expect(edit.before).toBe('基金监管股');
    const edited = readFileSync(path, 'utf8');
    const changedLines = original.split('\n').filter((line, i) => line !== edited.split('\n')[i]);
    expect(changedLines).toEqual(['department: 基金监管股']);
    expect([...edit.after]).toHaveLength([...edit.before].length);
    expect([...edit.after].filter((c, i) => c !== [...edit.before][i])).toHaveLength(1);
    expect(checkContent(dir, 'content').errorCount).toBe(0);

    edit.undo();
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});
