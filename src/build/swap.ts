/**
 * Publishing a finished staging folder: the old site is renamed aside (<outDir>.old), the new one
 * renamed in, then the old one removed. Renames are atomic, so at every point there is a whole
 * old site or a whole new one: a kill after the first rename leaves the old site complete in
 * <outDir>.old, which `recoverInterruptedSwap` (run under the lock before each build) puts back.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { killPoint } from './kill-points.ts';

export const asidePath = (outDir: string) => `${outDir}.old`;
export const stagingPath = (outDir: string) => `${outDir}.partial`;

/** Repairs what a killed build left: the old site back in place, leftovers removed. */
export function recoverInterruptedSwap(outDir: string): void {
  const aside = asidePath(outDir);
  if (existsSync(aside)) {
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
