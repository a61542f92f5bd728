/**
 * The documented nginx configuration (deploy/nginx-qingdan.conf, quoted in docs/deploy.md) serving
 * a real build through a real nginx on a free loopback port, from a temporary prefix (never a
 * system service): security headers (CSP with frame-ancestors, nosniff, Referrer-Policy), caching
 * of hashed index files, pages, the 404 page, hidden files, and search in Chromium under the
 * header CSP.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/layouts/csp.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { freePort } from '../helpers/free-port.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG = readFileSync(join(ROOT, 'deploy/nginx-qingdan.conf'), 'utf8');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

let prefix: string;
let nginx: ChildProcess | undefined;
let base: string;
let siteDir: string;
let browser: Browser | undefined;

async function waitForServer(url: string, process: ChildProcess): Promise<void> {
  for (;;) {
    if (process.exitCode !== null) throw new Error(`nginx exited ${process.exitCode}: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed: run scripts/setup-test-machine.sh (Debian package nginx-light)');
  siteDir = buildSite({ content: 'tests/fixtures/site/content' });
  prefix = mkdtempSync(join(tmpdir(), 'qingdan-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const server = CONFIG.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \/var\/www\/qingdan\/dist;$/m, `$1root ${siteDir};`);
  expect(server).toContain(`listen 127.0.0.1:${port};`);
  expect(server).toContain(`root ${siteDir};`);
  writeFileSync(join(prefix, 'qingdan.conf'), server);
  // One process as the current user, in the foreground: nothing of the system's nginx is used but mime.types.
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  include ${prefix}/qingdan.conf;
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}/`;
  await waitForServer(base, nginx);
});

afterAll(async () => {
  await browser?.close();
  if (nginx?.pid && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const EXPECTED_CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;

describe('the site behind the documented nginx configuration', () => {
  it('is the configuration docs/deploy.md shows', () => {
    expect(readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8')).toContain(CONFIG.trim());
  });

  it('sends the security headers with pages: CSP with frame-ancestors, nosniff, Referrer-Policy, revalidation', async () => {
    for (const path of ['', 'shifan/', 'shifan/cf-001/', 'search/', 'styles/site.css', 'pagefind/pagefind.js']) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('server'), path).toBe('nginx');
    }
    const page = await fetch(new URL('shifan/cf-001/', base));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<h1>对定点医药机构骗取医疗保障基金支出的处罚（');
  });

  it('caches the content-hashed search index files for a year', async () => {
    const fragment = readdirSync(join(siteDir, 'pagefind/fragment'))[0]!;
    const response = await fetch(new URL(`pagefind/fragment/${fragment}`, base));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('answers a missing page with 404 and the site 404 page, with the same headers; hidden files are not served', async () => {
    for (const path of ['no-such-page/', 'shifan/cf-999/', '.qingdan-site']) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
      expect(response.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('search works in Chromium under the header CSP, with no policy violation', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(new URL('search/?q=骗取', base).href);
    await page.waitForFunction(() => ['complete', 'more', 'unavailable'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state ?? ''), null, { timeout: 120_000 });
    expect(await page.locator('[data-search-results]').getAttribute('data-state')).not.toBe('unavailable');
    const links = await page.locator('[data-search-results] > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((href) => href?.includes('shifan/cf-001/'))).toBe(true);
    expect(violations).toEqual([]);
  });
});
