/**
 * The part cache folder: `<outDir>.parts` beside the output folder unless --cache names another
 * (one cache per site, so the output folder's lock covers it). Builds delete parts in it, so it
 * must be a folder the build owns: new or empty (then marked), or marked by an earlier build.
 * The same rules as the output folder keep it out of the project, content/, seeds/ and src/.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDirRefusal } from '../out-dir-guard.ts';

export const CACHE_MARKER = '.qingdan-parts';

export const defaultCachePath = (outDir: string) => `${outDir}.parts`;

/** Why `cache` must not be used, in Chinese and English; undefined when it may. */
export function cacheRefusal(projectRoot: string, cache: string, contentDir: string): string | undefined {
  if (existsSync(cache) && existsSync(join(cache, CACHE_MARKER))) return undefined;
  if (existsSync(cache) && readdirSync(cache).length > 0) return `部件缓存文件夹不是空的，也不是以前构建的缓存（没有 ${CACHE_MARKER}），构建不会使用它 / --cache is not empty and not a part cache`;
  // Empty or new: the output folder's rules (not the project, content/, seeds/, src/ or above them).
  return outDirRefusal(projectRoot, cache, contentDir)?.replaceAll('输出文件夹', '部件缓存文件夹').replaceAll('--outDir', '--cache');
}

export function prepareCache(cache: string): void {
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, CACHE_MARKER), 'Part cache of qingdan\'s build (docs/building.md): may be deleted at any time.\n');
}
