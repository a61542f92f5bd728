/**
 * A throw-away project folder with content/ made from the valid demo fixture, where a test
 * puts one broken file and runs the real validation over it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Sandbox {
  root: string;
  put(relativePath: string, bytes: Buffer | string): void;
  remove(relativePath: string): void;
  dispose(): void;
}

export function contentSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'qingdan-content-'));
  cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
  return {
    root,
    put(relativePath, bytes) {
      const target = join(root, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    },
    remove(relativePath) {
      rmSync(join(root, relativePath), { force: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
