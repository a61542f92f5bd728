import { describe, expect, it } from 'vitest';
import { groupNumberedLines, leadingNumber, mixesPunctuation } from '../../src/import/clean/numbered-lines.ts';

describe('leadingNumber', () => {
  it('reads 1、 / 1. / "1. " markers (玉田 lines 18, 178; 天水 line 17)', () => {
    expect(leadingNumber('1、立案责任：发现')).toEqual({ ordinal: 1, punctuation: '、', rest: '立案责任：发现' });
    expect(leadingNumber('1.立案责任：发现定点医药机构')).toEqual({ ordinal: 1, punctuation: '.', rest: '立案责任：发现定点医药机构' });
    expect(leadingNumber('1. 受理责任：公示法定应当提交的材料')).toEqual({ ordinal: 1, punctuation: '.', rest: '受理责任：公示法定应当提交的材料' });
  });

  it('does not read a number without 、 or . (玉田 line 314) nor a Chinese marker (玉田 line 205)', () => {
    expect(leadingNumber('1《国务院办公厅关于推动药品集中带量采购工作常态化制度化开展的意见》')).toBeUndefined();
    expect(leadingNumber('（一）当事人的姓名或者名称、地址；')).toBeUndefined();
  });
});

describe('groupNumberedLines', () => {
  it('keeps （一）…（五） lines with the stage they belong to (玉田 lines 203–211)', () => {
    const lines = [
      '1、决定责任:在证据可能被转移、隐匿或者灭失的情况下，经行政部门负责人报告、批准后，当场告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径，听取当事人的陈述和申辩，并制作现场笔录。根据中止和终结执行的适用情形，做出中止或终结执行决定。情况紧急，需要当场采取行政强制措施的，执法人员应当在二十四小时内向医疗保障行政部门负责人报告，并补办批准手续。',
      '2、执行责任:由医疗保障行政主管部门实施封存，并出具封存决定书，决定书应当载明下列事项：',
      '（一）当事人的姓名或者名称、地址；',
      '（二）封存的理由、依据和期限；',
      '（三）封存场所、设施或者财物的名称、数量等；',
      '（四）申请行政复议或者提起行政诉讼的途径和期限；',
      '（五）医疗保障行政部门的名称、印章和日期。封存清单一式两份，由当事人和医疗保障行政部门分别保存。',
      '3、保管责任:封存的资料、设施等物品应当妥善保管，不得使用或者损毁；医疗保障行政部门可以委托第三人保管，第三人不得损毁或者擅自转移、处置。因封存发生的保管费用由医疗保障行政部门承担。封存的物品及存放封存物品的场所，应当加贴医疗保障行政部门封条，任何人不得随意动用。',
      '4、其他法律法规规章文件规定应履行的责任。',
    ];
    const { lead, entries } = groupNumberedLines(lines);
    expect(lead).toEqual([]);
    expect(entries.map((e) => e.ordinal)).toEqual([1, 2, 3, 4]);
    expect(entries.map((e) => e.lines.length)).toEqual([1, 6, 1, 1]);
    expect(entries[1]!.lines[0]).toBe('执行责任:由医疗保障行政主管部门实施封存，并出具封存决定书，决定书应当载明下列事项：');
    expect(entries[1]!.lines[5]).toBe('（五）医疗保障行政部门的名称、印章和日期。封存清单一式两份，由当事人和医疗保障行政部门分别保存。');
    expect(mixesPunctuation(entries)).toBe(false);
  });

  it('reads a lead sentence and a list that mixes 、 and . (玉田 lines 352–356)', () => {
    const { lead, entries } = groupNumberedLines([
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：',
      '1、对参保人员异地就医备案应当依法受理、不受理的；',
      '2.泄露参保人员备案相关信息的；',
      '3、工作中滥用职权、徇私舞弊、玩忽职守造成不良后果的；',
      '4、其他违反法律法规规章文件规定的行为。',
    ]);
    expect(lead).toEqual(['因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：']);
    expect(entries.map((e) => e.lines)).toEqual([
      ['对参保人员异地就医备案应当依法受理、不受理的；'],
      ['泄露参保人员备案相关信息的；'],
      ['工作中滥用职权、徇私舞弊、玩忽职守造成不良后果的；'],
      ['其他违反法律法规规章文件规定的行为。'],
    ]);
    expect(entries.map((e) => e.punctuation)).toEqual(['、', '.', '、', '、']);
    expect(mixesPunctuation(entries)).toBe(true);
  });

  it('starts no entry at a number out of turn (天水 line 41: the <ol> begins at 2.)', () => {
    const { lead, entries } = groupNumberedLines(['2. 未按照规定的程序办理，或在办理过程中利用职权谋取私利的；']);
    expect(entries).toEqual([]);
    expect(lead).toEqual(['2. 未按照规定的程序办理，或在办理过程中利用职权谋取私利的；']);
  });
});
