/**
 * The search quality rules (quality-checks.ts) on a synthetic site of 10,000 items made from the
 * real ones (src/search/synth-content.ts): the same committed queries, through the same search
 * page. Slow (minutes: see docs/search.md for the measured figures), so it is not part of
 * npm test: run it with npm run test:scale. QINGDAN_SEARCH_CONTENT chooses the real content to
 * start from (default content/), QINGDAN_SCALE_ITEMS the size (default 10000).
 * QINGDAN_SCALE_SITE=<folder> tests a site already built by `node scripts/synth-site.ts --count N
 * --out <folder>` and `npm run build -- --content <folder>/content --outDir <folder>/dist` (it is
 * left in place), to spare a second 10,000-item build.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesizeContent } from '../../src/search/synth-content.ts';
import { buildLargeSite, serveSite, type SiteSession } from './large-site.ts';
import { QUERIES } from './queries.ts';
import { expectQuality } from './quality-checks.ts';
import { itemPages, measureQuery, searchUrl, type ItemPage, type QueryReport } from './search-harness.ts';

const SOURCE = process.env.QINGDAN_SEARCH_CONTENT ?? 'content';
const ITEMS = Number(process.env.QINGDAN_SCALE_ITEMS ?? 10_000);
const PREBUILT = process.env.QINGDAN_SCALE_SITE;

let work: string;
let session: SiteSession;
let page: Page;
let pages: ItemPage[];
const reports: QueryReport[] = [];
const figures: Record<string, string | number> = {};

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

beforeAll(async () => {
  let content: string;
  if (PREBUILT) {
    content = join(PREBUILT, 'content');
    session = await serveSite(join(PREBUILT, 'dist'), true);
  } else {
    work = mkdtempSync(join(tmpdir(), 'qingdan-scale-'));
    content = join(work, 'content');
    const synth = synthesizeContent(SOURCE, ITEMS, content);
    const started = performance.now();
    const build = buildLargeSite(content);
    figures['build: check + Astro + index (s)'] = Math.round((performance.now() - started) / 100) / 10;
    figures['index (s)'] = build.indexSeconds;
    session = await serveSite(build.outDir);
    figures['bureaus'] = synth.bureaus;
  }
  figures['index size (MB, pagefind/)'] = Math.round(folderBytes(join(session.outDir, 'pagefind')) / 1e5) / 10;
  pages = itemPages(session.outDir, content);
  figures['items'] = pages.length;
  page = await (await session.browser.newContext()).newPage();
}, 900_000);

afterAll(async () => {
  if (reports.length > 0) {
    const withFive = reports.filter((r) => r.truth >= 5 && !r.query.meant && r.query.kind !== 'item-number');
    figures['queries'] = reports.length;
    figures['recall'] = reports.every((r) => r.missed.length === 0) ? '1.0' : 'below 1.0';
    figures['top-5 precision'] = `${withFive.reduce((n, r) => n + r.top5, 0)}/${withFive.length * 5}`;
    figures['slowest query (s, all results)'] = Math.max(...reports.map((r) => r.ms)) / 1000;
  }
  console.log(`search at scale: ${JSON.stringify(figures, null, 1)}`);
  for (const r of reports) console.log(`${r.query.q}\t${r.truth}\t${r.shown}\t${r.ms} ms`);
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`search quality on ${ITEMS} synthetic items`, () => {
  it('downloads a bounded amount for a first search in a fresh browser', async () => {
    const context = await session.browser.newContext();
    const fresh = await context.newPage();
    const sizes = new Map<string, number>();
    fresh.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.set(response.url(), body.length);
    });
    await fresh.goto(searchUrl(session.server.url, '异地就医'));
    await fresh.waitForFunction(() => ['complete', 'more'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''), null, { timeout: 60_000 });
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const pagefind = [...sizes].filter(([url]) => url.includes('/pagefind/')).reduce((a, [, b]) => a + b, 0);
    figures['first search: all bytes (KB)'] = Math.round(total / 1024);
    figures['first search: pagefind bytes (KB)'] = Math.round(pagefind / 1024);
    figures['first search: requests'] = sizes.size;
    await context.close();
    expect(pagefind).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(QUERIES.map((q) => [q.q, q] as const))('%s', async (_, query) => {
    const report = await measureQuery(page, session.server.url, pages, query);
    reports.push(report);
    expectQuality(report, pages);
  });
});
