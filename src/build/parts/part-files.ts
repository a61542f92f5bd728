/**
 * The files of one bureau's part in a built site, and moving parts between a site folder and the
 * part cache. A part is every file under `<bureau>/` and the bureau's data files (routes under
 * src/pages/[bureau]/ and src/pages/data/[bureau].*, data/versions/[bureau].json), plus the
 * search records of its item pages, so that a later build indexes it without reading its HTML.
 *
 * Cache layout: <cache>/<bureau>/<key>/files/… (site-relative paths) and …/records.json. A part
 * is written to a temporary folder and renamed into place, so a killed build never leaves half
 * a part under a key. Files go in and out by hard links where the file system allows (a copy
 * otherwise): a site folder's files must therefore never be edited in place, only replaced —
 * which is what `npm run build` does.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SearchRecord } from '../../search/record.ts';
import type { PartsPlan } from './plan.ts';

/** Site-relative paths of a bureau's files outside its own folder. */
export function bureauDataFiles(bureau: string): string[] {
  return [`data/${bureau}.json`, `data/${bureau}.csv`, `data/${bureau}.xlsx`, `data/versions/${bureau}.json`];
}

/** Every file of a bureau's part in a built site, site-relative, sorted. */
export function partFilesIn(siteDir: string, bureau: string): string[] {
  const files: string[] = [];
  const folder = join(siteDir, bureau);
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  for (const file of bureauDataFiles(bureau)) if (existsSync(join(siteDir, file))) files.push(file);
  return files.sort();
}

function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    copyFileSync(from, to);
  }
}

const partDir = (cache: string, bureau: string, key: string) => join(cache, bureau, key);

export function hasPart(cache: string, bureau: string, key: string): boolean {
  return existsSync(join(partDir(cache, bureau, key), 'records.json'));
}

/** Keeps a rendered part: its files in the site folder and its search records. */
export function storePart(cache: string, bureau: string, key: string, siteDir: string, records: SearchRecord[]): void {
  const target = partDir(cache, bureau, key);
  if (existsSync(join(target, 'records.json'))) return;
  const temporary = join(cache, bureau, `.writing-${process.pid}-${key}`);
  rmSync(temporary, { recursive: true, force: true });
  for (const file of partFilesIn(siteDir, bureau)) place(join(siteDir, file), join(temporary, 'files', file));
  // Written last: a part folder holds records.json only when it is complete.
  writeFileSync(join(temporary, 'records.json'), JSON.stringify(records));
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(temporary, target);
  } catch (error) {
    // Another build stored the same part meanwhile: the same inputs, so the same files.
    rmSync(temporary, { recursive: true, force: true });
    if (!hasPart(cache, bureau, key)) throw error;
  }
}

/** Puts a cached part's files into a site folder; returns its site-relative file paths. */
export function linkPart(cache: string, bureau: string, key: string, siteDir: string): string[] {
  const files = partFilesIn(join(partDir(cache, bureau, key), 'files'), bureau);
  for (const file of files) place(join(partDir(cache, bureau, key), 'files', file), join(siteDir, file));
  return files;
}

export function partRecords(cache: string, bureau: string, key: string): SearchRecord[] {
  return JSON.parse(readFileSync(join(partDir(cache, bureau, key), 'records.json'), 'utf8')) as SearchRecord[];
}

/** Removes every cached part not in use: other keys of the site's bureaus, and bureaus the site no longer has. */
export function pruneCache(cache: string, inUse: Map<string, string>): void {
  if (!existsSync(cache)) return;
  for (const bureau of readdirSync(cache)) {
    if (bureau.startsWith('.')) continue; // the cache's marker
    const key = inUse.get(bureau);
    for (const entry of key === undefined ? [''] : readdirSync(join(cache, bureau)).filter((k) => k !== key)) {
      rmSync(join(cache, bureau, entry), { recursive: true, force: true });
    }
  }
}

/** Absolute addresses of the pages of the cached parts a build reuses (the sitemap lists them beside the rendered ones). */
export function cachedPageAddresses(plan: PartsPlan): string[] {
  if (!plan.publish || !plan.siteAddress) return [];
  return plan.parts
    .filter((part) => part.cached)
    .flatMap((part) => partFilesIn(join(partDir(plan.cache, part.bureau, part.key), 'files'), part.bureau))
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => new URL(file.slice(0, -'index.html'.length), plan.siteAddress).href);
}
