/**
 * Writes scripts/search-data.js into a site built for disk (QINGDAN_INDEX_LINKS=1): every item's
 * search record — the one Pagefind gets online (src/search/record.ts), read from the built page
 * the same way — in the compact form src/search/offline-index.ts searches. Links end in
 * index.html like every other link of such a build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ordered, type SearchIndexInput } from '../search/build-index.ts';
import { itemPath } from '../model/paths.ts';
import { OFFLINE_DATA_PATH, offlineDataScript, offlineEntry } from '../search/offline-index.ts';
import { pageText } from '../search/page-text.ts';
import { itemRecord } from '../search/record.ts';

export function writeOfflineSearchData(siteDir: string, input: SearchIndexInput): { items: number; bytes: number; path: string } {
  const entries = ordered(input).map(({ bureau, item }) => {
    const path = itemPath(bureau.id, item.id);
    const file = join(siteDir, path, 'index.html');
    return offlineEntry(itemRecord(bureau, item, pageText(readFileSync(file, 'utf8'))), `${path}index.html`);
  });
  const script = offlineDataScript(entries);
  const path = join(siteDir, OFFLINE_DATA_PATH);
  writeFileSync(path, script);
  return { items: entries.length, bytes: Buffer.byteLength(script), path };
}
