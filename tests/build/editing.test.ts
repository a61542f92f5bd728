/**
 * content/ is what bureau staff edit. Here a copy of the real content/ gets what the content guide
 * teaches — a new bureau with an item, and an edited item — and the suite's content checks run
 * on it: validation has no error, `npm run check` exits 0, the build succeeds, the new and edited
 * pages show the change, and every link of the built site works. (Tests that assert facts of
 * the source documents read the lists as imported from seeds/, tests/helpers/imported-lists.ts,
 * so that such an edit never turns them red.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURES } from '../helpers/content-sandbox.ts';
import { crawl } from '../helpers/crawl.ts';
import { serveStatic } from '../helpers/static-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EDIT_MARK = '（编辑测试）';

let work: string;
let content: string;
let edited: { bureau: string; id: string; name: string };
let siteDir: string | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'qingdan-editing-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });

  // A new bureau, as the content guide says: a folder, bureau.yaml, one file per item.
  const bureau = readFileSync(join(FIXTURES, 'valid/content/demo/bureau.yaml'), 'utf8').replace('id: demo', 'id: xinbumen').replace('stated_total: 2', 'stated_total: 1');
  const item = readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml'), 'utf8').replace('bureau: demo', 'bureau: xinbumen');
  mkdirSync(join(content, 'xinbumen'));
  writeFileSync(join(content, 'xinbumen', 'bureau.yaml'), bureau);
  writeFileSync(join(content, 'xinbumen', 'cf-001.yaml'), item);

  // An edit of an existing item's name: the first item file of the first bureau, whatever content/ holds now.
  const firstBureau = readdirSync(content).filter((name) => name !== 'xinbumen').sort()[0]!;
  const firstItem = readdirSync(join(content, firstBureau)).filter((name) => /^[a-z]{2}-\d{3}\.yaml$/.test(name)).sort()[0]!;
  const file = join(content, firstBureau, firstItem);
  const text = readFileSync(file, 'utf8');
  const name = /^name: (.+)$/m.exec(text)![1]!.replace(/^"|"$/g, '') + EDIT_MARK;
  writeFileSync(file, text.replace(/^name: .+$/m, `name: ${name}`));
  edited = { bureau: firstBureau, id: firstItem.replace('.yaml', ''), name };
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (siteDir) rmSync(dirname(siteDir), { recursive: true, force: true });
});

describe('editing content/ as bureau staff do keeps the checks green', () => {
  it('validation finds no error, and sees the new bureau and the edit', () => {
    const result = checkContent(work);
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.content.bureaus.map((b) => b.data.id)).toContain('xinbumen');
    expect(result.content.items.find((d) => d.data.bureau === edited.bureau && d.data.id === edited.id)!.data.name).toBe(edited.name);
  });

  it('npm run check exits 0', () => {
    const run = spawnSync('npm', ['run', '-s', 'check', '--', content], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toContain('0 个错误');
    expect(run.status).toBe(0);
  });

  it('the build succeeds and shows the new bureau, its item and the edited name; every link works', async () => {
    siteDir = buildSite({ content });
    expect(readFileSync(join(siteDir, 'xinbumen', 'index.html'), 'utf8')).toContain('示例县医疗保障局');
    expect(readFileSync(join(siteDir, 'xinbumen', 'cf-001', 'index.html'), 'utf8')).toContain('<h1');
    expect(readFileSync(join(siteDir, edited.bureau, edited.id, 'index.html'), 'utf8')).toContain(edited.name);
    const server = await serveStatic(siteDir, '/');
    try {
      const result = await crawl(server.url);
      expect(result.broken).toEqual([]);
      expect(result.pages).toContain('xinbumen/cf-001/');
    } finally {
      await server.close();
    }
  });
});
