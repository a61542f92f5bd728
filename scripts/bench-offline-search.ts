/**
 * npm run bench:offline — size and speed of the bundle's offline search (docs/search.md,
 * "Offline search"), at 102 items (content/), 1,000 synthetic items (built for disk like the
 * bundle) and 10,000 items. The 10,000-item data is the 1,000-item site's records repeated ten
 * times under distinct addresses and bureaus: a 10,000-item Astro build takes minutes and ~8 GB
 * on this machine kind, and the offline engine only sees the records (same text lengths, ten
 * times as many matches). Times are for the engine in Node (query to the first 20 results,
 * the first query including its one-time preparation) and for the whole search page opened from
 * file:// in Chromium (address to first results on screen, data file load included).
 * Usage: node scripts/bench-offline-search.ts
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeOfflineSearchData } from '../src/bundle/search-data.ts';
import { search } from '../src/search/engine.ts';
import { OFFLINE_DATA_PATH, offlineDataScript, offlineSearchApi, type OfflineData, type OfflineEntry } from '../src/search/offline-index.ts';
import { synthesizeContent } from '../src/search/synth-content.ts';
import { validateContent } from '../src/validate/validate-content.ts';

const QUERIES = ['异地就医', '医保', '处罚5', '第八十四条', '异地就依', '诊'];
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'qingdan-bench-offline-'));

function buildForDisk(content: string, outDir: string): OfflineEntry[] {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--outDir', outDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, QINGDAN_INDEX_LINKS: '1', QINGDAN_OFFLINE_SEARCH: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`build of ${content} failed:\n${build.stdout}\n${build.stderr}`);
  const { content: parsed } = validateContent(root, content);
  writeOfflineSearchData(outDir, { bureaus: parsed.bureaus.map((d) => d.data), items: parsed.items.map((d) => d.data) });
  return dataOf(readFileSync(join(outDir, OFFLINE_DATA_PATH), 'utf8')).items;
}

function dataOf(script: string): OfflineData {
  return JSON.parse(script.slice(script.indexOf('=') + 1).trim().replace(/;$/, '')) as OfflineData;
}

function repeated(entries: OfflineEntry[], times: number): OfflineEntry[] {
  const out: OfflineEntry[] = [];
  for (let t = 0; t < times; t++) for (const e of entries) out.push(t === 0 ? e : [`r${t}-${e[0]}`, e[1], e[2], e[3], e[4], `r${t}-${e[5]}`, e[6], e[7], e[8]]);
  return out;
}

async function nodeTimes(script: string): Promise<{ parse: number; first: number; queries: Record<string, number> }> {
  let started = performance.now();
  const data = dataOf(script);
  const parse = performance.now() - started;
  const api = offlineSearchApi(data);
  const queries: Record<string, number> = {};
  let first = 0;
  for (const [i, q] of QUERIES.entries()) {
    started = performance.now();
    const run = await search(api, q);
    await run.next(20);
    const ms = performance.now() - started;
    if (i === 0) first = ms;
    else queries[q] = ms;
  }
  return { parse, first, queries };
}

const site102 = join(work, 'site102');
const entries102 = buildForDisk('content', site102);
const synth = join(work, 'synth');
synthesizeContent(join(root, 'content'), 1000, join(synth, 'content'));
const site1000 = join(work, 'site1000');
const entries1000 = buildForDisk(join(synth, 'content'), site1000);
const sizes: [string, OfflineEntry[]][] = [
  ['102', entries102],
  [String(entries1000.length), entries1000],
  [String(entries1000.length * 10), repeated(entries1000, 10)],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const rows: string[] = [];
try {
  for (const [label, entries] of sizes) {
    const script = offlineDataScript(entries);
    const bytes = Buffer.byteLength(script);
    const gz = gzipSync(script).length;
    const node = await nodeTimes(script);
    // The search page of the 1,000-item disk build, with this data file in place.
    const site = join(work, `page-${label}`);
    cpSync(site1000, site, { recursive: true });
    writeFileSync(join(site, OFFLINE_DATA_PATH), script);
    const page = await browser.newPage();
    const pageTimes: number[] = [];
    for (const q of ['异地就医', '医保']) {
      const started = performance.now();
      await page.goto(`${pathToFileURL(site).href}/search/index.html?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => ['complete', 'more'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''), null, { timeout: 120_000 });
      pageTimes.push(performance.now() - started);
    }
    await page.close();
    rmSync(site, { recursive: true, force: true });
    const others = Object.entries(node.queries).map(([q, ms]) => `${q} ${ms.toFixed(0)}`).join(', ');
    rows.push(`| ${label} | ${(bytes / 1e6).toFixed(2)} MB (${(gz / 1e6).toFixed(2)} MB gzip) | ${node.parse.toFixed(0)} ms | ${node.first.toFixed(0)} ms | ${others} | ${pageTimes.map((t) => t.toFixed(0)).join(' / ')} ms |`);
    console.log(rows.at(-1));
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log('\n| items | scripts/search-data.js | JSON parse (Node) | first query 异地就医 to 20 results (Node, incl. preparation) | later queries (Node, ms) | search page from file:// in Chromium, 异地就医 / 医保 |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
