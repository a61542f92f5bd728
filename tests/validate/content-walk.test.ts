/**
 * Walking content/: nothing is swallowed. Broken, looping and escaping links, FIFOs, missing or
 * empty content folders are located errors; hidden and editor temporary files are skipped by rule.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { isIgnoredName } from '../../src/validate/content-files.ts';
import { escapeControl, formatProblem } from '../../src/validate/problem.ts';
import { contentSandbox, FIXTURES, type Sandbox } from '../helpers/content-sandbox.ts';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

const errorsOf = (root: string, contentDir?: string) =>
  checkContent(root, contentDir)
    .problems.filter((p) => p.level === 'error')
    .map((p) => [p.file, p.code]);

describe('walking content/', () => {
  it('a dangling link (an Emacs lock file is skipped, any other name is an error)', () => {
    sandbox = contentSandbox();
    symlinkSync('user@host.1234:1700000000', join(sandbox.root, 'content/demo/.#cf-001.yaml'));
    expect(errorsOf(sandbox.root)).toEqual([]);
    symlinkSync('missing-target.yaml', join(sandbox.root, 'content/demo/cf-009.yaml'));
    expect(errorsOf(sandbox.root)).toEqual([['content/demo/cf-009.yaml', 'CONTENT_LINK_BROKEN']]);
  });

  it('a link loop and a link back to an ancestor folder', () => {
    sandbox = contentSandbox();
    symlinkSync('loop-b', join(sandbox.root, 'content/demo/loop-a'));
    symlinkSync('loop-a', join(sandbox.root, 'content/demo/loop-b'));
    symlinkSync('..', join(sandbox.root, 'content/demo/up'));
    expect(errorsOf(sandbox.root)).toEqual([
      ['content/demo/loop-a', 'CONTENT_LINK_LOOP'],
      ['content/demo/loop-b', 'CONTENT_LINK_LOOP'],
      ['content/demo/up', 'CONTENT_LINK_LOOP'],
    ]);
  });

  it('a link leading out of the content folder is an error and is not read', () => {
    sandbox = contentSandbox();
    sandbox.put('outside/cf-002.yaml', readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml')));
    symlinkSync(join(sandbox.root, 'outside/cf-002.yaml'), join(sandbox.root, 'content/demo/cf-002.yaml'));
    symlinkSync('/etc', join(sandbox.root, 'content/demo/etc'));
    const result = checkContent(sandbox.root);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.file, p.code])).toEqual([
      ['content/demo/cf-002.yaml', 'CONTENT_LINK_OUTSIDE'],
      ['content/demo/etc', 'CONTENT_LINK_OUTSIDE'],
    ]);
    expect(result.content.items.map((d) => d.file.path)).not.toContain('content/demo/cf-002.yaml');
  });

  it('a link inside the content folder is followed', () => {
    sandbox = contentSandbox();
    symlinkSync('cf-001.yaml', join(sandbox.root, 'content/demo/alias.md'));
    expect(errorsOf(sandbox.root)).toEqual([]);
  });

  it('a FIFO is an error and is never opened (check does not hang)', () => {
    sandbox = contentSandbox();
    execFileSync('mkfifo', [join(sandbox.root, 'content/demo/cf-002.yaml')]);
    expect(errorsOf(sandbox.root)).toEqual([['content/demo/cf-002.yaml', 'CONTENT_SPECIAL_FILE']]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is a located error', () => {
    sandbox = contentSandbox();
    mkdirSync(join(sandbox.root, 'content/demo/flowcharts'), { recursive: true });
    chmodSync(join(sandbox.root, 'content/demo/flowcharts'), 0);
    try {
      expect(errorsOf(sandbox.root)).toContainEqual(['content/demo/flowcharts', 'CONTENT_UNREADABLE']);
    } finally {
      chmodSync(join(sandbox.root, 'content/demo/flowcharts'), 0o755);
    }
  });

  it('a missing, mistyped or empty content folder is an error, not an empty list', () => {
    sandbox = contentSandbox();
    expect(errorsOf(sandbox.root, 'contnet')).toEqual([['contnet', 'CONTENT_DIR_MISSING']]);
    expect(errorsOf(sandbox.root, 'content/demo/cf-001.yaml')).toEqual([['content/demo/cf-001.yaml', 'CONTENT_DIR_MISSING']]);
    mkdirSync(join(sandbox.root, 'empty'));
    expect(errorsOf(sandbox.root, 'empty')).toEqual([['empty', 'CONTENT_NO_BUREAU']]);
    // Pointing at a bureau folder instead of content/ finds no bureau either.
    expect(errorsOf(sandbox.root, 'content/demo').map(([, code]) => code)).toContain('CONTENT_NO_BUREAU');
  });

  it('hidden and editor temporary files are ignored by rule', () => {
    for (const name of ['.#cf-001.yaml', '.cf-001.yaml.swp', '.DS_Store', 'cf-001.yaml~', '#cf-001.yaml#', '~$清单.docx', '.git']) expect(isIgnoredName(name), name).toBe(true);
    for (const name of ['cf-001.yaml', 'bureau.yaml', 'flowcharts', '#', 'a#b.yaml']) expect(isIgnoredName(name), name).toBe(false);
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-001.yaml~', 'not: [yaml');
    sandbox.put('content/demo/#cf-001.yaml#', 'not: [yaml');
    sandbox.put('content/demo/.cf-001.yaml.swp', Buffer.from([0, 1, 2]));
    expect(errorsOf(sandbox.root)).toEqual([]);
  });
});

describe('messages print no raw control characters', () => {
  it('escapes ESC, newlines, bidi and zero-width characters in file names and messages', () => {
    expect(escapeControl('a\u001b[2Jb\n0 个错误\u202e\u200b')).toBe('a\\u001B[2Jb\\u000A0 个错误\\u202E\\u200B');
    const line = formatProblem({ level: 'error', file: 'content/demo/x\n\n0 个错误，0 个警告.yaml', line: 1, column: 1, code: 'X', message: 'm\u001b[1A' });
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line.split('\n')).toHaveLength(1);
  });

  it('npm run check prints a file name holding a newline and ESC as one escaped line', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/\u001b[2J\n\n0 个错误，0 个警告.yml', 'x: 1\n');
    const run = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/node'), [join(import.meta.dirname, '../../scripts/check.ts')], { cwd: sandbox.root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('0 个错误'))).toEqual([]);
    expect(lines).toContain('content/demo/\\u001B[2J\\u000A\\u000A0 个错误，0 个警告.yml:1:1  FILE_EXTENSION  错误：内容文件的扩展名必须是 .yaml（小写） / content files must end in .yaml');
  });
});
