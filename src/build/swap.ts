/**
 * Publishing a finished staging folder: the old site is renamed aside (<outDir>.old), the new one
 * renamed in, then the old one removed. Renames are atomic, so at every point there is a whole
 * old site or a whole new one: a kill after the first rename leaves the old site complete in
 * <outDir>.old, which `recoverInterruptedSwap` (run under the lock before each build) puts back.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { killPoint } from './kill-points.ts';
import { isPreviousSite } from './out-dir-guard.ts';

export const asidePath = (outDir: string) => `${outDir}.old`;
export const stagingPath = (outDir: string) => `${outDir}.partial`;

/** Repairs what a killed build left: the old site back in place, leftovers removed. */
export function recoverInterruptedSwap(outDir: string): void {
  const aside = asidePath(outDir);
  if (existsSync(aside)) {
    // Only a site this build set aside is touched; anything else of that name is the user's.
    if (!isPreviousSite(aside)) throw new Error(`${aside} 已存在且不是以前构建的站点，构建不会删除或覆盖它；请移走它 / ${aside} exists and is not a site set aside by a build`);
    if (existsSync(outDir)) rmSync(aside, { recursive: true, force: true });
    else renameSync(aside, outDir);
  }
  rmSync(stagingPath(outDir), { recursive: true, force: true });
}

export function swapIn(staging: string, outDir: string): void {
  const aside = asidePath(outDir);
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, aside);
  killPoint('swap-aside');
  renameSync(staging, outDir);
  killPoint('swap-in');
  if (hadSite) rmSync(aside, { recursive: true, force: true });
}
