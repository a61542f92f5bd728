/**
 * The bad-input corpus (tests/fixtures/bad/): each broken file is put into a copy of the valid
 * demo content, the real validation runs, and the exact codes, lines, columns and the Chinese
 * message text reported for that file are asserted — nothing more, nothing less.
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
  /** Every problem reported for that file: level, code, line:column, and text its message must contain (field label, what is wrong, what is allowed). */
  expected: [level: 'error' | 'warning', code: string, at: string, text: string][];
}

const CASES: Case[] = [
  { fixture: 'bom.yaml', expected: [['warning', 'FILE_BOM', '1:1', '文件开头有 UTF-8 BOM 标记，已忽略']] },
  { fixture: 'crlf.yaml', expected: [['warning', 'FILE_CRLF', '1:1', '文件使用 Windows 换行符（CRLF），已按 LF 读取']] },
  { fixture: 'tab-indent.yaml', expected: [['error', 'YAML_TAB_INDENT', '11:1', '缩进中含有制表符（Tab）']] },
  { fixture: 'fullwidth-colon.yaml', expected: [['error', 'YAML_FULLWIDTH_COLON', '7:8', '字段名 subject 后使用了全角冒号“：”']] },
  { fixture: 'duplicate-key.yaml', expected: [['error', 'YAML_DUPLICATE_KEY', '13:1', '同一层级中出现了重复的字段名']] },
  { fixture: 'empty.yaml', expected: [['error', 'FILE_EMPTY', '1:1', '文件是空的']] },
  { fixture: 'comments-only.yaml', expected: [['error', 'FILE_EMPTY', '1:1', '文件是空的']] },
  { fixture: 'invalid-utf8.yaml', expected: [['error', 'FILE_ENCODING', '6:58', '文件不是有效的 UTF-8 编码（可能以 GBK/GB2312 保存）']] },
  { fixture: 'wrong-type-list.yaml', expected: [['error', 'FIELD_TYPE', '10:9', 'duties（责任事项） 的类型不对：应为列表（每项以 “- ” 开头），实际是文本']] },
  { fixture: 'list-items-not-list.yaml', expected: [['error', 'FIELD_TYPE', '14:16', 'duties[0].text[0].items（列表项） 的类型不对：应为列表']] },
  { fixture: 'number-not-quoted.yaml', expected: [['error', 'FIELD_TYPE', '5:9', 'number（序号） 的类型不对：应为文本，实际是数字']] },
  { fixture: 'html-in-text.yaml', expected: [['warning', 'TEXT_MARKUP', '12:11', '文字中残留标记“<script>”']] },
  { fixture: 'bidi-control.yaml', expected: [['warning', 'TEXT_BIDI_CONTROL', '6:7', '文字中有双向文字控制符 U+202E，网页上可能把文字倒序显示']] },
  { fixture: 'zero-width.yaml', expected: [['warning', 'TEXT_ZERO_WIDTH', '6:7', '文字中有零宽字符 U+200B，看不见，但会使检索找不到这段文字']] },
  { fixture: 'unknown-key-typo.yaml', expected: [['error', 'FIELD_REQUIRED', '1:1', '缺少必填字段 category（权力类型）'], ['error', 'FIELD_UNKNOWN', '3:1', '未知字段 “catgory”。是否想写 category（权力类型）？']] },
  { fixture: 'nested-unknown-key.yaml', expected: [['error', 'FIELD_UNKNOWN', '11:5', '未知字段 “stag”。是否想写 stage（阶段名称）？此处允许的字段：stage、text']] },
  { fixture: 'missing-required.yaml', expected: [['error', 'FIELD_REQUIRED', '1:1', '缺少必填字段 subject（行使主体）']] },
  { fixture: 'empty-name.yaml', expected: [['error', 'FIELD_EMPTY', '6:7', 'name（事项名称） 不能为空']] },
  { fixture: 'unknown-category.yaml', expected: [['error', 'CATEGORY_UNKNOWN', '3:11', '权力类型 “行政审批” 不是标准类型。允许的值：行政许可、']] },
  { fixture: 'bad-id-format.yaml', expected: [['error', 'FIELD_VALUE', '1:5', 'id（事项标识）：格式应为 类别代码-三位序号，如 cf-001']] },
  { fixture: 'id-mismatch.yaml', expected: [['error', 'ID_MISMATCH', '1:5', '事项标识 id “cf-009” 与文件名 “cf-001.yaml” 不一致']] },
  { fixture: 'duplicate-number.yaml', as: 'content/demo/cf-002.yaml', expected: [['error', 'NUMBER_DUPLICATE', '5:9', '序号 “1” 在本部门的行政处罚中已由 content/demo/cf-001.yaml 使用'], ['warning', 'NUMBER_GAP', '5:9', '序号不连续：前一项（cf-001）为 1，本项为 1']] },
  { fixture: 'missing-bureau.yaml', expected: [['error', 'BUREAU_MISMATCH', '2:9', '所属部门 bureau “nowhere” 与所在文件夹 “demo” 不一致'], ['error', 'BUREAU_MISSING', '2:9', '所属部门 “nowhere” 不存在：缺少 content/nowhere/bureau.yaml']] },
  { fixture: 'missing-flowchart.yaml', expected: [['error', 'FLOWCHART_MISSING', '14:5', '流程图 “cf-general” 不存在：缺少 content/demo/flowcharts/cf-general.yaml']] },
  { fixture: 'bad-code-check.yaml', expected: [['error', 'CODE_CHECKSUM', '6:7', '地方权力编码 “11620500MB161709683620236001000” 的前 18 位应为统一社会信用代码，但第 18 位校验码不符合 GB 32100-2015']] },
  { fixture: 'unclosed-bracket.yaml', expected: [['error', 'YAML_SYNTAX', '10:1', 'YAML 语法错误：缩进不足']] },
  { fixture: 'multi-document.yaml', expected: [['error', 'YAML_MULTI_DOCUMENT', '13:1', '文件中有多个 YAML 文档']] },
  { fixture: 'flowchart-missing-node.yaml', as: 'content/demo/flowcharts/cf-general.yaml', expected: [['error', 'EDGE_NODE_MISSING', '16:9', '连线的终点 “p3” 不是本图的节点。已有节点：p1、p2']] },
  { fixture: 'flowchart-bad-kind.yaml', as: 'content/demo/flowcharts/cf-simple.yaml', expected: [['error', 'FIELD_VALUE', '7:11', 'nodes[0].kind（节点类型） 的值 “开始” 不在允许范围内。允许的值：start、step、decision、end']] },
  { fixture: 'bureau-bad-credit-code.yaml', as: BUREAU, expected: [['error', 'CREDIT_CODE_INVALID', '9:14', '统一社会信用代码 “11620500MB16170968” 第 18 位校验码不符合 GB 32100-2015']] },
  { fixture: 'bureau-bad-level.yaml', as: BUREAU, expected: [['error', 'FIELD_VALUE', '5:8', 'level（行政层级） 的值 “区级” 不在允许范围内。允许的值：省级、市级、县级、乡级']] },
  { fixture: 'bureau-bad-phone.yaml', as: BUREAU, expected: [['error', 'FIELD_VALUE', '13:15', 'contacts.service_phones[0].number（电话号码）：电话号码只能包含数字、连字符、括号和“转”']] },
  { fixture: 'bureau-bad-date.yaml', as: BUREAU, expected: [['error', 'FIELD_VALUE', '8:9', 'version.date（发布日期）：日期格式应为 YYYY-MM-DD']] },
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
    it(`${c.fixture}: ${c.expected.map(([, code, at]) => `${code}@${at}`).join(', ')}`, () => {
      sandbox = contentSandbox();
      const target = c.as ?? ITEM;
      sandbox.put(target, readFileSync(join(FIXTURES, 'bad', c.fixture)));
      const { result, own } = problemsFor(target);
      expect(own.map((p) => [p.level, p.code, `${p.line}:${p.column}`])).toEqual(c.expected.map(([level, code, at]) => [level, code, at]));
      own.forEach((p, i) => expect(p.message).toContain(c.expected[i]![3]));
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

  it('an invalid bureau.yaml is reported once, as invalid — never as missing for each of its items', () => {
    sandbox = contentSandbox();
    sandbox.put(BUREAU, readFileSync(join(FIXTURES, 'bad', 'bureau-bad-level.yaml')));
    const result = checkContent(sandbox.root);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.code}`)).toEqual([`${BUREAU}:FIELD_VALUE`]);
  });

  it('an invalid flowchart is reported once, not as missing for the items that use it', () => {
    sandbox = contentSandbox();
    sandbox.put(ITEM, readFileSync(join(FIXTURES, 'bad', 'missing-flowchart.yaml'))); // refers to cf-general
    sandbox.put('content/demo/flowcharts/cf-general.yaml', readFileSync(join(FIXTURES, 'bad', 'flowchart-bad-kind.yaml')));
    const result = checkContent(sandbox.root);
    expect(result.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.code}`)).toEqual(['content/demo/flowcharts/cf-general.yaml:FIELD_VALUE']);
  });

  it('a bureau whose id is one of the site’s own folders: BUREAU_ID_RESERVED at its id, before any build', () => {
    sandbox = contentSandbox();
    const file = 'content/search/bureau.yaml';
    sandbox.put(file, readFileSync(join(FIXTURES, 'valid/content/demo/bureau.yaml'), 'utf8').replace('id: demo', 'id: search'));
    const { own } = problemsFor(file);
    expect(own.filter((p) => p.level === 'error').map((p) => [p.code, `${p.line}:${p.column}`])).toEqual([['BUREAU_ID_RESERVED', '2:5']]);
    expect(own[0]!.message).toContain('部门标识 “search” 与网站自身的目录重名');
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
