/**
 * The linter on inputs the issue found unbounded: one bureau with 10,000 items sharing the usual
 * boilerplate (the copied-text rule was quadratic: 2,000 items took 147 s), a name of about 1 MB
 * (never finished), and markup-like text that made a regular expression backtrack. The results
 * are asserted exactly; the time each takes is printed (speed targets belong in npm run bench).
 */
import { describe, expect, it } from 'vitest';
import type { Bureau } from '../../src/content/bureau-schema.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { lintContent } from '../../src/lint/lint-content.ts';
import { sharedTextRule } from '../../src/lint/rules/shared-text.ts';
import { summaryTableRule } from '../../src/lint/rules/summary.ts';
import { textMarkupRule } from '../../src/lint/rules/text-markup.ts';
import type { LoadedContent } from '../../src/validate/cross-checks.ts';
import type { LoadedDocument } from '../../src/validate/read-document.ts';

const doc = <T>(path: string, data: T): LoadedDocument<T> => ({ file: { kind: 'item', path, absolute: path, bureauSlug: 'big', stem: '' }, data, positions: { value: new Map(), key: new Map() } });

const BOILERPLATE = ['因不履行或不正确履行行政职责，致使医疗保障基金损失的', '其他违反法律法规规章规定的行为应当承担相应责任的情形'];

function item(n: number, name: string, cases: string[] = BOILERPLATE): LoadedDocument<Item> {
  const id = `cf-${String(n).padStart(5, '0')}`;
  return doc(`content/big/${id}.yaml`, { id, bureau: 'big', category: '行政处罚', number: String(n), name, basis: ['《医疗保障基金使用监督管理条例》第三十八条'], accountability: { cases } } as unknown as Item);
}

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

describe('lint rules stay linear', () => {
  it('10,000 items of one bureau sharing boilerplate: only the copy that names another power is reported', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item(i + 1, `对违反医疗保障管理规定第${i + 1}种行为的行政处罚`));
    const copied = '对违反医疗保障管理规定第17种行为的行政处罚中未依法履行职责的情形';
    items[16] = item(17, items[16]!.data.name, [...BOILERPLATE, copied]);
    items[4999] = item(5000, items[4999]!.data.name, [...BOILERPLATE, copied]);
    const content: LoadedContent = { bureaus: [doc('content/big/bureau.yaml', { id: 'big', name: '大局', source: {} } as unknown as Bureau)], items, flowcharts: [] };
    const problems = timed('copied-text rule, 10,000 items', () => sharedTextRule(content));
    expect(problems.map((p) => [p.file, p.code])).toEqual([['content/big/cf-05000.yaml', 'TEXT_SHARED_OTHER_POWER']]);
    expect(problems[0]!.message).toContain('content/big/cf-00017.yaml');
    const all = timed('all lint rules, 10,000 items', () => lintContent(content));
    expect(all.filter((p) => p.code === 'TEXT_SHARED_OTHER_POWER')).toHaveLength(1);
  });

  it('a summary table of 10,000 entries against 10,000 items: only the two real mismatches are reported', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item(i + 1, `对违反医疗保障管理规定第${i + 1}种行为的行政处罚`));
    const listed = items.map((d) => ({ name: d.data.name }));
    listed[99] = { name: '汇总表中有而明细中没有的事项名称' }; // item 100 is then missing from the summary too
    const bureau = { id: 'big', name: '大局', source: { summary: [{ category_label: '行政处罚', category: '行政处罚', items: listed }] } } as unknown as Bureau;
    const content: LoadedContent = { bureaus: [doc('content/big/bureau.yaml', bureau)], items, flowcharts: [] };
    const problems = timed('summary rule, 10,000 entries', () => summaryTableRule(content));
    expect(problems.map((p) => p.file)).toEqual(['content/big/bureau.yaml', 'content/big/cf-00100.yaml']);
    expect(problems[0]!.message).toMatch(/^汇总表中的事项“汇总表中有而明细中没有的事项名称”在明细的行政处罚中找不到同名事项/);
    expect(problems[1]!.message).toMatch(/^事项“对违反医疗保障管理规定第100种行为的行政处罚”不在原文汇总表的行政处罚中/);
  });

  it('a name of about 1 MB, and the texts that copy it', () => {
    const long = '医疗保障基金使用监督管理'.repeat(30_000); // 360,000 characters, 1 MB in UTF-8
    const copied = `${long.slice(1000, 1030)}的情形，应当依法追究责任`;
    const items = [item(1, long, [...BOILERPLATE, copied]), item(2, '对其他违法行为的处罚', [...BOILERPLATE, copied])];
    const content: LoadedContent = { bureaus: [], items, flowcharts: [] };
    const problems = timed('copied-text rule, 1 MB name', () => sharedTextRule(content));
    expect(problems.map((p) => p.file)).toEqual(['content/big/cf-00002.yaml']);
  });

  it('markup-like text without an end does not backtrack', () => {
    const text = '<a'.repeat(200_000);
    const content: LoadedContent = { bureaus: [], items: [item(1, text, [`&${'a'.repeat(200_000)}`, `${'<b '.repeat(100_000)}<i>`])], flowcharts: [] };
    const problems = timed('markup rule, 400,000 characters', () => textMarkupRule(content));
    expect(problems.map((p) => [p.code, p.message.includes('<i>')])).toEqual([['TEXT_MARKUP', true]]);
  });
});
