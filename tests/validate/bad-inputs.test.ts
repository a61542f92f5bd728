/**
 * The bad-input corpus (tests/fixtures/bad/): each broken file is put into a copy of the valid
 * demo content, the real validation runs, and the exact codes and lines reported for that file
 * are asserted — nothing more, nothing less.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { formatProblem } from '../../src/validate/problem.ts';
import { contentSandbox, FIXTURES, type Sandbox } from '../helpers/content-sandbox.ts';

const ITEM = 'content/demo/cf-001.yaml';
const BUREAU = 'content/demo/bureau.yaml';

interface Case {
  fixture: string;
  /** Where the broken file goes in the sandbox (default: replaces the valid cf-001 item). */
  as?: string;
  /** Every problem reported for that file: level, code, line. */
  expected: [Level: 'error' | 'warning', code: string, line: number][];
}

const CASES: Case[] = [
  { fixture: 'bom.yaml', expected: [['warning', 'FILE_BOM', 1]] },
  { fixture: 'crlf.yaml', expected: [['warning', 'FILE_CRLF', 1]] },
  { fixture: 'tab-indent.yaml', expected: [['error', 'YAML_TAB_INDENT', 11]] },
  { fixture: 'fullwidth-colon.yaml', expected: [['error', 'YAML_FULLWIDTH_COLON', 7]] },
  { fixture: 'duplicate-key.yaml', expected: [['error', 'YAML_DUPLICATE_KEY', 13]] },
  { fixture: 'empty.yaml', expected: [['error', 'FILE_EMPTY', 1]] },
  { fixture: 'comments-only.yaml', expected: [['error', 'FILE_EMPTY', 1]] },
  { fixture: 'invalid-utf8.yaml', expected: [['error', 'FILE_ENCODING', 6]] },
  { fixture: 'wrong-type-list.yaml', expected: [['error', 'FIELD_TYPE', 10]] },
  { fixture: 'list-items-not-list.yaml', expected: [['error', 'FIELD_TYPE', 14]] },
  { fixture: 'number-not-quoted.yaml', expected: [['error', 'FIELD_TYPE', 5]] },
  { fixture: 'html-in-text.yaml', expected: [['warning', 'TEXT_MARKUP', 12]] },
  { fixture: 'bidi-control.yaml', expected: [['warning', 'TEXT_BIDI_CONTROL', 6]] },
  { fixture: 'zero-width.yaml', expected: [['warning', 'TEXT_ZERO_WIDTH', 6]] },
  { fixture: 'unknown-key-typo.yaml', expected: [['error', 'FIELD_REQUIRED', 1], ['error', 'FIELD_UNKNOWN', 3]] },
  { fixture: 'nested-unknown-key.yaml', expected: [['error', 'FIELD_UNKNOWN', 11]] },
  { fixture: 'missing-required.yaml', expected: [['error', 'FIELD_REQUIRED', 1]] },
  { fixture: 'empty-name.yaml', expected: [['error', 'FIELD_EMPTY', 6]] },
  { fixture: 'unknown-category.yaml', expected: [['error', 'CATEGORY_UNKNOWN', 3]] },
  { fixture: 'bad-id-format.yaml', expected: [['error', 'FIELD_VALUE', 1]] },
  { fixture: 'id-mismatch.yaml', expected: [['error', 'ID_MISMATCH', 1]] },
  { fixture: 'duplicate-number.yaml', as: 'content/demo/cf-002.yaml', expected: [['error', 'NUMBER_DUPLICATE', 5], ['warning', 'NUMBER_GAP', 5]] },
  { fixture: 'missing-bureau.yaml', expected: [['error', 'BUREAU_MISMATCH', 2], ['error', 'BUREAU_MISSING', 2]] },
  { fixture: 'missing-flowchart.yaml', expected: [['error', 'FLOWCHART_MISSING', 14]] },
  { fixture: 'bad-code-check.yaml', expected: [['error', 'CODE_CHECKSUM', 6]] },
  { fixture: 'unclosed-bracket.yaml', expected: [['error', 'YAML_SYNTAX', 10]] },
  { fixture: 'multi-document.yaml', expected: [['error', 'YAML_MULTI_DOCUMENT', 13]] },
  { fixture: 'flowchart-missing-node.yaml', as: 'content/demo/flowcharts/cf-general.yaml', expected: [['error', 'EDGE_NODE_MISSING', 16]] },
  { fixture: 'flowchart-bad-kind.yaml', as: 'content/demo/flowcharts/cf-simple.yaml', expected: [['error', 'FIELD_VALUE', 7]] },
  { fixture: 'bureau-bad-credit-code.yaml', as: BUREAU, expected: [['error', 'CREDIT_CODE_INVALID', 9]] },
  { fixture: 'bureau-bad-level.yaml', as: BUREAU, expected: [['error', 'FIELD_VALUE', 5]] },
  { fixture: 'bureau-bad-date.yaml', as: BUREAU, expected: [['error', 'FIELD_VALUE', 8]] },
];

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

