/**
 * The five real lists exactly as the importer makes them from seeds/, in a scratch project
 * folder: a stable sample for tests that assert facts of the source documents (项城 states 24
 * items and lists 25 …). content/ is what bureau staff edit, so such tests must not read it —
 * an edit there would turn them red. Tests of generic properties may still read content/.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
