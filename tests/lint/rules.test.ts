/**
 * The linter's warnings: each rule on a small broken copy of the demo fixture (file and line
 * asserted), and on the lists as imported from seeds/ (not content/, which staff edit), where
 * the documents' own problems must show up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { groupByBureau } from '../../src/lint/group-by-bureau.ts';
import type { Problem } from '../../src/validate/problem.ts';
import { contentSandbox, FIXTURES, type Sandbox } from '../helpers/content-sandbox.ts';
import { importedLists, type ImportedLists } from '../helpers/imported-lists.ts';

const validItem = readFileSync(join(FIXTURES, 'valid/content/demo/cf-001.yaml'), 'utf8');
const validBureau = readFileSync(join(FIXTURES, 'valid/content/demo/bureau.yaml'), 'utf8');

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

function warnings(setup: (s: Sandbox) => void, code: string): [string, number][] {
  sandbox = contentSandbox();
  setup(sandbox);
  const result = checkContent(sandbox.root);
  expect(result.errorCount).toBe(0);
  return result.problems.filter((p) => p.code === code).map((p) => [p.file, p.line]);
}

describe('lint rules on the demo fixture', () => {
  it('TOTAL_MISMATCH: stated total differs from the items present', () => {
    expect(warnings((s) => s.put('content/demo/bureau.yaml', validBureau.replace('stated_total: 2', 'stated_total: 3')), 'TOTAL_MISMATCH')).toEqual([['content/demo/bureau.yaml', 23]]);
    expect(warnings(() => {}, 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('SUMMARY_MISMATCH: a summary count, and names on both sides, that disagree with the detail', () => {
    const summary = `  summary:
    - category_label: 行政处罚
      category: 行政处罚
      stated_count: 2
      items:
        - name: 对用人单位不办理医疗保险登记的处罚
          number: "1"
        - name: 对骗取医保待遇的处罚
          number: "2"
`;
    const found = warnings((s) => s.put('content/demo/bureau.yaml', validBureau + summary), 'SUMMARY_MISMATCH');
    expect(found).toEqual([
      ['content/demo/bureau.yaml', 25], // 行政处罚: summary 2, detail 1
      ['content/demo/bureau.yaml', 31], // 对骗取医保待遇的处罚 not in the detail
    ]);
  });

  it('NUMBER_GAP: printed 序号 that skip within a category', () => {
    const second = validItem.replace('id: cf-001', 'id: cf-002').replace('number: "1"', 'number: "3"').replace(/^name: .*/m, 'name: 对骗取医保待遇的处罚');
    expect(warnings((s) => s.put('content/demo/cf-002.yaml', second), 'NUMBER_GAP')).toEqual([['content/demo/cf-002.yaml', 5]]);
  });

  it('CATEGORY_LABEL_NONSTANDARD: 其他权力 for 其他行政权力', () => {
    expect(warnings(() => {}, 'CATEGORY_LABEL_NONSTANDARD')).toEqual([['content/demo/qt-001.yaml', 4]]);
  });

  it('CODE_MALFORMED: a credit-code-based 地方权力编码 of the wrong length (天水 4166)', () => {
    const item = validItem.replace('number: "1"\n', 'number: "1"\ncode: 11620500MB1673620836001000\n');
    expect(warnings((s) => s.put('content/demo/cf-001.yaml', item), 'CODE_MALFORMED')).toEqual([['content/demo/cf-001.yaml', 6]]);
  });

  it('TEXT_SHARED_OTHER_POWER: a duty copied from another item that names that item’s power', () => {
    const other = validItem
      .replace('id: cf-001', 'id: cf-002')
      .replace('number: "1"', 'number: "2"')
      .replace(/^name: .*/m, 'name: 对将本人的医疗保障凭证出借给他人就医的处罚')
      .replace('发现违法行为，予以审查，决定是否立案。', '发现将本人的医疗保障凭证出借给他人就医的违法行为，予以审查，决定是否立案。');
    const copy = validItem.replace('发现违法行为，予以审查，决定是否立案。', '发现将本人的医疗保障凭证出借给他人就医的违法行为，予以审查，决定是否立案。');
    const found = warnings((s) => {
      s.put('content/demo/cf-002.yaml', other);
      s.put('content/demo/cf-001.yaml', copy);
    }, 'TEXT_SHARED_OTHER_POWER');
    expect(found).toEqual([['content/demo/cf-001.yaml', 13]]);
  });

  it('TEXT_MARKUP and TEXT_BROKEN: leftover tags and the replacement character', () => {
    const item = validItem.replace('发现违法行为，予以审查，决定是否立案。', '发现违法行为，<br>予以审查\ufffd');
    expect(warnings((s) => s.put('content/demo/cf-001.yaml', item), 'TEXT_MARKUP')).toEqual([['content/demo/cf-001.yaml', 13]]);
    expect(warnings((s) => s.put('content/demo/cf-001.yaml', item), 'TEXT_BROKEN')).toEqual([['content/demo/cf-001.yaml', 13]]);
  });

  it('ELEMENT_MISSING: an item without 责任事项', () => {
    const item = validItem.replace(/^duties:\n(  .*\n)+/m, '');
    expect(warnings((s) => s.put('content/demo/cf-001.yaml', item), 'ELEMENT_MISSING')).toEqual([['content/demo/cf-001.yaml', 6]]);
  });
});

