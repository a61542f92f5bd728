/**
 * Builds a site with the project's real build (scripts/build.ts: content check, Astro, swap into
 * place), for tests. Returns the output folder.
 *
 * Builds are shared: within one test run, the same options give the same folder, built by the
 * first test file that asks (the run's cache folder comes from tests/global-setup.ts). Treat the
 * folder as read-only; a test that changes a built site asks for `fresh: true`, which builds into
 * a folder of its own that the test then owns and removes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

export interface BuildOptions {
  /** Content folder, relative to the project root (default: content). */
  content?: string;
  base?: string;
  /** Extra environment, e.g. { SITE_URL: 'https://…' }. */
  env?: Record<string, string>;
  /** Build into a new folder owned by the caller instead of the run's shared one. */
  fresh?: boolean;
}

function buildKey(options: BuildOptions): string {
  const env = Object.entries(options.env ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const identity = JSON.stringify({ content: resolve(options.content ?? 'content'), base: options.base ?? null, env });
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

/** The run's shared build folder, or undefined outside a vitest run with the global setup. */
function sharedCache(): string | undefined {
  try {
    return inject('siteBuildCache');
  } catch {
    return undefined;
  }
}

function runBuild(outDir: string, options: BuildOptions): void {
  const args = ['scripts/build.ts', '--outDir', outDir, '--content', options.content ?? 'content', ...(options.base ? ['--base', options.base] : [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  // A stray SITE_URL in the developer's shell must not change what the tests build.
  if (!options.env?.SITE_URL) delete env.SITE_URL;
  // Vitest puts Vite's import.meta.env values (BASE_URL='/', MODE …) into process.env; Astro
  // would read them back as its own and lose the configured base.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const result = spawnSync(process.execPath, args, { cwd: process.cwd(), env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

export function buildSite(options: BuildOptions = {}): string {
  const cache = options.fresh ? undefined : sharedCache();
  if (!cache) {
    const outDir = join(mkdtempSync(join(tmpdir(), 'qingdan-site-')), 'dist');
    runBuild(outDir, options);
    return outDir;
  }
  const folder = join(cache, buildKey(options));
  const outDir = join(folder, 'dist');
  const done = join(folder, 'built');
  if (existsSync(done)) return outDir;
  mkdirSync(folder, { recursive: true });
  runBuild(outDir, options);
  writeFileSync(done, '');
  return outDir;
}

/** Whether a folder returned by buildSite belongs to the run's shared cache (and must be left alone). */
export function isSharedBuild(outDir: string): boolean {
  const cache = sharedCache();
  return cache !== undefined && resolve(outDir).startsWith(resolve(cache));
}
