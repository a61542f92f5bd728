/**
 * Whether two built sites are the same: the same list of files and the same bytes in every file.
 * Used to check that an incremental rebuild equals a cold full build of the same content.
 *
 * One difference is explained rather than reported: Pagefind writes its filter map in hash-map
 * order, random per process, so the filter files of two builds of the same content differ in
 * bytes, and so do their content-hashed names, the metadata file listing them and
 * pagefind-entry.json. Those files count as the same only when the decoded filters (values and
 * their pages) and the rest of the metadata are equal (pagefind-files.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindContent } from './pagefind-files.ts';

/** Every file under `dir`, as a path relative to it with / separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

export interface TreeDifference {
  /** Files in the first tree. */
  files: number;
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
  /** Differences found equal in content, with the reason the bytes differ. */
  explained: { path: string; why: string }[];
}

// The files whose bytes depend on the order of Pagefind's filter map (see above).
const FILTER_ORDER_FILE = /^(.*\/)?pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|filter\/[^/]+\.pf_filter)$/;
const FILTER_ORDER_WHY =
  'Pagefind writes its filter map in hash-map order, random per process (two cold builds of the same content differ here too); decoded, both hold the same filters with the same pages / Pagefind 的筛选表按随机哈希顺序写出，解码后内容相同';

/** Compares the trees file by file (one file in memory at a time from each side). */
export function compareTrees(first: string, second: string): TreeDifference {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  const differing: string[] = [];
  for (const path of a) {
    if (!inB.has(path)) continue;
    if (!readFileSync(join(first, path)).equals(readFileSync(join(second, path)))) differing.push(path);
  }
  let onlyInFirst = a.filter((p) => !inB.has(p));
  let onlyInSecond = b.filter((p) => !inA.has(p));
  const explained: TreeDifference['explained'] = [];

  // Pagefind's filter order: explained only when every such file of a bundle decodes equal.
  const bundles = new Set([...differing, ...onlyInFirst, ...onlyInSecond].map((p) => FILTER_ORDER_FILE.exec(p)).filter((m) => m !== null).map((m) => `${m[1] ?? ''}pagefind`));
  for (const bundle of bundles) {
    if (pagefindContent(join(first, bundle)) !== pagefindContent(join(second, bundle))) continue;
    const inBundle = (p: string) => FILTER_ORDER_FILE.test(p) && p.startsWith(`${bundle}/`);
    for (const p of [...differing, ...onlyInFirst, ...onlyInSecond].filter(inBundle)) explained.push({ path: p, why: FILTER_ORDER_WHY });
    differing.splice(0, differing.length, ...differing.filter((p) => !inBundle(p)));
    onlyInFirst = onlyInFirst.filter((p) => !inBundle(p));
    onlyInSecond = onlyInSecond.filter((p) => !inBundle(p));
  }
  return { files: a.length, onlyInFirst, onlyInSecond, differing, explained };
}
