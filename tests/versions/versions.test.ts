/**
 * Versions: snapshots, matching across versions (renamed, split, removed, renumbered items, an
 * amended article), `npm run release` and its refusals, `npm run check` on snapshots, and the
 * importer keeping recorded versions. Fixture: tests/fixtures/versions/ (README there).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { compareVersions, type ItemChange } from '../../src/versions/compare.ts';
import { charDiff } from '../../src/versions/char-diff.ts';
import { bureauHistory, itemHistory } from '../../src/versions/history.ts';
import { release } from '../../src/versions/release.ts';
import { readSnapshots } from '../../src/versions/snapshot.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';

const ROOT = process.cwd();
const FIXTURE = 'tests/fixtures/versions/content';
const [v1, v2] = readSnapshots(ROOT, FIXTURE, 'shifan').map((f) => f.snapshot!);
const scratch = mkdtempSync(join(tmpdir(), 'qingdan-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ids = (c: ItemChange) => `${c.before.map((i) => i.id).join('+')}→${c.after.map((i) => i.id).join('+')}`;

describe('compareVersions on the fixture', () => {
  const diff = compareVersions(v1!.items, v2!.items);
  const byKind = (kind: string) => diff.changes.filter((c) => c.kind === kind).map(ids);

  it('finds the split, the removal and the changes, and nothing else', () => {
    expect(byKind('拆分')).toEqual(['cf-001→cf-001+cf-003']);
    expect(byKind('取消')).toEqual(['jc-001→']);
    expect(byKind('新增')).toEqual([]);
    expect(byKind('变更').sort()).toEqual(['ba-001→ba-001', 'cf-002→cf-002', 'qt-002→qt-001']);
    expect(diff.unchanged).toBe(1);
  });

  it('says how each item was matched: the renumbered one by name', () => {
    const renumbered = diff.changes.find((c) => c.before[0]?.id === 'qt-002')!;
    expect(renumbered.matchedBy).toBe('name');
    expect(renumbered.fields).toEqual([]);
    expect(diff.matched).toMatchObject({ id: 3, name: 1, split: 1 });
  });

  it('diffs a renamed item character by character', () => {
    const renamed = diff.changes.find((c) => c.after[0]?.id === 'cf-002')!;
    expect(renamed.fields.map((f) => f.field)).toEqual(['name']);
    expect(renamed.fields[0]!.diff.filter((p) => p.op !== '=')).toEqual([
      { op: '-', text: '未' },
      { op: '+', text: '不' },
    ]);
  });

  it('shows an amended article as one character of the 依据', () => {
    const amended = diff.changes.find((c) => c.after[0]?.id === 'ba-001')!;
    expect(amended.fields.map((f) => f.label)).toEqual(['实施依据']);
    expect(amended.fields[0]!.diff.filter((p) => p.op !== '=').map((p) => p.op + p.text)).toEqual(['-一', '+二']);
  });

  it('matches a renamed item under a new id by name and basis', () => {
    const before = v2!.items.filter((i) => i.id === 'xk-001');
    const after = before.map((i) => ({ ...i, id: 'xk-009', name: `${i.name}工作` }));
    const d = compareVersions(before, after);
    expect(d.changes.map((c) => [c.kind, c.matchedBy, ids(c)])).toEqual([['变更', 'name', 'xk-001→xk-009']]);
    const renamed = after.map((i) => ({ ...i, name: i.name.replace('资格审核', '资格审查') }));
    expect(compareVersions(before, renamed).changes.map((c) => [c.kind, c.matchedBy])).toEqual([['变更', 'name+basis']]);
  });

  it('reports a merge as the reverse of a split', () => {
    const d = compareVersions(v2!.items, v1!.items);
    expect(d.changes.filter((c) => c.kind === '合并').map(ids)).toEqual(['cf-001+cf-003→cf-001']);
    expect(d.changes.filter((c) => c.kind === '新增').map(ids)).toEqual(['→jc-001']);
  });
});

describe('charDiff', () => {
  it('keeps every character: joining the kept and added parts gives the new text', () => {
    const parts = charDiff('应当于三十日内办理', '可以于十五日内办理');
    expect(parts.filter((p) => p.op !== '-').map((p) => p.text).join('')).toBe('可以于十五日内办理');
    expect(parts.filter((p) => p.op !== '+').map((p) => p.text).join('')).toBe('应当于三十日内办理');
  });
});

describe('history', () => {
  const items = siteModelOfFolder(ROOT, FIXTURE).bureaus[0]!.items;
  const history = bureauHistory(ROOT, FIXTURE, 'shifan', items);

  it('lists both versions, the second compared with the first, and nothing pending', () => {
    expect(history.versions.map((v) => [v.sequence, v.label, v.itemCount])).toEqual([
      [1, '示编办〔2023〕2号', 6],
      [2, '示编办〔2025〕3号', 6],
    ]);
    expect(history.versions[0]!.diff).toBeUndefined();
    expect(history.pending).toBeUndefined();
  });

  it("follows an item back through its renumbering and a split", () => {
    expect(itemHistory(history, 'qt-001').map((e) => [e.sequence, e.kind])).toEqual([
      [1, '首次记录'],
      [2, '变更'],
    ]);
    expect(itemHistory(history, 'cf-003').map((e) => [e.sequence, e.kind])).toEqual([
      [1, '首次记录'],
      [2, '拆分'],
    ]);
    expect(itemHistory(history, 'xk-001').map((e) => e.kind)).toEqual(['首次记录']);
  });
});

describe('npm run release', () => {
  const content = join(scratch, 'content');
  cpSync(join(ROOT, FIXTURE), content, { recursive: true });

  it('refuses to record a version already recorded, and an unchanged list', () => {
    const again = release({ root: scratch, contentDir: 'content', bureau: 'shifan' });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.messages.join('\n')).toMatch(/已记录.*不可更改/);
    const same = release({ root: scratch, contentDir: 'content', bureau: 'shifan', label: '2025年第二版' });
    expect(!same.ok && same.messages.join('\n')).toMatch(/完全相同/);
  });

  it('records a changed list as the next version, leaving earlier files untouched', () => {
    const before = readFileSync(join(content, 'shifan/versions/002.json'), 'utf8');
    const file = join(content, 'shifan/xk-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 定点医药机构协议管理资格审核', 'name: 定点医药机构协议管理资格审查'));
    const result = release({ root: scratch, contentDir: 'content', bureau: 'shifan', label: '示编办〔2026〕1号', date: '2026-01-05', recorded: '2026-01-05' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.path).toBe('content/shifan/versions/003.json');
    expect(result.ok && result.diff!.changes.map((c) => c.kind)).toEqual(['变更']);
    expect(readFileSync(join(content, 'shifan/versions/002.json'), 'utf8')).toBe(before);
    expect(checkContent(scratch, 'content').errorCount).toBe(0);
  });

  it('refuses an unknown bureau with a message in Chinese', () => {
    const r = release({ root: scratch, contentDir: 'content', bureau: 'nowhere' });
    expect(!r.ok && r.messages[0]).toMatch(/找不到部门/);
  });
});

describe('npm run check on snapshots', () => {
  it('reports a broken or misnumbered snapshot as an error, with its file', () => {
    const content = join(scratch, 'bad');
    cpSync(join(ROOT, FIXTURE), content, { recursive: true });
    writeFileSync(join(content, 'shifan/versions/004.json'), '{"format": "qingdan-version"');
    writeFileSync(join(content, 'shifan/versions/notes.json'), '{}');
    const result = checkContent(scratch, 'bad');
    const errors = result.problems.filter((p) => p.code === 'VERSION_SNAPSHOT');
    expect(errors.map((p) => p.file).sort()).toEqual(['bad/shifan/versions/004.json', 'bad/shifan/versions/notes.json']);
    expect(errors.every((p) => p.level === 'error')).toBe(true);
    expect(result.errorCount).toBe(2);
  });

  it('accepts the committed snapshots in content/, each bureau\'s history starting at 001', () => {
    // Generic on purpose: content/ is edited and released by staff, so a second version is fine here.
    const result = checkContent(ROOT);
    expect(result.problems.filter((p) => p.code === 'VERSION_SNAPSHOT')).toEqual([]);
    const recorded = result.content.bureaus.map((b) => readSnapshots(ROOT, 'content', b.data.id)).filter((files) => files.length > 0);
    expect(recorded.length).toBeGreaterThan(0);
    for (const files of recorded) expect(files[0]!.path).toMatch(/\/versions\/001\.json$/);
  });
});

describe('npm run import', () => {
  it('keeps recorded versions when it regenerates a bureau folder', async () => {
    const { runImport } = await import('../../src/import/run-import.ts');
    const root = join(scratch, 'import');
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    cpSync(join(ROOT, 'content/xiangcheng/versions'), join(root, 'content/xiangcheng/versions'), { recursive: true });
    // The folder exists (it holds versions/), so regenerating it takes force (issue 10).
    runImport(root, { force: true });
    expect(readFileSync(join(root, 'content/xiangcheng/versions/001.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'content/xiangcheng/versions/001.json'), 'utf8'));
    expect(existsSync(join(root, 'content/xiangcheng/cf-001.yaml'))).toBe(true);
  });
});
