/**
 * The bundle's zip: every file of a folder under one top folder, so unzipping gives one folder
 * with index.html inside. fflate writes it in memory (a 102-item site is a few MB); entries are
 * sorted and dated at a fixed time so the same site gives the same zip.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Files under `dir`, as paths relative to it with / separators, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export function zipFolder(dir: string, topFolder: string, include: (path: string) => boolean = () => true): { zip: Uint8Array; files: number } {
  const entries: Zippable = {};
  let files = 0;
  for (const path of filesUnder(dir)) {
    if (!include(path)) continue;
    entries[`${topFolder}/${path}`] = [readFileSync(join(dir, path)), { mtime: FIXED_DATE }];
    files++;
  }
  return { zip: zipSync(entries, { level: 9 }), files };
}
