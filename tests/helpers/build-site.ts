/**
 * Builds a site with the project's real build (scripts/build.ts: content check, Astro, swap into
 * place) into a fresh temporary folder, for tests. Returns the output folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildOptions {
  /** Content folder, relative to the project root (default: content). */
  content?: string;
  base?: string;
  /** Extra environment, e.g. { SITE_URL: 'https://…' }. */
  env?: Record<string, string>;
}

export function buildSite(options: BuildOptions = {}): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'qingdan-site-')), 'dist');
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
  return outDir;
}
