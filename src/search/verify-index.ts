/**
 * Checks a written search index before the site it belongs to is published: every file of
 * pagefind/ is present and non-empty (a full disk made Pagefind write zero-byte files without an
 * error), the entry file counts as many pages as records were added, and a real query through
 * the site's own search code (engine.ts) on the written files finds a known item. Takes the
 * staging folder only, whoever wrote the index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMON_TERMS_FILE, parseCommonTerms } from './common-terms.ts';
import { RANKING, search, type PagefindApi } from './engine.ts';

export interface IndexExpectation {
  /** Records the index must hold. */
  records: number;
  /** A query and the site path of an item it must find ('demo/cf-001/'); absent for an empty list. */
  probe?: { query: string; path: string };
}

export class SearchIndexInvalid extends Error {
  override name = 'SearchIndexInvalid';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

function checkFiles(indexDir: string, records: number): void {
  let files: string[];
  try {
    files = filesUnder(indexDir);
  } catch (error) {
    throw new SearchIndexInvalid(`搜索索引文件夹缺失 / search index folder missing: ${(error as Error).message}`);
  }
  const empty = files.filter((f) => statSync(f).size === 0).map((f) => relative(indexDir, f));
  if (empty.length > 0) throw new SearchIndexInvalid(`搜索索引有 ${empty.length} 个空文件（磁盘是否已满？）/ ${empty.length} empty index files (disk full?): ${empty.slice(0, 5).join(', ')}`);
  for (const required of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', COMMON_TERMS_FILE])
    if (!files.some((f) => relative(indexDir, f) === required)) throw new SearchIndexInvalid(`搜索索引缺少 ${required} / index file missing: ${required}`);
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8'));
  } catch (error) {
    throw new SearchIndexInvalid(`pagefind-entry.json 无法读取 / unreadable: ${(error as Error).message}`);
  }
  const pages = Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
  if (pages !== records) throw new SearchIndexInvalid(`搜索索引有 ${pages} 个页面，应为 ${records} / index holds ${pages} pages, expected ${records}`);
  const fragments = files.filter((f) => relative(indexDir, f).startsWith('fragment')).length;
  if (fragments < records) throw new SearchIndexInvalid(`搜索索引只有 ${fragments} 个片段文件，应至少 ${records} / ${fragments} fragments for ${records} records`);
}

let instances = 0;

/** Loads the written pagefind.js in Node, its fetches answered from the index folder only (the caller restores fetch). */
export async function loadPagefind(indexDir: string): Promise<PagefindApi> {
  const base = pathToFileURL(`${indexDir}/`);
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), base);
    const path = url.protocol === 'file:' ? fileURLToPath(url) : '';
    if (!path.startsWith(indexDir)) throw new SearchIndexInvalid(`search index asked for ${url.href}`);
    return new Response(await readFile(path));
  };
  // A new module instance each time: a second import of the same URL returns the instance already
  // set up, which refuses its options (its ranking weights) once a search has run.
  const pagefind = await import(new URL(`pagefind.js?instance=${++instances}`, base).href);
  await pagefind.options({ basePath: base.href, noWorker: true, ranking: RANKING });
  return { search: pagefind.search, commonTerms: parseCommonTerms(readFileSync(join(indexDir, COMMON_TERMS_FILE), 'utf8')) };
}

async function probeQuery(indexDir: string, probe: NonNullable<IndexExpectation['probe']>): Promise<void> {
  const previousFetch = globalThis.fetch;
  try {
    const pagefind = await loadPagefind(indexDir);
    const run = await search(pagefind, probe.query);
    for (;;) {
      const hits = await run.next(50);
      if (hits.some((h) => h.url.endsWith(probe.path))) return;
      if (hits.length === 0 || run.done()) break;
    }
    throw new SearchIndexInvalid(`测试查询“${probe.query}”没有找到 ${probe.path} / test query did not find ${probe.path}`);
  } catch (error) {
    if (error instanceof SearchIndexInvalid) throw error;
    throw new SearchIndexInvalid(`测试查询失败 / test query failed: ${(error as Error).message}`);
  } finally {
    globalThis.fetch = previousFetch;
  }
}

/**
 * The test query of a build: the first 12 characters of the first item name with at least two
 * letters or digits (a name is found by any run of it), with that item's page; undefined if none.
 */
export function probeFor(items: { bureau: string; id: string; name: string }[], pathOf: (bureau: string, id: string) => string): IndexExpectation['probe'] {
  const item = items.find((i) => (i.name.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2);
  return item && { query: Array.from(item.name).slice(0, 12).join(''), path: pathOf(item.bureau, item.id) };
}

export async function verifySearchIndex(siteDir: string, expected: IndexExpectation): Promise<void> {
  const indexDir = join(siteDir, 'pagefind');
  checkFiles(indexDir, expected.records);
  if (expected.probe) await probeQuery(indexDir, expected.probe);
}
