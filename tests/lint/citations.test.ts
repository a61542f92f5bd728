/**
 * CITATION_UNPARSED and CITATION_QUOTE_DIFFERS on the demo fixture and on the included lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { sharedImportedLists } from '../helpers/imported-lists.ts';
import { contentSandbox, FIXTURES, type Sandbox } from '../helpers/content-sandbox.ts';

const validItem = readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml'), 'utf8');
const QUOTE = '用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正。';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

function found(setup: (s: Sandbox) => void, code: string): [string, number][] {
  sandbox = contentSandbox();
  setup(sandbox);
  const result = checkContent(sandbox.root);
  expect(result.errorCount).toBe(0);
  return result.problems.filter((p) => p.code === code).map((p) => [p.file, p.line]);
}

/** A second 处罚 item quoting 第八十四条 with the given text. */
const secondItem = (quote: string) =>
  validItem.replace('id: cf-001', 'id: cf-002').replace(/number: "1"/, 'number: "2"').replace(QUOTE, quote).replace(/^name: .*$/m, 'name: 对用人单位未按规定办理医疗保险登记的处罚');

describe('CITATION_UNPARSED', () => {
  it('warns at the basis line where an article lacks 第', () => {
    const broken = validItem.replace('第八十四条', '八十四条');
    expect(found((s) => s.put('content/demo/cf-001.yaml', broken), 'CITATION_UNPARSED')).toEqual([['content/demo/cf-001.yaml', 10]]);
    expect(found(() => {}, 'CITATION_UNPARSED')).toEqual([]);
  });
});

describe('CITATION_QUOTE_DIFFERS', () => {
  it('warns when another item quotes the same article with one character changed', () => {
    const changed = QUOTE.replace('限期', '按期');
    expect(found((s) => s.put('content/demo/cf-002.yaml', secondItem(changed)), 'CITATION_QUOTE_DIFFERS')).toEqual([['content/demo/cf-002.yaml', 10]]);
  });

  it('is quiet for the same text with other punctuation widths or spaces, and for a shorter quotation', () => {
    expect(found((s) => s.put('content/demo/cf-002.yaml', secondItem(QUOTE.replace('，', ', '))), 'CITATION_QUOTE_DIFFERS')).toEqual([]);
    expect(found((s) => s.put('content/demo/cf-002.yaml', secondItem('用人单位不办理社会保险登记的')), 'CITATION_QUOTE_DIFFERS')).toEqual([]);
  });
});

describe('citation rules on the included lists (as imported from seeds/)', () => {
  const problems = checkContent(sharedImportedLists()).problems;
  it('finds 职业资格 quoted for 执业资格 in 社会保险法第八十七条 (项城 cf-005 against 晋州 cf-002)', () => {
    const hit = problems.find((p) => p.code === 'CITATION_QUOTE_DIFFERS' && p.file === 'content/xiangcheng/cf-005.yaml');
    expect(hit?.message).toMatch(/《中华人民共和国社会保险法》第八十七条.*content\/jinzhou\/cf-002\.yaml/);
  });
  it('reports the three bases it cannot read', () => {
    expect(problems.filter((p) => p.code === 'CITATION_UNPARSED').map((p) => p.file)).toEqual(['content/jinzhou/qr-002.yaml', 'content/xiangdu/gf-001.yaml', 'content/yutian/jc-006.yaml']);
  });
});