function problemsFor(file: string) {
  const result = checkContent(sandbox!.root);
  return { result, own: result.problems.filter((p) => p.file === file) };
}

describe('bad-input corpus', () => {
  it('has at least 25 distinct broken inputs', () => {
    expect(CASES.length + 3).toBeGreaterThanOrEqual(25); // + the generated 5 MB, .yml and misplaced files below
  });

  for (const c of CASES) {
    it(`${c.fixture}: ${c.expected.map(([, code, line]) => `${code}@${line}`).join(', ')}`, () => {
      sandbox = contentSandbox();
      const target = c.as ?? ITEM;
      sandbox.put(target, readFileSync(join(FIXTURES, 'bad', c.fixture)));
      const { result, own } = problemsFor(target);
      expect(own.map((p) => [p.level, p.code, p.line])).toEqual(c.expected);
      for (const p of own) {
        expect(formatProblem(p)).toMatch(new RegExp(`^${target.replace(/[.]/g, '\\.')}:${p.line}:${p.column}  ${p.code}  (错误|警告)：.*[\\u4e00-\\u9fff]`));
      }
      expect(result.errorCount > 0).toBe(c.expected.some(([level]) => level === 'error'));
    });
  }

  it('a 5 MB file: FILE_TOO_LARGE at line 1, without reading it as YAML', () => {
    sandbox = contentSandbox();
    const line = 'remarks: ' + '很长的备注'.repeat(40) + '\n';
    sandbox.put(ITEM, line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line))));
    const { own } = problemsFor(ITEM);
    expect(own.map((p) => [p.code, p.line])).toEqual([['FILE_TOO_LARGE', 1]]);
  });

  it('a .yml file: FILE_EXTENSION', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-002.yml', readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml')));
    const { own } = problemsFor('content/demo/cf-002.yml');
    expect(own.map((p) => [p.code, p.line])).toEqual([['FILE_EXTENSION', 1]]);
  });

  it('an item outside its bureau folder: FILE_LOCATION', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/items/cf-002.yaml', readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml')));
    const { own } = problemsFor('content/demo/items/cf-002.yaml');
    expect(own.map((p) => [p.code, p.line])).toEqual([['FILE_LOCATION', 1]]);
  });

  it('reports every problem of a run at once, across files', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/cf-001.yaml', readFileSync(join(FIXTURES, 'bad', 'unknown-key-typo.yaml')));
    sandbox.put('content/demo/qt-001.yaml', readFileSync(join(FIXTURES, 'bad', 'tab-indent.yaml')));
    sandbox.put('content/demo/flowcharts/cf-general.yaml', readFileSync(join(FIXTURES, 'bad', 'flowchart-missing-node.yaml')));
    const result = checkContent(sandbox.root);
    const codes = result.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.code}`);
    expect(codes).toEqual([
      'content/demo/cf-001.yaml:FIELD_REQUIRED',
      'content/demo/cf-001.yaml:FIELD_UNKNOWN',
      'content/demo/flowcharts/cf-general.yaml:EDGE_NODE_MISSING',
      'content/demo/qt-001.yaml:YAML_TAB_INDENT',
    ]);
  });

  it('keeps HTML in a text field as text: the validated value holds it unchanged', () => {
    sandbox = contentSandbox();
    sandbox.put(ITEM, readFileSync(join(FIXTURES, 'bad', 'html-in-text.yaml')));
    const { result } = problemsFor(ITEM);
    const item = result.content.items.find((d) => d.file.path === ITEM)!.data;
    expect(item.duties![0]!.text).toBe('<script>alert("x")</script><img src=x onerror="alert(1)">发现违法行为。');
  });

  it('the valid fixture passes with no error', () => {
    sandbox = contentSandbox();
    expect(checkContent(sandbox.root).errorCount).toBe(0);
  });
});
