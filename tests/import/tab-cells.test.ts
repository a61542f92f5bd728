import { describe, expect, it } from 'vitest';
import { readTabCells } from '../../src/import/clean/tab-cells.ts';

describe('readTabCells', () => {
  it('reads cells, continuation lines and an indented row start (玉田 lines 227–233, shortened)', () => {
    // Lines as in the seed (227–232, with the artefact of line 230), numbered from 1 here.
    const lines = [
      '\t【法律】《中华人民共和国社会保险法》第五十六条：职工有下列情形之一的,可以按照国家规定享受生育津贴:',
      '生育津贴按照职工所在用人单位上年度职工月平均工资计发。',
      '\t1、受理责任：依法受理或不予受理，并一次性告之不予受理理由或需补充提供的相关材料目录。',
      '2、审查责任：审查核对病历资料。',
      '[bookmark: _GoBack][bookmark: OLE_LINK11]3、决定责任：符合条件的，于10个工作日内向参保单位拨付生育津贴。',
      '',
      ' \t行政检查',
      '\t[bookmark: OLE_LINK9]对用人单位和个人遵守医疗保障法律、法规情况的监督检查',
      '\t',
    ];
    const cells = readTabCells(lines);
    expect(cells.map((c) => [c.first, c.last, c.indented])).toEqual([
      [1, 2, false],
      [3, 5, false],
      [7, 7, true],
      [8, 8, false],
      [9, 9, false],
    ]);
    expect(cells[1]!.lines).toEqual([
      '1、受理责任：依法受理或不予受理，并一次性告之不予受理理由或需补充提供的相关材料目录。',
      '2、审查责任：审查核对病历资料。',
      '3、决定责任：符合条件的，于10个工作日内向参保单位拨付生育津贴。',
    ]);
    expect(cells[2]!.lines).toEqual(['行政检查']);
    expect(cells[3]!.lines).toEqual(['对用人单位和个人遵守医疗保障法律、法规情况的监督检查']);
    expect(cells[4]!.lines).toEqual(['']);
  });

  it('starts at the given line and refuses a continuation line before any cell', () => {
    const lines = ['玉田县医疗保障局权责清单分表', '（共六类、十八项）', '\t序号'];
    expect(() => readTabCells(lines)).toThrow(/line 1/);
    expect(readTabCells(lines, 3).map((c) => c.lines)).toEqual([['序号']]);
  });
});
