/**
 * The search index a real build writes (src/search/build-index.ts): one Pagefind record per item
 * page holding exactly the page's text, read by a small HTML reader that must agree with
 * Chromium's parser on every page; and a build that fails rather than publish a site whose
 * index could not be made.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bureau } from '../../src/content/bureau-schema.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { writeSearchIndex } from '../../src/search/build-index.ts';
import { COMMON_TERMS_FILE, lacksTerm, parseCommonTerms, UNIVERSAL_TERM } from '../../src/search/common-terms.ts';
import { normalizeForSearch } from '../../src/search/normalize.ts';
import { indexTerms } from '../../src/search/tokens.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { domText, itemPages, type ItemPage } from './search-harness.ts';

const CONTENT = 'tests/fixtures/site/content';

let siteDir: string;
let pages: ItemPage[];

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function readPagefindFile(path: string): Buffer {
  const bytes = readFileSync(path);
  const plain = bytes.subarray(0, 12).toString() === 'pagefind_dcd' ? bytes : gunzipSync(bytes);
  return plain.subarray(12);
}

beforeAll(() => {
  siteDir = buildSite({ content: CONTENT });
  pages = itemPages(siteDir, CONTENT);
});

describe('the built search index', () => {
  it('holds one record per item page, with the page text, its index terms and its filters', () => {
    const dir = join(siteDir, 'pagefind');
    const common = parseCommonTerms(readFileSync(join(dir, COMMON_TERMS_FILE), 'utf8'));
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.und.page_count).toBe(pages.length);
    const fragments: Fragment[] = readdirSync(join(dir, 'fragment')).map((f) => JSON.parse(readPagefindFile(join(dir, 'fragment', f)).toString('utf8')));
    expect(fragments.map((f) => f.url).sort()).toEqual(pages.map((p) => p.path).sort());
    for (const fragment of fragments) {
      const page = pages.find((p) => p.path === fragment.url)!;
      // Pagefind stores the text with each line break turned into a space and nothing else changed.
      expect(fragment.content).toBe(page.text.replace(/\n/g, ' '));
      // Every term of the text is stored as itself, or, when common, by the absence of its q term;
      // every common term the text lacks is stored as its q term (src/search/common-terms.ts).
      const stored = new Set(fragment.meta.k!.split(' '));
      const own = new Set(indexTerms(normalizeForSearch(`${page.text}\n${fragment.meta.code ?? ''}`)));
      expect(stored.has(UNIVERSAL_TERM)).toBe(true);
      for (const term of own) expect(stored.has(term), term).toBe(!common.has(term));
      for (const term of own) if (common.has(term)) expect(stored.has(lacksTerm(term)), term).toBe(false);
      for (const term of common) expect(stored.has(lacksTerm(term)), term).toBe(!own.has(term));
      expect(stored.size).toBe(1 + [...own].filter((t) => !common.has(t)).length + [...common].filter((t) => !own.has(t)).length);
      expect(fragment.meta.a).toBe(`k${page.id.replace('-', '')}`);
      expect(fragment.filters.bureau).toEqual([fragment.url.split('/')[0]]);
      expect(fragment.filters.category).toEqual([page.id.slice(0, 2)]);
      expect(page.text.split('\n')).toContain(fragment.meta.title);
    }
  });

  it('lists as common exactly the terms more than 70 % of the item pages hold', () => {
    const common = parseCommonTerms(readFileSync(join(siteDir, 'pagefind', COMMON_TERMS_FILE), 'utf8'));
    const dir = join(siteDir, 'pagefind', 'fragment');
    const codes = new Map(readdirSync(dir).map((f) => JSON.parse(readPagefindFile(join(dir, f)).toString('utf8')) as Fragment).map((f) => [f.url, f.meta.code ?? '']));
    const holding = new Map<string, number>();
    for (const page of pages) for (const term of indexTerms(normalizeForSearch(`${page.text}\n${codes.get(page.path)}`))) holding.set(term, (holding.get(term) ?? 0) + 1);
    const expected = [...holding].filter(([, n]) => n > 0.7 * pages.length).map(([t]) => t);
    expect(expected.length).toBeGreaterThan(0);
    expect([...common].sort()).toEqual(expected.sort());
  });

  it('leaves out Pagefind’s own user interfaces, which the site does not use', () => {
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(files).toContain('pagefind.js');
  });

  it('reads each page’s text as Chromium’s HTML parser does (same definition, independent parser)', async () => {
    const server = await serveStatic(siteDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const item of pages) {
        await page.goto(`${server.url}${item.path}`);
        const text = await domText(page);
        expect(text, item.path).toBe(item.text);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('writeSearchIndex', () => {
  it('fails, naming the page, when an item page has no data-pagefind-body', async () => {
    const site = mkdtempSync(join(tmpdir(), 'qingdan-index-'));
    try {
      mkdirSync(join(site, 'demo', 'cf-001'), { recursive: true });
      writeFileSync(join(site, 'demo', 'cf-001', 'index.html'), '<!doctype html><html lang="zh-CN"><body><main><h1>无标记</h1></main></body></html>');
      const bureau = { id: 'demo', name: '示例局' } as Bureau;
      const item = { id: 'cf-001', bureau: 'demo', category: '行政处罚', name: '无标记' } as Item;
      await expect(writeSearchIndex(site, { bureaus: [bureau], items: [item] })).rejects.toThrow(/demo\/cf-001\/index\.html: page has no element with data-pagefind-body/);
      expect(existsSync(join(site, 'pagefind'))).toBe(false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
