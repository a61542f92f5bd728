import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitInlineNumbered, splitInlineNumberedAs } from '../../src/import/clean/inline-numbering.ts';

function tianshuiCell(line: number, column: number): string {
  const text = readFileSync(new URL('../../seeds/001_225844e784cb10fe.txt', import.meta.url), 'utf8');
  return text.split('\n')[line - 1]!.split('\t')[column - 1]!;
}

describe('splitInlineNumbered', () => {
  it('splits a lead sentence and "1. …；2. …" written in one line (天水 line 33, 追责情形)', () => {
    expect(splitInlineNumbered(tianshuiCell(33, 11))).toEqual([
      '因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：',
      '1. 对符合条件不予受理的；',
      '2. 未按照规定的程序办理，或在办理过程中利用职权谋取私利的；',
      '3. 其他违反法律法规规章规定的行为。',
    ]);
  });

  it('keeps a lead that ends in a full stop whole (天水 line 20, 追责情形)', () => {
    const parts = splitInlineNumbered(tianshuiCell(20, 11));
    expect(parts).toHaveLength(6);
    expect(parts[0]).toBe(
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：受理和查处举报案件的单位及其工作人员，有下列情形的，视情节轻重给予行政处分，移送司法机关依法追究刑事责任。',
    );
    expect(parts[1]).toBe('1.伪造或者教唆、伙同他人伪造举报材料，冒领举报奖金的；');
    expect(parts[5]).toBe('5.其他应当依法承担法律责任的行为。');
  });

  it('splits 1、2、3、 and leaves 2号 and 六、 alone (天水 line 26, 实施依据)', () => {
    const parts = splitInlineNumbered(tianshuiCell(26, 9));
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBe('1、《中华人民共和国社会保险法》第六十七条：“社会保险基金预算、决算草案的编制、审核和批准，依照法律和国务院规定执行。”');
    expect(parts[1]!.startsWith('2、《国务院关于试行社会保险基金预算的意见》（国发〔2010〕2号）四：')).toBe(true);
    expect(parts[1]).toContain('” 六、社会保险基金决算，年度终了，');
    expect(parts[2]!.startsWith('3、《甘肃省人民政府关于进一步加强社会保险基金监督管理工作的意见》（甘政发〔2012〕64号：')).toBe(true);
  });

  it('does not split a text whose number 1 has no 2 after it (天水 line 13, first <p> of 实施依据)', () => {
    const p = '1、《中华人民共和国社会保险法》第八条：“社会保险经办机构提供社会保险服务，负责社会保险登记、个人权益记录、社会保险待遇支付等工作。”；第六十四条：“各项社会保险基金按照社会保险险种分别建账，分账核算，执行国家统一的会计制度。”第七十三条：“社会保险经办机构应当按时足额支付社会保险待遇。”';
    expect(splitInlineNumbered(p)).toEqual([p]);
  });

  it('splits （1）…（2）… inside a stage (天水 line 23, 责任事项 stage 1)', () => {
    const text =
      '（1）依据我省《甘肃省药品集中采购诚信管理办法（试行）》（甘卫药发〔2014〕521号）（以下简称《诚信管理办法》）文件中认定的医疗机构、药品生产及经营企业在参加我省药品集中采购工作中的不诚信行为，确定医疗机构、药品生产及经营企业的失信行为。（2）医疗机构、药品生产企业、配送企业、人民群众等社会各界的举报查实。';
    expect(splitInlineNumberedAs(text, '（1）')).toEqual([
      '（1）依据我省《甘肃省药品集中采购诚信管理办法（试行）》（甘卫药发〔2014〕521号）（以下简称《诚信管理办法》）文件中认定的医疗机构、药品生产及经营企业在参加我省药品集中采购工作中的不诚信行为，确定医疗机构、药品生产及经营企业的失信行为。',
      '（2）医疗机构、药品生产企业、配送企业、人民群众等社会各界的举报查实。',
    ]);
    // The same text has no 1. or 1、 run.
    expect(splitInlineNumbered(text, ['1.', '1、'])).toEqual([text]);
  });
});
