/**
 * Writes the search index of a built site into <site>/pagefind/ with Pagefind's Node API: one
 * custom record per item page (record.ts), read from the built HTML so the index holds exactly
 * the text the page shows. Called by the Astro integration src/integrations/search-index.ts when the
 * build has written the pages (into scripts/build.ts's staging folder, before it is swapped
 * into place); any failure throws, so a site is never published without its index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Bureau } from '../content/bureau-schema.ts';
import { categoryRank } from '../content/categories.ts';
import type { Item } from '../content/item-schema.ts';
import { itemPath } from '../model/paths.ts';
import { chooseCommonTerms, COMMON_TERMS_FILE, commonTermsJson, storedTerms } from './common-terms.ts';
import { pageText } from './page-text.ts';
import { codeTerms, itemRecord, textTerms, titleTerms, type SearchRecord } from './record.ts';

export interface SearchIndexInput {
  bureaus: Bureau[];
  items: Item[];
}

export interface SearchIndexReport {
  records: number;
  outputPath: string;
}

/** Pagefind writes its own UIs too; the site has its own search page, so they are removed. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Items in the order the index (and the offline search data) lists them. */
export function ordered(input: SearchIndexInput): { bureau: Bureau; item: Item }[] {
  const byId = new Map(input.bureaus.map((b) => [b.id, b]));
  return input.items
    .map((item) => {
      const bureau = byId.get(item.bureau);
      if (!bureau) throw new Error(`item ${item.bureau}/${item.id} has no bureau`);
      return { bureau, item };
    })
    .sort((a, b) => a.bureau.id.localeCompare(b.bureau.id) || categoryRank(a.item.category) - categoryRank(b.item.category) || a.item.id.localeCompare(b.item.id));
}

const BATCH = 200;

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * The index files are taken from Pagefind in memory (getFiles) and written here, synchronously,
 * rather than by its writeFiles: Pagefind 1.5.2's writeFiles answers before its files are on disk
 * (writing the valid fixture's index 40 times, 2 runs had an empty pagefind-entry.json and 1 an
 * empty wasm file when the promise resolved), and closing the service then leaves them empty.
 * Any file that still comes out wrong is caught by verify-index.ts before the site is published.
 */
function writeIndexFiles(outputPath: string, files: { path: string; content: Uint8Array }[]): void {
  for (const file of files) {
    const target = resolve(outputPath, file.path);
    if (relative(outputPath, target).startsWith('..') || isAbsolute(relative(outputPath, target))) throw new Error(`Pagefind file outside the index folder: ${file.path}`);
    if (UNUSED_FILES.includes(relative(outputPath, target))) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/**
 * The records of the item pages of a built site, in index order, each from its page's HTML.
 * Separate from writing the index, so records made in one build can be kept and indexed later.
 */
export function siteRecords(siteDir: string, input: SearchIndexInput): SearchRecord[] {
  return ordered(input).map(({ bureau, item }) => {
    const file = join(siteDir, itemPath(bureau.id, item.id), 'index.html');
    try {
      return itemRecord(bureau, item, pageText(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  });
}

/** The common terms of a set of records (common-terms.ts): those more than COMMON_SHARE of them hold. */
export function commonTermsOf(records: SearchRecord[]): string[] {
  const pagesHolding = new Map<string, number>();
  for (const record of records) for (const term of textTerms(record)) pagesHolding.set(term, (pagesHolding.get(term) ?? 0) + 1);
  return chooseCommonTerms(pagesHolding, records.length);
}

/**
 * The meta Pagefind indexes for a record: its own meta and the index terms (record.ts) — k the
 * text's terms as common-terms.ts stores them, t and n the title's and code's non-common terms
 * (they only rank; a common term is never looked up by itself).
 */
export function indexedMeta(record: SearchRecord, common: readonly string[], commonSet: ReadonlySet<string>): Record<string, string> {
  const meta: Record<string, string> = { ...record.meta, k: storedTerms(textTerms(record), common, commonSet).join(' ') };
  const ranking = (terms: string[]) => terms.filter((t) => !commonSet.has(t)).join(' ');
  meta.t = ranking(titleTerms(record));
  if (record.meta.code) meta.n = ranking(codeTerms(record));
  return meta;
}

/** Writes <site>/pagefind/ from records (in index order). */
export async function writeIndexOfRecords(siteDir: string, records: SearchRecord[]): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, 'pagefind');
  // Terms are made twice (to count, then to store) rather than kept: 10,000 items' terms held
  // at once would be the memory this design saves.
  const common = commonTermsOf(records);
  const commonSet = new Set(common);
  const created = await pagefind.createIndex({});
  failOn(created.errors, 'createIndex');
  const index = created.index!;
  try {
    // Records go to the Pagefind service in batches: one at a time leaves it idle between calls.
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: indexedMeta(record, common, commonSet) })));
      responses.forEach((response, i) => failOn(response.errors, `addCustomRecord ${batch[i]!.url}`));
    }
    const written = await index.getFiles();
    failOn(written.errors, 'getFiles');
    writeIndexFiles(outputPath, [...written.files, { path: COMMON_TERMS_FILE, content: new TextEncoder().encode(commonTermsJson(common)) }]);
    return { records: records.length, outputPath };
  } finally {
    await pagefind.close();
  }
}

export async function writeSearchIndex(siteDir: string, input: SearchIndexInput): Promise<SearchIndexReport> {
  return writeIndexOfRecords(siteDir, siteRecords(siteDir, input));
}
