/**
 * vitest globalSetup: one folder per test run where tests/helpers/build-site.ts keeps every site it
 * builds, keyed by the build's options, so that a fixture site is built once per run however many
 * test files read it (building is the slowest step of the suite on a 2-core machine). Removed when
 * the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    siteBuildCache: string;
  }
}

export default function setup(project: TestProject) {
  const cache = mkdtempSync(join(tmpdir(), 'qingdan-builds-'));
  project.provide('siteBuildCache', cache);
  return () => rmSync(cache, { recursive: true, force: true });
}
