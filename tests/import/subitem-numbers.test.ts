/**
 * 子项 of one 主项 share the 主项's 序号 in lists whose 主项 cells are merged over the 子项 rows
 * (克拉玛依 人社, 国动办). The check accepts that — same 序号, same name, different 子项 — and still
 * reports any other repeated 序号 as NUMBER_DUPLICATE; the numbering-gap warning does not fire
 * between such 子项.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { contentSandbox, type Sandbox } from '../helpers/content-sandbox.ts';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.dispose());

function item(id: string, number: string, name: string, subitem?: string): string {
  return [
    `id: ${id}`,
    'bureau: demo',
    'category: 行政许可',
    'category_label: 行政许可',
    `number: "${number}"`,
    `name: ${name}`,
    ...(subitem ? [`subitem: ${subitem}`] : []),
    'subject: 示例县医疗保障局',
    'basis:',
    '  - 《示例法》第一条',
    '',
  ].join('\n');
}

function numberProblems() {
  return checkContent(sandbox!.root)
    .problems.filter((p) => p.code === 'NUMBER_DUPLICATE' || p.code === 'NUMBER_GAP')
    .map((p) => [p.file.replace(/^.*content\//, ''), p.code]);
}

describe('序号 shared by 子项', () => {
  it('is accepted for 子项 of one 主项', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/xk-001.yaml', item('xk-001', '1', '示例审批', '1.设立审批'));
    sandbox.put('content/demo/xk-002.yaml', item('xk-002', '1', '示例审批', '2.变更审批'));
    sandbox.put('content/demo/xk-003.yaml', item('xk-003', '2', '另一审批'));
    expect(numberProblems()).toEqual([]);
  });

  it('is an error for two different items, or the same 子项 twice', () => {
    sandbox = contentSandbox();
    sandbox.put('content/demo/xk-001.yaml', item('xk-001', '1', '示例审批', '1.设立审批'));
    sandbox.put('content/demo/xk-002.yaml', item('xk-002', '1', '示例审批', '1.设立审批'));
    sandbox.put('content/demo/xk-003.yaml', item('xk-003', '1', '另一审批'));
    expect(numberProblems()).toEqual([
      ['demo/xk-002.yaml', 'NUMBER_DUPLICATE'],
      ['demo/xk-002.yaml', 'NUMBER_GAP'],
      ['demo/xk-003.yaml', 'NUMBER_DUPLICATE'],
      ['demo/xk-003.yaml', 'NUMBER_GAP'],
    ]);
  });
});
