/**
 * What the search quality tests share: the item pages' texts read from a built site (ground
 * truth), and running a query through the real search page in Chromium — typing nothing, just
 * opening search/?q=… as a shared link would, then pressing 显示更多 until every result is on
 * the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { normalizeForSearch, queryTerms } from '../../src/search/normalize.ts';
import { itemIdOfQuery } from '../../src/search/item-alias.ts';
import { pageText } from '../../src/search/page-text.ts';
import { itemPath } from '../../src/model/paths.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import type { SearchQuery } from './queries.ts';

export interface ItemPage {
  /** Site path, 'tianshui/cf-001/'. */
  path: string;
  id: string;
  code?: string;
  text: string;
}

/** Every item page of a site built from `contentDir`, with its text as search defines it. */
export function itemPages(siteDir: string, contentDir: string): ItemPage[] {
  const { content } = validateContent(process.cwd(), contentDir);
  return content.items.map(({ data }) => {
    const path = itemPath(data.bureau, data.id);
    return { path, id: data.id, code: data.code, text: pageText(readFileSync(join(siteDir, path, 'index.html'), 'utf8')).text };
  });
}

/**
 * The same definition of an item page's text as src/search/page-text.ts, computed on the DOM
 * Chromium parsed: a second, independent reading the ground truth can be checked against.
 */
export function domText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const BLOCK = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '));
    const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);
    let out = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        out += (node.textContent ?? '').replace(/\s+/g, ' ');
        return;
      }
      if (!(node instanceof Element)) return;
      if (SKIP.has(node.tagName) || node.hasAttribute('data-pagefind-ignore') || node.hasAttribute('hidden')) return;
      const block = BLOCK.has(node.tagName);
      if (block) out += '\n';
      node.childNodes.forEach(walk);
      if (block) out += '\n';
    };
    walk(document.querySelector('[data-pagefind-body]')!);
    return out
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  });
}

/** Items whose text contains every term of the query (a typo's: of what was meant). */
export function groundTruth(pages: ItemPage[], query: SearchQuery): Set<string> {
  const terms = queryTerms(query.meant ?? query.q);
  return new Set(pages.filter((p) => terms.every((t) => normalizeForSearch(p.text).includes(t))).map((p) => p.path));
}

/** Items an item-number or code query names, which must come first. */
export function namedItems(pages: ItemPage[], query: SearchQuery): Set<string> {
  const [term] = queryTerms(query.q);
  const id = term ? itemIdOfQuery(term) : undefined;
  return new Set(pages.filter((p) => (id && p.id === id) || (p.code && normalizeForSearch(p.code) === term)).map((p) => p.path));
}

export interface PageResults {
  /** Result links as site paths ('tianshui/cf-001/', also for a disk copy's …/index.html links), in the order shown. */
  paths: string[];
  status: string;
  /** Clicks on 显示更多 it took. */
  clicks: number;
  /** Whether the results are an <ol> inside <main>. */
  inMainOrderedList: boolean;
}

const SETTLED = ['complete', 'more', 'unavailable'];

async function settled(page: Page): Promise<string> {
  await page.waitForFunction((states) => states.includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''), SETTLED, { timeout: 120_000 });
  return page.evaluate(() => document.querySelector<HTMLElement>('[data-search-results]')!.dataset.state!);
}

export function searchUrl(siteUrl: string, query: string, filters: { bureau?: string; category?: string } = {}): string {
  const params = new URLSearchParams({ q: query, ...filters });
  // A copy opened from disk (the service-hall bundle) has no server to serve a folder's index.
  return `${siteUrl}search/${siteUrl.startsWith('file:') ? 'index.html' : ''}?${params}`;
}

export async function runSearchPage(page: Page, siteUrl: string, query: string, filters: { bureau?: string; category?: string } = {}): Promise<PageResults> {
  await page.goto(searchUrl(siteUrl, query, filters));
  let state = await settled(page);
  let clicks = 0;
  while (state === 'more') {
    // The click sets the state to loading at once; wait for the batch that follows.
    await page.click('[data-search-more]');
    state = await settled(page);
    clicks++;
  }
  const root = new URL(siteUrl).pathname;
  return page.evaluate(
    ({ root }) => {
      const list = document.querySelector('[data-search-results]')!;
      const paths = [...list.querySelectorAll(':scope > li .search-result__title a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(root.length).replace(/index\.html$/, ''));
      return {
        paths,
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        clicks: 0,
        inMainOrderedList: list.tagName === 'OL' && list.closest('main') !== null,
      };
    },
    { root },
  ).then((r) => ({ ...r, clicks }));
}

export interface QueryReport {
  query: SearchQuery;
  truth: number;
  named: number;
  shown: number;
  /** Result paths in the order shown. */
  paths: string[];
  missed: string[];
  /** Shown results that neither contain the query nor are named by it. */
  unrelated: string[];
  duplicates: number;
  /** How many of the first five contain the query (of min(5, truth)). */
  top5: number;
  status: string;
  clicks: number;
  ms: number;
}

/** Runs one query through the page and compares it with the ground truth. */
export async function measureQuery(page: Page, siteUrl: string, pages: ItemPage[], query: SearchQuery): Promise<QueryReport> {
  const truth = groundTruth(pages, query);
  const named = namedItems(pages, query);
  const started = performance.now();
  const result = await runSearchPage(page, siteUrl, query.q);
  const ms = Math.round(performance.now() - started);
  if (!result.inMainOrderedList) throw new Error('results are not an <ol> inside <main>');
  const shown = new Set(result.paths);
  return {
    query,
    truth: truth.size,
    named: named.size,
    shown: result.paths.length,
    paths: result.paths,
    missed: [...truth].filter((p) => !shown.has(p)),
    unrelated: query.meant ? [] : result.paths.filter((p) => !truth.has(p) && !named.has(p)),
    duplicates: result.paths.length - shown.size,
    top5: result.paths.slice(0, 5).filter((p) => truth.has(p)).length,
    status: result.status,
    clicks: result.clicks,
    ms,
  };
}
