/**
 * Search quality on the real content, in Chromium through the search page: every committed query
 * (queries.ts) meets the rules of quality-checks.ts. The same queries run on a synthetic
 * 10,000-item site in scale.scale.ts (npm run test:scale).
 * QINGDAN_SEARCH_CONTENT chooses another content folder (default content/).
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { QUERIES } from './queries.ts';
import { expectQuality } from './quality-checks.ts';
import { domText, itemPages, measureQuery, type ItemPage, type QueryReport } from './search-harness.ts';

const CONTENT = process.env.QINGDAN_SEARCH_CONTENT ?? 'content';

let session: SiteSession;
let page: Page;
let pages: ItemPage[];
const reports: QueryReport[] = [];

beforeAll(async () => {
  if (!existsSync(CONTENT)) throw new Error(`${CONTENT}/ is missing: the search quality test needs the real content (or QINGDAN_SEARCH_CONTENT=<folder>)`);
  session = await openSiteSession({ content: CONTENT });
  page = await (await session.browser.newContext()).newPage();
  pages = itemPages(session.outDir, CONTENT);
});

afterAll(async () => {
  if (reports.length > 0) {
    const withFive = reports.filter((r) => r.truth >= 5 && !r.query.meant && r.query.kind !== 'item-number');
    console.log(`search quality on ${pages.length} items: ${reports.length} queries, recall ${reports.every((r) => r.missed.length === 0) ? '1.0' : '< 1'}, top-5 precision ${withFive.reduce((n, r) => n + r.top5, 0)}/${withFive.length * 5}`);
  }
  await session?.close();
});

describe(`search quality (${CONTENT})`, () => {
  it('has at least 40 queries covering every kind the issue names', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(QUERIES.map((q) => q.kind));
    for (const kind of ['place', 'law', 'two-characters', 'several-words', 'partial-word', 'typo', 'article', 'code', 'section', 'item-number'] as const) expect(kinds).toContain(kind);
  });

  it('computes ground truth from the same text Chromium reads on every item page', async () => {
    for (const item of pages) {
      await page.goto(`${session.server.url}${item.path}`);
      expect(await domText(page), item.path).toBe(item.text);
    }
  });

  it.each(QUERIES.map((q) => [q.q, q] as const))('%s', async (_, query) => {
    const report = await measureQuery(page, session.server.url, pages, query);
    reports.push(report);
    expectQuality(report, pages);
  });
});
