/** The shared cleaning rules, each with a real example from the seeds. */
import { describe, expect, it } from 'vitest';
import { hasBrokenCharacter, normalizeWhitespace, removeWordArtefacts, splitEnumeration } from '../../src/import/clean/text.ts';

describe('removeWordArtefacts', () => {
  it('drops a Word bookmark (004, 玉田 row 2)', () => {
    expect(removeWordArtefacts('[bookmark: OLE_LINK2]对医疗保障经办机构骗取医疗保障基金支出的处罚')).toBe('对医疗保障经办机构骗取医疗保障基金支出的处罚');
  });
  it('leaves ordinary brackets alone', () => {
    expect(removeWordArtefacts('[2019]第12号')).toBe('[2019]第12号');
  });
});

describe('normalizeWhitespace', () => {
  it('removes a space the extraction put inside a word (000 line 40: 丙肝门 诊)', () => {
    expect(normalizeWhitespace('基本医疗保险参保人员享受门诊慢特病病种待遇认定、丙肝门 诊抗病毒治疗\t')).toBe('基本医疗保险参保人员享受门诊慢特病病种待遇认定、丙肝门诊抗病毒治疗');
  });
  it('keeps a space between a Chinese word and a number (000 line 16: 共 1 项)', () => {
    expect(normalizeWhitespace('共 1 项')).toBe('共 1 项');
  });
  it('turns full-width spaces into ordinary ones and trims them (003 line 2454)', () => {
    expect(normalizeWhitespace('记录陈述申辩意见　')).toBe('记录陈述申辩意见');
  });
  it('collapses the run of spaces in 003 line 185, and drops the one after a full-width colon', () => {
    expect(normalizeWhitespace('服务电话： 0394-4662166                             投诉机构： 局办公室')).toBe('服务电话： 0394-4662166 投诉机构：局办公室');
  });
});

describe('splitEnumeration', () => {
  it('turns 1、… 10、 into a list, keeping the style (004, 追责情形 of item 1)', () => {
    const lines = [
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：',
      '1、没有法律和事实依据实施行政处罚的；',
      '2、行政处罚显失公正的；',
      '3、执法人员玩忽职守，对应当予以制止和处罚的违法行为不予制止、处罚，致使医疗保障基金损失的；',
      '4、不具备行政执法资格实施行政处罚的；',
      '5、应当依法移送追究刑事责任，而未依法移送有权机关的；',
      '6、擅自改变行政处罚种类、幅度的；',
      '7、违反法定的行政处罚程序的；',
      '8、委托不符合法定条件的组织实施行政处罚的；',
      '9、在行政处罚过程中发生腐败行为的；',
      '10、其他违反法律法规规章文件规定的行为。',
    ];
    const blocks = splitEnumeration(lines);
    expect(blocks[0]).toBe(lines[0]);
    expect(blocks[1]).toEqual({ numbering: '1、', items: lines.slice(1).map((l) => l.replace(/^\d+、/, '')) });
    expect(blocks).toHaveLength(2);
  });
  it('leaves a run that does not count up from 1 word for word (a numbering error stays visible)', () => {
    const lines = ['1、立案责任：发现违法行为。', '3、审查责任：审理案件调查报告。'];
    expect(splitEnumeration(lines)).toEqual(lines);
  });
  it('reads （一）（二） as a list in its own style (000 line 81: 生育医疗费 standards)', () => {
    expect(splitEnumeration(['（一）自然分娩2000元；', '（二）难产2500元；', '（三）剖宫产3500元；'])).toEqual([
      { numbering: '（一）', items: ['自然分娩2000元；', '难产2500元；', '剖宫产3500元；'] },
    ]);
  });
});

describe('hasBrokenCharacter', () => {
  it('finds the U+FFFD the extraction left where it cut a character', () => {
    expect(hasBrokenCharacter('致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害\ufffd')).toBe(true);
    expect(hasBrokenCharacter('行政处罚显失公正的；')).toBe(false);
  });
});
