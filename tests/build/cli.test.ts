/**
 * The commands as bureau staff run them: npm run check / lint / build on a copy of content with
 * a broken item, through npm itself (so the Node that npm scripts use is the one tested).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSandbox, FIXTURES, type Sandbox } from '../helpers/content-sandbox.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function npmRun(script: string, args: string[]) {
  return spawnSync('npm', ['run', '-s', script, '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

describe('npm run check', () => {
  it('is green on the valid fixture (exit 0)', () => {
    const run = npmRun('check', ['tests/fixtures/valid/content']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 个错误');
  });

  it('prints file:line:column  CODE  message for each problem of a broken copy and exits 1', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-001.yaml', readFileSync(join(FIXTURES, 'bad', 'unknown-key-typo.yaml')));
    sandbox.put('content/demo/qt-001.yaml', readFileSync(join(FIXTURES, 'bad', 'fullwidth-colon.yaml')).toString().replace('id: cf-001', 'id: qt-001'));
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/check.ts')], { cwd: sandbox.root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines.some((l) => /^content\/demo\/cf-001\.yaml:3:1  FIELD_UNKNOWN  错误：未知字段 “catgory”。是否想写 category（权力类型）？/.test(l))).toBe(true);
    expect(lines.some((l) => /^content\/demo\/qt-001\.yaml:7:8  YAML_FULLWIDTH_COLON  错误：/.test(l))).toBe(true);
    expect(lines.some((l) => /^content\/demo\/cf-001\.yaml:1:1  FIELD_REQUIRED  错误：缺少必填字段 category（权力类型）/.test(l))).toBe(true);
  });
});

describe('npm run lint', () => {
  it('groups warnings by bureau with a count per kind', () => {
    const run = npmRun('lint', ['tests/fixtures/valid/content']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/## demo（1 条 \/ problems）\n {3}CATEGORY_LABEL_NONSTANDARD: 1\n/);
  });
});

describe('npm run build', () => {
  it('builds the valid fixture into the requested folder', () => {
    sandbox = contentSandbox();
    const out = join(sandbox.root, 'site');
    const run = npmRun('build', ['--content', 'tests/fixtures/valid/content', '--outDir', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'demo/cf-001/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
  });

  it('stops on content errors without writing anything, and leaves an earlier site untouched', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-001.yaml', readFileSync(join(FIXTURES, 'bad', 'tab-indent.yaml')));
    const out = join(sandbox.root, 'site');
    const run = npmRun('build', ['--content', join(sandbox.root, 'content'), '--outDir', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cf-001\.yaml:11:1  YAML_TAB_INDENT/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);

    // An earlier good build stays as it was.
    execFileSync('mkdir', ['-p', out]);
    writeFileSync(join(out, 'marker.txt'), 'earlier build');
    expect(npmRun('build', ['--content', join(sandbox.root, 'content'), '--outDir', out]).status).toBe(1);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('earlier build');
  });
});

describe('astro build alone (the content layer and integrations, without scripts/build.ts)', () => {
  const astroBuild = (content: string, outDir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', QINGDAN_CONTENT_DIR: content, NO_COLOR: '1' };
    for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL', 'NODE_ENV']) delete env[key];
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
    return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { cwd: ROOT, env, encoding: 'utf8' });
  };

  it('makes the whole site, search index included', () => {
    sandbox = contentSandbox();
    const out = join(sandbox.root, 'site');
    const run = astroBuild(join(sandbox.root, 'content'), out);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(join(out, 'demo', 'cf-001', 'index.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages).toBeDefined();
    expect(run.stdout).toMatch(/search index: 2 item pages/);
  });

  it('stops on invalid content with every located Chinese message, before writing pages', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-001.yaml', readFileSync(join(FIXTURES, 'bad', 'unknown-category.yaml')));
    const out = join(sandbox.root, 'site');
    const run = astroBuild(join(sandbox.root, 'content'), out);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/content\/demo\/cf-001\.yaml:3:11 {2}CATEGORY_UNKNOWN {2}错误：权力类型 “行政审批” 不是标准类型/);
    expect(existsSync(join(out, 'demo', 'cf-001', 'index.html'))).toBe(false);
  });
});

describe('an old Node', () => {
  const requireNode = (version: string) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', `Object.defineProperty(process.versions, 'node', { value: '${version}' }); await import('./scripts/require-node.mjs');`], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('stops with a clear message in Chinese and English, not a stack trace', () => {
    const run = requireNode('20.20.2');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('qingdan 需要 Node.js 22.18.0 或更高版本，当前是 20.20.2');
    expect(run.stderr).toContain('qingdan needs Node.js >= 22.18.0 (found 20.20.2)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes on Node 22.18 and 24', () => {
    expect(requireNode('22.18.0').status).toBe(0);
    expect(requireNode('24.0.0').status).toBe(0);
    expect(requireNode('22.12.0').status).toBe(1);
  });

  it('guards every npm script, and engines and .node-version say the same minimum', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
    for (const [name, command] of Object.entries(pkg.scripts)) expect(command, `npm run ${name}`).toMatch(/^node scripts\/require-node\.mjs && /);
    const min = /var MIN = \[(\d+), (\d+), (\d+)\]/.exec(readFileSync(join(ROOT, 'scripts', 'require-node.mjs'), 'utf8'))!.slice(1).join('.');
    expect(pkg.engines.node).toBe(`>=${min}`);
    const pinned = readFileSync(join(ROOT, '.node-version'), 'utf8').trim();
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(Number(min.split('.')[0]));
  });

  it('npm scripts run on the Node that `npm ci` installed, whatever the system Node is', () => {
    const run = spawnSync('npm', ['exec', '--', 'node', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(Number(run.stdout.trim().replace(/^v/, '').split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
