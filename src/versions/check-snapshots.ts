/**
 * `npm run check` for version snapshots: every content/<bureau>/versions/*.json must be a valid
 * snapshot of its folder's bureau, numbered in sequence from 001. A bad snapshot is an error, so
 * the build writes nothing.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '../validate/problem.ts';
import { readSnapshots } from './snapshot.ts';

export function checkSnapshots(root: string, contentDir = 'content'): Problem[] {
  const base = resolve(root, contentDir);
  let bureaus: string[];
  try {
    bureaus = readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory());
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  for (const bureau of bureaus.sort()) {
    const files = readSnapshots(root, contentDir, bureau);
    files.forEach((file, i) => {
      const error = file.error ?? (file.snapshot && file.snapshot.sequence !== i + 1 ? `版本应从 001 起连续编号，此处应为 ${String(i + 1).padStart(3, '0')}.json / versions are numbered 001, 002 … without gaps` : undefined);
      if (error) problems.push({ level: 'error', file: file.path, line: 1, column: 1, code: 'VERSION_SNAPSHOT', message: error });
    });
  }
  return problems;
}
