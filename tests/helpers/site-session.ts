/**
 * One built site, served on 127.0.0.1, and one Chromium: what most browser test files need in
 * their beforeAll. close() stops both, and deletes the build when it is not the run's shared one.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite, isSharedBuild, type BuildOptions } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteSession {
  outDir: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSiteSession(build: BuildOptions, prefix = '/'): Promise<SiteSession> {
  const outDir = buildSite(build);
  const server = await serveStatic(outDir, prefix);
  const browser = await launchChromium();
  return {
    outDir,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      if (!isSharedBuild(outDir)) rmSync(dirname(outDir), { recursive: true, force: true });
    },
  };
}
