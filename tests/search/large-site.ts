/**
 * Builds and serves a site of thousands of pages for the scale test. The shared build helper
 * keeps the build's output in memory (1 MB by default), which Astro's line per page overflows
 * at 10,000 pages; this one keeps only the summary lines, and reports the indexing time the build
 * prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

export interface SiteSession {
  outDir: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export function buildLargeSite(content: string): { outDir: string; indexSeconds: number } {
  const outDir = join(mkdtempSync(join(tmpdir(), 'qingdan-large-')), 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir, '--content', content], { cwd: process.cwd(), env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const summary = result.stdout.split('\n').filter((line) => !/^\S+ +[├└]─/.test(line));
  if (result.status !== 0) throw new Error(`build failed (${result.status ?? result.signal}):\n${summary.slice(-40).join('\n')}\n${result.stderr}`);
  const seconds = result.stdout.match(/search index: \d+ item pages(?:, verified,)? in ([\d.]+) s/);
  return { outDir, indexSeconds: seconds ? Number(seconds[1]) : NaN };
}

/** `keep`: a site built beforehand (QINGDAN_SCALE_SITE), left in place when the session closes. */
export async function serveSite(outDir: string, keep = false): Promise<SiteSession> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  return {
    outDir,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      if (!keep) rmSync(dirname(outDir), { recursive: true, force: true });
    },
  };
}
