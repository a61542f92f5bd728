/**
 * The five real lists exactly as the importer makes them from seeds/, in a scratch project
 * folder: a stable sample for tests that assert facts of the source documents (项城 states 24
 * items and lists 25 …). content/ is what bureau staff edit, so such tests must not read it —
 * an edit there would turn them red. Tests of generic properties may still read content/.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { runImport } from '../../src/import/run-import.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ImportedLists {
  /** Project folder holding seeds/ and the imported content/. */
  root: string;
  dispose(): void;
}

export function importedLists(): ImportedLists {
  const root = mkdtempSync(join(tmpdir(), 'qingdan-imported-'));
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  runImport(root);
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The imported lists of this test run: made once, by the first test file that asks, in the run's
 * shared folder (tests/global-setup.ts), and shared read-only by every file — including the site
 * built from them with buildSite({ content: join(root, 'content') }), which is then built once too.
 * Outside a vitest run with the global setup, a private copy is made.
 */
export function sharedImportedLists(): string {
  let cache: string | undefined;
  try {
    cache = inject('siteBuildCache');
  } catch {
    cache = undefined;
  }
  if (!cache) return importedLists().root;
  const root = join(cache, 'imported-lists');
  const done = join(root, 'imported');
  if (existsSync(done)) return root;
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  runImport(root);
  writeFileSync(done, '');
  return root;
}
