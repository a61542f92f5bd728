/**
 * The alignment of a site, kept between the processes of a build and between builds: aligning
 * 10,000 items takes seconds, and `npm run build` needs it twice (the part keys,
 * src/build/parts/part-inputs.ts, and the pages inside Astro) and again on every rebuild, where
 * names and citations rarely change. scripts/build.ts names a file in QINGDAN_ALIGNMENT_FILE (in
 * the part cache); the pairs stored there are used while their key (alignmentKey: every input of
 * the matcher) equals the current content's, and written anew otherwise.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Item } from '../content/item-schema.ts';
import { alignItems, alignmentKey, type AlignedPair } from './match.ts';

export const ALIGNMENT_FILE_ENV = 'QINGDAN_ALIGNMENT_FILE';

function stored(file: string, key: string): AlignedPair[] | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; pairs: AlignedPair[] };
    return saved.key === key ? saved.pairs : undefined;
  } catch {
    return undefined; // none yet, or unreadable: computed again
  }
}

/** alignItems(items), from the stored file when its key matches; stores what it computes. */
export function siteAlignment(items: Item[]): AlignedPair[] {
  const file = process.env[ALIGNMENT_FILE_ENV];
  if (!file) return alignItems(items);
  const key = alignmentKey(items);
  const pairs = stored(file, key);
  if (pairs) return pairs;
  const computed = alignItems(items);
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ key, pairs: computed }));
  renameSync(temporary, file);
  return computed;
}
