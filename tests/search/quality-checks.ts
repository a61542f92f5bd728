/**
 * The quality rules every query must meet, on the real site and on the synthetic 10,000-item
 * one alike (docs/search.md, "Quality"): recall 1.0 against the computed ground truth, nothing
 * shown that does not contain the query, the first five all containing it when five or more
 * items do, named items (item numbers, codes) first, and for the typo the items meant found
 * through the partial-match fallback.
 */
import { expect } from 'vitest';
import type { ItemPage, QueryReport } from './search-harness.ts';
import { namedItems } from './search-harness.ts';

export function expectQuality(report: QueryReport, pages: ItemPage[]): void {
  const { query } = report;
  if (query.kind === 'item-number') expect(report.named, `${query.q} names no item in this content`).toBeGreaterThan(0);
  else expect(report.truth, `no item contains ${query.meant ?? query.q}: the query set no longer fits the content`).toBeGreaterThan(0);
  expect(report.missed, `recall of ${query.q}`).toEqual([]);
  expect(report.duplicates).toBe(0);
  if (query.kind === 'typo') {
    expect(report.status).toMatch(/没有找到包含.*以下 \d+ 个事项包含其中大部分字词/);
    return;
  }
  expect(report.unrelated, `results of ${query.q} that do not contain it`).toEqual([]);
  if (query.kind === 'item-number' || query.kind === 'code') {
    // Named items first, then the rest.
    const named = namedItems(pages, query);
    expect(new Set(report.paths.slice(0, named.size))).toEqual(named);
  } else if (report.truth >= 5) {
    expect(report.top5, `top five of ${query.q}`).toBe(5);
  }
}
