/**
 * Seed 001 (天水). Expected values are copied from the seed by reading it, never from the parser.
 */
import { describe, expect, it } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import type { RichText } from '../../src/content/text-schema.ts';
import { assignItemIds } from '../../src/import/assign-ids.ts';
import { tianshuiParser } from '../../src/import/parsers/tianshui.ts';
import type { ParsedItem } from '../../src/import/types.ts';
import { countByCategory, firstPassage, parseSeed, stages } from './seed-test-helpers.ts';

const { text: seed, parsed } = parseSeed(tianshuiParser);

function item(number: string): ParsedItem {
  const found = parsed.items.find((i) => i.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}

function textOf(text: RichText): string {
  if (typeof text !== 'string') throw new Error('expected a plain paragraph');
  return text;
}

describe('tianshui parser', () => {
  it('names its seed and slug', () => {
    expect(tianshuiParser.slug).toBe('tianshui');
    expect(tianshuiParser.seedFile).toBe('001_225844e784cb10fe.txt');
  });

  it('returns objects that pass the schemas', () => {
    expect(() => bureauSchema.parse(parsed.bureau)).not.toThrow();
    for (const i of assignItemIds(parsed.items)) expect(() => itemSchema.parse(i)).not.toThrow();
    expect(parsed.flowcharts).toEqual([]);
  });

  it('imports 16 items, numbered 4160–4175 as printed', () => {
    expect(parsed.items).toHaveLength(16);
    expect(parsed.items.map((i) => i.number)).toEqual([
      '4160', '4161', '4162', '4163', '4164', '4165', '4166', '4167',
      '4168', '4169', '4170', '4171', '4172', '4173', '4174', '4175',
    ]);
  });

  it('counts the items per category as the 权力事项类型 column does', () => {
    expect(countByCategory(parsed.items)).toEqual({ 行政处罚: 1, 行政强制: 1, 行政给付: 3, 行政确认: 1, 行政奖励: 1, 其他行政权力: 9 });
  });

  it('describes the bureau', () => {
    const b = parsed.bureau;
    expect(b.id).toBe('tianshui');
    expect(b.name).toBe('天水市医疗保障局');
    expect(b.short_name).toBe('天水市医保局');
    expect(b.region).toBe('甘肃省天水市');
    expect(b.level).toBe('市级');
    expect(b.list_title).toBe('天水市医保局权责清单');
    expect(b.version).toEqual({ label: '未注明版本' });
    expect(b.credit_code).toBe('11620500MB16170967');
    expect(b.source.title).toBe('天水市医保局权责清单');
    expect(b.source.provenance).toEqual({ file: 'seeds/001_225844e784cb10fe.txt', lines: [3, 41] });
    expect(b.source.summary).toBeUndefined();
    expect(b.source.stated_total).toBeUndefined();
  });

  it('reads 4160: an <ol> without <li>, labelled stages and an unlabelled last one, 12 cases', () => {
    const i = item('4160');
    expect(i.name).toBe('对医保定点医药机构、医保经办机构、参保人骗取医保基金支出的处罚');
    expect(i.subitem).toBeUndefined();
    expect(i.category).toBe('行政处罚');
    expect(i.category_label).toBe('行政处罚');
    expect(i.subject).toBe('市医保局');
    expect(i.department).toBe('基金监管科');
    expect(i.level).toBe('市级');
    expect(i.code).toBe('11620500MB161709673620236001000');
    expect(i.subitem_code).toBeUndefined();
    expect(i.basis).toHaveLength(1);
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》第七十七条：“社会保险经办机构及医疗机构')).toBe(true);
    expect(firstPassage(i.basis).endsWith('处骗取金额二倍以上五倍以下的罚款。”')).toBe(true);
    expect(stages(i)).toEqual(['立案阶段责任', '调查阶段责任', '审查阶段责任', '告知阶段责任', '决定阶段责任', '送达阶段责任', '执行阶段责任', undefined]);
    expect(i.duties![5]!.text).toBe('行政处罚决定书按法律规定的方式送达当事人。');
    expect(i.duties![7]!.text).toBe('其他法律法规规章规定应履行的责任。');
    expect(i.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：');
    expect(i.accountability!.cases).toHaveLength(12);
    expect(i.accountability!.cases[6]).toBe('违反“罚缴分离”规定，擅自收取罚款的；');
    expect(i.remarks).toBeUndefined();
    expect(i.source).toEqual({ file: 'seeds/001_225844e784cb10fe.txt', lines: [6, 6] });
  });

  it('reads 4162: stages without numbers in a plain cell, several handling sections', () => {
    const i = item('4162');
    expect(i.name).toBe('医疗救助对象救助金给付');
    expect(i.category).toBe('行政给付');
    expect(i.category_label).toBe('行政给付');
    expect(i.subject).toBe('市医保局');
    expect(i.department).toBe('待遇保障科、各县区医保局');
    expect(i.code).toBe('11620500MB161709673620536001000');
    expect(firstPassage(i.basis).startsWith('《社会救助暂行办法》（国务院令第六49号，自2014年5月1日起施行）第五章第二十七条：')).toBe(true);
    expect(stages(i)).toEqual(['监督责任', '保密责任', '宣传责任']);
    expect(i.accountability!.cases).toHaveLength(4);
    expect(i.accountability!.cases[3]).toBe('其他违反法律法规规章规定的行为。');
    expect(i.source!.lines).toEqual([10, 10]);
  });

  it('reads 4165: two basis passages, and cases that form no list', () => {
    const i = item('4165');
    expect(i.name).toBe('参保单位参加医疗保障登记及缴费基数核定');
    expect(i.category).toBe('行政确认');
    expect(i.category_label).toBe('行政确认');
    expect(i.department).toBe('待遇保障科、市医疗保障服务中心');
    expect(i.code).toBe('11620500MB161709673620736001000');
    expect(i.basis).toHaveLength(2);
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》第八条：“社会保险经办机构提供社会保险服务')).toBe(true);
    expect((i.basis[1] as string).startsWith('《社会保险费申报缴纳管理规定》第四条：')).toBe(true);
    // The space the seed puts between two quoted articles stays.
    expect(i.basis[1]).toContain('社会保险经办机构规定的其他事项。” 第七条：“用人单位应当');
    expect(stages(i)).toEqual(['受理责任', '审查责任', '决定责任', '送达责任', '事后监管责任', undefined]);
    expect(i.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：');
    expect(i.accountability!.cases).toHaveLength(1);
    expect(i.accountability!.cases[0]!.startsWith('医疗保障经办机构擅自更改医疗保险缴费基数、费率')).toBe(true);
    expect(i.accountability!.cases[0]!.endsWith('滥用职权、玩忽职守、徇私舞弊的，依法给予处分。')).toBe(true);
  });

  it('reads 4166: the malformed code kept as printed, inline numbering after a long lead', () => {
    const i = item('4166');
    expect(i.name).toBe('对医疗保障基金违法违规行为提供主要事实和证据的举报人的奖励');
    expect(i.category).toBe('行政奖励');
    expect(i.category_label).toBe('行政奖励');
    expect(i.subject).toBe('市医保局');
    expect(i.department).toBe('基金监管科、规划财务科');
    expect(i.code).toBe('11620500MB1673620836001000');
    expect(i.basis).toHaveLength(1);
    expect(firstPassage(i.basis).startsWith('《甘肃省欺诈骗取医疗保险基金行为举报奖励实施办法（暂行）》的通知（甘医保发〔2019〕35号）第一章第二条：')).toBe(true);
    // "第五条 各统筹地区" keeps its space.
    expect(firstPassage(i.basis)).toContain('第五条 各统筹地区医疗保障部门');
    expect(stages(i)).toEqual(['受理责任', '审查责任', '公示责任', '决定责任', undefined]);
    expect(i.accountability!.intro).toBe(
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：受理和查处举报案件的单位及其工作人员，有下列情形的，视情节轻重给予行政处分，移送司法机关依法追究刑事责任。',
    );
    expect(i.accountability!.cases).toEqual([
      '伪造或者教唆、伙同他人伪造举报材料，冒领举报奖金的；',
      '未经举报人同意，泄露举报人相关信息的；',
      '受理举报后，没有正当理由不予调查处理或向被举报人通风报信的；',
      '贪污、挪用、私分、截留奖励资金的；',
      '其他应当依法承担法律责任的行为。',
    ]);
    expect(i.source!.lines).toEqual([20, 20]);
  });

  it('reads 4167: a numbered basis list, stages named …阶段 and a （1）（2） list inside a stage', () => {
    const i = item('4167');
    expect(i.name).toBe('对医疗机构、药品生产经营企业在药品交易过程中发生的各种不诚信行为的监管');
    expect(i.category).toBe('其他行政权力');
    expect(i.category_label).toBe('其他行政权力');
    expect(i.department).toBe('医药管理科、规划财务科、基金监管科');
    expect(i.code).toBe('11620500MB161709673621036001000');
    expect(i.basis).toHaveLength(1);
    expect(i.basis[0]).toMatchObject({ numbering: '1.' });
    expect((i.basis[0] as { items: string[] }).items).toHaveLength(3);
    expect(firstPassage(i.basis).startsWith('《医疗机构管理条例》（1994年2月26日，国务院令149号）第二条 本条例适用于')).toBe(true);
    expect(stages(i)).toEqual(['不诚信行为的确定阶段', '不诚信行为的处罚确定阶段', '不诚信行为的申诉阶段', '不诚信行为的处罚下达阶段', '不诚信行为的事后监管阶段', undefined]);
    expect(i.duties![0]!.text).toEqual([
      {
        numbering: '（1）',
        items: [
          '依据我省《甘肃省药品集中采购诚信管理办法（试行）》（甘卫药发〔2014〕521号）（以下简称《诚信管理办法》）文件中认定的医疗机构、药品生产及经营企业在参加我省药品集中采购工作中的不诚信行为，确定医疗机构、药品生产及经营企业的失信行为。',
          '医疗机构、药品生产企业、配送企业、人民群众等社会各界的举报查实。',
        ],
      },
    ]);
    expect(i.accountability!.cases).toHaveLength(4);
  });

  it('reads 4168: an inline 1、2、3、 basis and stages whose last two have no label', () => {
    const i = item('4168');
    expect(i.name).toBe('医疗保险基金预算决算草案编制及审核');
    expect(i.category).toBe('其他行政权力');
    expect(i.department).toBe('规划财务科');
    expect(i.basis).toHaveLength(1);
    expect(i.basis[0]).toMatchObject({ numbering: '1、' });
    const passages = (i.basis[0] as { items: string[] }).items;
    expect(passages).toHaveLength(3);
    expect(passages[0]).toBe('《中华人民共和国社会保险法》第六十七条：“社会保险基金预算、决算草案的编制、审核和批准，依照法律和国务院规定执行。”');
    expect(passages[2]!.startsWith('《甘肃省人民政府关于进一步加强社会保险基金监督管理工作的意见》（甘政发〔2012〕64号：')).toBe(true);
    expect(stages(i)).toEqual(['数据收集阶段', '审核汇总阶段', '审批上报阶段', '归档整理阶段', undefined, undefined]);
    expect(textOf(i.duties![3]!.text)).toBe('将报表按归档要求存档。');
    expect(i.accountability!.cases).toHaveLength(5);
    expect(i.accountability!.cases[4]).toBe('经办机构的年度基金财务报告不符合法律、法规规定的，应予以纠正。');
  });

  it('reads 4175: case 1 in the lead paragraph, cases 2–5 in the <ol>', () => {
    const i = item('4175');
    expect(i.name).toBe('为领取失业金人员缴纳职工医保费');
    expect(i.category).toBe('其他行政权力');
    expect(i.category_label).toBe('其他行政权力');
    expect(i.subject).toBe('市医保局');
    expect(i.department).toBe('待遇保障科、市医疗保障服务中心');
    expect(i.code).toBe('11620500MB161709673621036009000');
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》第四十八条：“失业人员在领取失业保险金期间')).toBe(true);
    expect(stages(i)).toEqual(['受理阶段责任', '审查阶段责任', '办理阶段责任', undefined]);
    expect(i.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：');
    expect(i.accountability!.cases).toEqual([
      '对符合条件不予受理的；',
      '未按照规定的程序办理，或在办理过程中利用职权谋取私利的；',
      '滥用职权或玩忽职守，使领取失业金人员正常享受基本医疗保险待遇，并造成严重影响的；',
      '未及时、完整、准确地记录参加医疗保险的个人缴费和单位缴费的；',
      '其他违反法律法规规章规定的行为。',
    ]);
    expect(i.source!.lines).toEqual([41, 41]);
  });

  it('reports the malformed code, where the credit code came from and the missing version', () => {
    const code = parsed.report.find((e) => e.kind === 'disagreement' && e.text.includes('11620500MB1673620836001000'));
    expect(code?.lines).toEqual([20, 20]);
    const credit = parsed.report.find((e) => e.kind === 'decision' && e.text.includes('11620500MB16170967') && e.text.includes('取自'));
    expect(credit).toBeDefined();
    expect(parsed.report.some((e) => e.kind === 'decision' && e.text.includes('未注明版本'))).toBe(true);
  });

  it('reports the judgement calls on lines 17 and 41 and the space-separated lists', () => {
    const at = (line: number) => parsed.report.filter((e) => e.kind === 'decision' && e.lines?.[0] === line && e.lines[1] === line).map((e) => e.text);
    expect(at(17).some((t) => t.includes('应承担相应责任'))).toBe(true);
    expect(at(41).some((t) => t.includes('第 1 项与引言'))).toBe(true);
    expect(parsed.report.some((e) => e.kind === 'decision' && e.text.includes('<ol>') && e.text.includes('第 6、9、10、17、20、29、30、33、34、37、38、41 行'))).toBe(true);
  });

  it('reports no U+FFFD for this seed, and one when a line holds it', () => {
    expect(seed.includes('\ufffd')).toBe(false);
    expect(parsed.report.some((e) => e.text.includes('U+FFFD'))).toBe(false);
    // Line 30 (序号 4170) with one character cut the way a broken extraction cuts it.
    const broken = seed.replace('从定点医疗机构评估考核专家库', '从定点医疗机构评估考核专\ufffd库');
    const report = tianshuiParser.parse(broken).report.filter((e) => e.text.includes('U+FFFD'));
    expect(report).toEqual([{ kind: 'disagreement', text: expect.stringContaining('4170'), lines: [30, 30] }]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(tianshuiParser.parse(seed))).toBe(JSON.stringify(parsed));
  });
});
