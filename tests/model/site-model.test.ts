/**
 * The site model is a pure function of the collections' data: tested with plain values, no files.
 * And the content loader's validation is computed once per state of the content files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentValidation } from '../../src/content/loader.ts';
import type { Bureau } from '../../src/content/bureau-schema.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { bureauShortName } from '../../src/components/bureau-names.ts';
import { buildSiteModel } from '../../src/model/site-model.ts';
import { codeFrame } from '../../src/validate/code-frame.ts';
import { contentSandbox, type Sandbox } from '../helpers/content-sandbox.ts';

const bureau = (id: string): Bureau => ({
  id,
  name: `${id} 局`,
  short_name: id,
  region: '示例省',
  level: '县级',
  list_title: `${id} 清单`,
  version: { label: '2025年版' },
  source: { title: '测试', provenance: { file: 'seeds/none.txt', lines: [1, 2] } },
});
const item = (b: string, id: string, category: Item['category']): Item => ({ id, bureau: b, category, category_label: category, name: `${b} ${id}`, subject: '某局', basis: ['依据'] });

describe('buildSiteModel (pure)', () => {
  it('orders bureaus by id and items by the standard category order, then ordinal; counts every standard category', () => {
    const model = buildSiteModel({
      bureaus: [bureau('zeta'), bureau('alpha')],
      items: [item('alpha', 'qt-001', '其他行政权力'), item('alpha', 'cf-010', '行政处罚'), item('alpha', 'cf-002', '行政处罚'), item('alpha', 'xk-001', '行政许可'), item('zeta', 'cf-001', '行政处罚')],
      flowcharts: [],
    });
    expect(model.bureaus.map((b) => b.bureau.id)).toEqual(['alpha', 'zeta']);
    expect(model.bureaus[0]!.items.map((i) => i.id)).toEqual(['xk-001', 'cf-002', 'cf-010', 'qt-001']);
    expect(model.bureaus[0]!.total).toBe(4);
    const stats = Object.fromEntries(model.bureaus[0]!.stats.map((s) => [s.category, s.count]));
    expect(stats).toMatchObject({ 行政许可: 1, 行政处罚: 2, 行政强制: 0, 其他行政权力: 1 });
    expect(stats).not.toHaveProperty('行政备案'); // listed only where used
    expect(model.bureaus[1]!.items.map((i) => i.id)).toEqual(['cf-001']);
  });

  it('gives each bureau exactly its own items and charts when the content interleaves bureaus', () => {
    const chart = (b: string, id: string) => ({ id, bureau: b, title: id, nodes: [], edges: [] });
    const model = buildSiteModel({
      bureaus: [bureau('b'), bureau('a'), bureau('c')],
      items: [item('b', 'cf-002', '行政处罚'), item('a', 'cf-001', '行政处罚'), item('b', 'cf-001', '行政处罚'), item('a', 'xk-003', '行政许可'), item('b', 'cf-003', '行政处罚')],
      flowcharts: [chart('b', 'z'), chart('a', 'y'), chart('b', 'x')],
    });
    expect(model.bureaus.map((m) => [m.bureau.id, m.items.map((i) => i.id), m.flowcharts.map((c) => c.id), m.total])).toEqual([
      ['a', ['xk-003', 'cf-001'], ['y'], 2],
      ['b', ['cf-001', 'cf-002', 'cf-003'], ['x', 'z'], 3],
      ['c', [], [], 0],
    ]);
  });

  it('names bureaus by short name from a table made once per model, and falls back to the id', () => {
    const model = buildSiteModel({ bureaus: [{ ...bureau('a'), short_name: '甲局' }], items: [], flowcharts: [] });
    expect(bureauShortName(model, 'a')).toBe('甲局');
    expect(bureauShortName(model, 'gone')).toBe('gone');
  });

  it('a bureau without items still has its 统计表 of zeros', () => {
    const model = buildSiteModel({ bureaus: [bureau('empty')], items: [], flowcharts: [] });
    expect(model.bureaus[0]!.total).toBe(0);
    expect(model.bureaus[0]!.stats.every((s) => s.count === 0)).toBe(true);
  });
});

describe('the content loader’s validation', () => {
  let sandbox: Sandbox | undefined;
  afterEach(() => sandbox?.dispose());

  it('is computed once while the files are unchanged, and again after an edit', () => {
    sandbox = contentSandbox();
    const first = currentValidation(sandbox.root, 'content');
    expect(currentValidation(sandbox.root, 'content')).toBe(first);
    const path = join(sandbox.root, 'content/demo/cf-001.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^category: 行政处罚$/m, 'category: 行政审批'));
    const second = currentValidation(sandbox.root, 'content');
    expect(second).not.toBe(first);
    expect(second.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual(['content/demo/cf-001.yaml:3:11 CATEGORY_UNKNOWN']);
  });
});

describe('the code frame of a content error', () => {
  it('marks the line and puts a caret under the column', () => {
    expect(codeFrame('a: 1\nb: 2\ncategory: 行政审批\nd: 4\ne: 5\nf: 6', 3, 11)).toBe(
      ['  1 | a: 1', '  2 | b: 2', '> 3 | category: 行政审批', '    |           ^', '  4 | d: 4', '  5 | e: 5'].join('\n'),
    );
  });
});
