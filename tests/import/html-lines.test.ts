import { describe, expect, it } from 'vitest';
import { htmlToChunks } from '../../src/import/clean/html-lines.ts';

describe('htmlToChunks', () => {
  it('returns the text of each <p> and <ol> with its spaces (天水 line 41, 追责情形)', () => {
    const cell =
      '<p>因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任： 1. 对符合条件不予受理的；</p> <ol style="list-style-type: none"> 2. 未按照规定的程序办理，或在办理过程中利用职权谋取私利的； 3. 滥用职权或玩忽职守，使领取失业金人员正常享受基本医疗保险待遇，并造成严重影响的； </ol>';
    expect(htmlToChunks(cell)).toEqual([
      '因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任： 1. 对符合条件不予受理的；',
      ' 2. 未按照规定的程序办理，或在办理过程中利用职权谋取私利的； 3. 滥用职权或玩忽职守，使领取失业金人员正常享受基本医疗保险待遇，并造成严重影响的； ',
    ]);
  });

  it('returns a cell without tags whole (天水 line 9, 实施依据)', () => {
    const cell = '《中华人民共和国社会保险法》第七十九条：“社会保险行政部门对社会保险基金实施监督检查，有权采取下列措施：';
    expect(htmlToChunks(cell)).toEqual([cell]);
  });

  it('drops the blank text between blocks (天水 line 13, two <p>)', () => {
    expect(htmlToChunks('<p>1.受理阶段责任：公示</p> <p>2.审查阶段责任：对参保人员</p>')).toEqual(['1.受理阶段责任：公示', '2.审查阶段责任：对参保人员']);
  });
});
