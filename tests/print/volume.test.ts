/**
 * npm run pdf on the fixture list: the bureau's volume PDF is A4, holds every item name of the
 * bureau, its contents give for each item the page on which pdftotext finds the item's heading,
 * and its outline (bookmarks, read with pdftohtml -xml) lists every category and item. A clear
 * message for an unknown bureau.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemTitle } from '../../src/components/format.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { pdfInfo, pdfPages, squeeze } from '../helpers/pdf-tools.ts';

const CONTENT = 'tests/fixtures/site/content';
const BUREAU = 'shifan';

let work: string;
let file: string;
let pages: string[];
let items: Item[];
let output: string;

function runPdf(args: string[]): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const result = spawnSync(process.execPath, ['scripts/pdf.ts', '--content', CONTENT, ...args], { env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The bureau's items in the standard order (category order, then id). */
function bureauItems(): Item[] {
  const { content } = validateContent(process.cwd(), CONTENT);
  const rank = (c: string) => CATEGORIES.findIndex((x) => x.name === c);
  return content.items
    .map((d) => d.data)
    .filter((i) => i.bureau === BUREAU)
    .sort((a, b) => rank(a.category) - rank(b.category) || a.id.localeCompare(b.id));
}

/** The heading an item has in the volume: 行政处罚第 1 项 and its title. */
function heading(item: Item, all: Item[]): string {
  const ordinal = all.filter((i) => i.category === item.category).indexOf(item) + 1;
  return squeeze(`${item.category}第 ${ordinal} 项${itemTitle(item)}`);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'qingdan-volume-'));
  const result = runPdf(['--bureau', BUREAU, '--out', work]);
  output = result.output;
  if (result.status !== 0) throw new Error(`npm run pdf failed:\n${result.output}`);
  file = join(work, `${BUREAU}.pdf`);
  pages = pdfPages(file);
  items = bureauItems();
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a bureau volume as PDF', () => {
  it('prints A4 pages numbered x / y and says where it wrote the file', () => {
    expect(output).toMatch(new RegExp(`${BUREAU}\\.pdf：\\d+ 页`));
    expect(pdfInfo(file).pageSize).toMatch(/\(A4\)/);
    pages.forEach((text, i) => expect(squeeze(text)).toContain(`第${i + 1}页/共${pages.length}页`));
  });

  it('holds every item name of the bureau as text', () => {
    expect(items.length).toBeGreaterThan(2);
    const all = squeeze(pages.join(''));
    for (const item of items) expect(all, item.id).toContain(squeeze(item.name));
  });

  it('gives in its contents the page where each item starts', () => {
    const tocPage = pages.findIndex((p) => squeeze(p).startsWith('目录'));
    expect(tocPage).toBeGreaterThanOrEqual(0);
    // Each item's heading, searched in order after the contents: items start on new sheets in order.
    const found = new Map<string, number>();
    let from = tocPage + 1;
    for (const item of items) {
      const at = pages.findIndex((p, i) => i >= from && squeeze(p).includes(heading(item, items)));
      expect(at, `${item.id} not found after page ${from + 1}`).toBeGreaterThanOrEqual(0);
      found.set(item.id, at + 1);
      from = at;
    }
    // The contents' page numbers: the number ending each entry's line, in the contents' order
    // (统计表, then each category and its items, then the shared charts).
    const numbers = pages[tocPage]!
      .split('\n')
      .map((line) => line.match(/\s(\d+)\s*$/)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const categories = [...new Set(items.map((i) => i.category))];
    const labels = ['统计表', ...categories.flatMap((category) => [category, ...items.filter((i) => i.category === category).map((i) => i.id)])];
    const tocItems = labels.map((label, i) => ({ label, page: numbers[i] })).filter((e) => items.some((i) => i.id === e.label));
    expect(tocItems).toEqual(items.map((i) => ({ label: i.id, page: found.get(i.id) })));
    // 统计表 is on the sheet after the contents.
    expect(numbers[0]).toBe(pages.findIndex((p, i) => i > tocPage && squeeze(p).includes('统计表')) + 1);
  });

  it('has bookmarks for every category and item', () => {
    const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const outline = xml.slice(xml.indexOf('<outline>'));
    const entries = [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), text: squeeze(m[2]!) }));
    for (const category of new Set(items.map((i) => i.category))) expect(entries.some((e) => e.text.startsWith(category)), category).toBe(true);
    for (const item of items) expect(entries.map((e) => e.text), item.id).toContain(heading(item, items));
  });

  it('says clearly when there is no Chromium', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, QINGDAN_CHROMIUM: join(work, 'no-chromium') };
    const result = spawnSync(process.execPath, ['scripts/pdf.ts', '--content', CONTENT], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('找不到 Chromium 浏览器');
  });

  it('refuses an unknown bureau with a clear message', () => {
    const result = runPdf(['--bureau', 'nosuch', '--out', work]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('没有这些部门：nosuch');
  });
});