describe('lint on the lists as imported from seeds/', () => {
  let problems: Problem[];
  let lists: ImportedLists | undefined;
  afterAll(() => lists?.dispose());
  beforeAll(() => {
    lists = importedLists();
    const result = checkContent(lists.root);
    expect(result.errorCount).toBe(0);
    problems = result.problems;
  });
  const has = (code: string, file: string) => problems.some((p) => p.code === code && p.file === file);

  it('项城: the document says 24 items, 25 are present', () => {
    const total = problems.find((p) => p.code === 'TOTAL_MISMATCH' && p.file === 'content/xiangcheng/bureau.yaml');
    expect(total?.message).toContain('原文所述总数为 24 项，但实际有 25 个事项');
  });
  it('天水: the 26-character code of 4166', () => {
    const code = problems.filter((p) => p.code === 'CODE_MALFORMED' && p.file.startsWith('content/tianshui/'));
    expect(code).toHaveLength(1);
    expect(code[0]!.message).toContain('11620500MB1673620836001000');
  });
  it('晋州: summary counts that differ from the detail, and its 其他权力 label', () => {
    expect(has('SUMMARY_MISMATCH', 'content/jinzhou/bureau.yaml')).toBe(true);
    expect(problems.filter((p) => p.code === 'CATEGORY_LABEL_NONSTANDARD' && p.file.startsWith('content/jinzhou/'))).toHaveLength(10);
  });
  it('襄都: item 17 without 责任事项, and item 2’s 立案责任 copied from item 1', () => {
    expect(has('ELEMENT_MISSING', 'content/xiangdu/ba-001.yaml')).toBe(true);
    expect(has('TEXT_SHARED_OTHER_POWER', 'content/xiangdu/cf-002.yaml')).toBe(true);
  });
  it('玉田: the 13 rows without 序号', () => {
    expect(problems.filter((p) => p.code === 'NUMBER_MISSING' && p.file.startsWith('content/yutian/'))).toHaveLength(13);
    expect(problems.filter((p) => p.code === 'NUMBER_MISSING' && !p.file.startsWith('content/yutian/'))).toEqual([]);
  });
  it('no leftover markup survived the import', () => {
    expect(problems.filter((p) => p.code === 'TEXT_MARKUP')).toEqual([]);
  });
  it('npm run lint groups them by bureau with a count per kind', () => {
    const groups = groupByBureau(problems);
    expect(groups.map((g) => g.bureau)).toEqual(['jinzhou', 'tianshui', 'xiangcheng', 'xiangdu', 'yutian']);
    for (const g of groups) expect(g.counts.reduce((n, [, c]) => n + c, 0)).toBe(g.problems.length);
  });
});
