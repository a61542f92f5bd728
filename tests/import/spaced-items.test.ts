import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToChunks } from '../../src/import/clean/html-lines.ts';
import { splitSpaceSeparatedItems } from '../../src/import/clean/spaced-items.ts';

/** A tab-separated cell of seed 001 (天水), line and column as in the file (both 1-based). */
function tianshuiCell(line: number, column: number): string {
  const text = readFileSync(new URL('../../seeds/001_225844e784cb10fe.txt', import.meta.url), 'utf8');
  return text.split('\n')[line - 1]!.split('\t')[column - 1]!;
}

describe('splitSpaceSeparatedItems', () => {
  it('splits an <ol> of labelled stages whose <li> tags were lost (天水 line 6, 责任事项)', () => {
    const [ol] = htmlToChunks(tianshuiCell(6, 10));
    expect(splitSpaceSeparatedItems(ol!)).toEqual([
      '立案阶段责任：发现医保经办机构、医疗机构、药品经营单位等社会保险服务机构及参保人以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出的予以调查立案。',
      '调查阶段责任：主管部门对立案的案件，指定专人负责，及时组织调查取证，与当事人有直接利害关系的应当回避。执法人员不得少于两人，调查时应当出示执法证件，允许当事人辩解陈述。执法人员应当保守有关秘密。',
      '审查阶段责任：审查案件调查报告，对案件违法事实、证据、调查取证程序、法律适用、处罚种类和幅度、当事人陈述和申辩理由等方面进行审查，提出处理意见（主要证据不足时，以适当的方式补充调查）。',
      '告知阶段责任：作出行政处罚决定前，应制作《行政处罚告知书》送达当事人，告知违法事实及其享有的陈述、申辩等权利。符合听证规定的，制作并送达《行政处罚听证告知书》。',
      '决定阶段责任：制作行政处罚决定书，载明行政处罚告知、当事人陈述申辩或者听证情况等内容。',
      '送达阶段责任：行政处罚决定书按法律规定的方式送达当事人。',
      '执行阶段责任：依照生效的行政处罚决定，监督当事人履行。',
      '其他法律法规规章规定应履行的责任。',
    ]);
  });

  it('splits an <ol> of unlabelled cases (天水 line 6, 追责情形)', () => {
    const [intro, ol] = htmlToChunks(tianshuiCell(6, 11));
    expect(splitSpaceSeparatedItems(intro!)).toEqual(['因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：']);
    const cases = splitSpaceSeparatedItems(ol!);
    expect(cases).toHaveLength(12);
    expect(cases.slice(0, 3)).toEqual(['没有法律和事实依据实施行政处罚的；', '行政处罚显失公正的；', '执法人员玩忽职守，对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害的；']);
    expect(cases[11]).toBe('其他违反法律法规规章规定的行为。');
  });

  it('splits a lead sentence from the first numbered item after ： (天水 line 9, 追责情形)', () => {
    expect(splitSpaceSeparatedItems(tianshuiCell(9, 11))).toEqual([
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：',
      '1.对医疗保障基金的收支、管理和投资运营情况检查监督不力的；',
      '2.对发现的情况没有及时上报的；',
      '3.对可能被转移、隐匿或者灭失的资料没有及时封存的；',
      '4.在监督检查的过程中发生腐败行为的；',
      '5.其他违反法律法规规定的行为。',
    ]);
  });

  it('leaves other spaces alone: after a marker, between ministries (天水 lines 17 and 33)', () => {
    expect(splitSpaceSeparatedItems('1. 受理责任：公示法定应当提交的材料；一次性告知补正材料；依法受理或不予受理申请（不予受理应当告知理由）。')).toEqual([
      '1. 受理责任：公示法定应当提交的材料；一次性告知补正材料；依法受理或不予受理申请（不予受理应当告知理由）。',
    ]);
    const basis = tianshuiCell(33, 9);
    expect(splitSpaceSeparatedItems(basis)).toEqual([basis]);
    expect(basis).toContain('《人力资源社会保障部 财政部关于');
  });
});
