import { describe, expect, it } from 'vitest';
import { splitContinuingNumbers } from '../../src/import/clean/continuing-numbering.ts';

describe('splitContinuingNumbers', () => {
  it('continues the count of earlier paragraphs inside a later one (seed 000 lines 192-195, 实施依据 of item 17, shortened)', () => {
    const paragraphs = [
      '6、石家庄市医疗保障局、石家庄市财政局《关于调整城乡居民医保缴费标准和大病保险政策的通知》（石医保字【2019】37号）二 城乡居民大病保险筹资及待遇；',
      '7、石家庄市人民政府印发《关于提高贫困人口医疗保障救助水平解决因病致贫返贫问题实施细则的通知》（市政办发【2016】78号)全文;附件1全文; 8、石家庄市医疗保障局、石家庄市财政局关于印发《石家庄市城乡居民基本医疗保险门诊统筹办法(试行)》的通知全文。 9、《中华人民共和国社会保险法》(主席令第35号)…有权向第三人追偿。10、《国家医疗保障局关于加快解决群众办事堵点问题的通知》(国医保电〔2018〕14号)全文。',
    ];
    expect(splitContinuingNumbers(paragraphs)).toEqual([
      paragraphs[0],
      '7、石家庄市人民政府印发《关于提高贫困人口医疗保障救助水平解决因病致贫返贫问题实施细则的通知》（市政办发【2016】78号)全文;附件1全文;',
      '8、石家庄市医疗保障局、石家庄市财政局关于印发《石家庄市城乡居民基本医疗保险门诊统筹办法(试行)》的通知全文。',
      '9、《中华人民共和国社会保险法》(主席令第35号)…有权向第三人追偿。',
      '10、《国家医疗保障局关于加快解决群众办事堵点问题的通知》(国医保电〔2018〕14号)全文。',
    ]);
  });

  it('splits a lead sentence from a plain-text list numbered 1. 2. (seed 002 line 63, 追责情形 of item 9, shortened)', () => {
    expect(
      splitContinuingNumbers(['因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任： 1. 不对本辖区内用人单位和个人遵守医疗保险法律、法规情况组织监督检查； 2. 对在检查中发现的问题，不责令限期整改、不依法实施处罚；']),
    ).toEqual([
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：',
      '1. 不对本辖区内用人单位和个人遵守医疗保险法律、法规情况组织监督检查；',
      '2. 对在检查中发现的问题，不责令限期整改、不依法实施处罚；',
    ]);
  });

  it('splits markers written without a space after 。 and ； (seed 002 line 71, 实施依据 of item 13)', () => {
    expect(
      splitContinuingNumbers(['1.《关于印发邢台市城镇职工基本医疗保险门诊特殊疾病管理办法的通知》（邢人社规〔2018〕11号）；2.《关于对职工门诊特殊疾病相关规定进行完善的通知》（邢医保发〔2019〕42号）；3.《关于延长我市基本医保门诊慢性病带药时间通知》']),
    ).toEqual([
      '1.《关于印发邢台市城镇职工基本医疗保险门诊特殊疾病管理办法的通知》（邢人社规〔2018〕11号）；',
      '2.《关于对职工门诊特殊疾病相关规定进行完善的通知》（邢医保发〔2019〕42号）；',
      '3.《关于延长我市基本医保门诊慢性病带药时间通知》',
    ]);
  });

  it('leaves a nested list in the other style alone (seed 000 line 75, 实施依据 of item 5, shortened)', () => {
    const paragraphs = [
      '1、《中华人民共和国社会保险法》第五十四条 用人单位已经缴纳生育保险费的,其职工享受生育保险待遇;',
      '第十五条生育津贴待遇。…按以下规定享受生育津贴：1. 按9%费率标准缴费的用人单位的参保人员，…享受生育津贴待遇。本实施细则实施之前生育的按原规定执行。2. 领取生育津贴期间，…',
    ];
    expect(splitContinuingNumbers(paragraphs)).toEqual(paragraphs);
  });

  it('does not split at a number that follows a character (seed 000 line 192: 附件1、附件2)', () => {
    // No number seen yet, so 1、 would be the next marker — but here it follows 件, not a boundary.
    const paragraph = '第二条基本医疗保险基金支付；第四条医疗费报销；附件1、附件2、附件3、附件4及附件4-1全文；';
    expect(splitContinuingNumbers([paragraph])).toEqual([paragraph]);
  });
});
