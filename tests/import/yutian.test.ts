/**
 * Seed 004 (玉田). Expected values are copied from the seed by reading it, never from the parser.
 */
import { describe, expect, it } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { assignItemIds } from '../../src/import/assign-ids.ts';
import { yutianParser } from '../../src/import/parsers/yutian.ts';
import type { ParsedItem } from '../../src/import/types.ts';
import { countByCategory, firstPassage, parseSeed, stages } from './seed-test-helpers.ts';

const { text: seed, parsed } = parseSeed(yutianParser);

/** The item whose row starts on the given seed line. */
function itemAt(line: number): ParsedItem {
  const found = parsed.items.find((i) => i.source?.lines[0] === line);
  if (!found) throw new Error(`no item starts on line ${line}`);
  return found;
}

describe('yutian parser', () => {
  it('names its seed and slug', () => {
    expect(yutianParser.slug).toBe('yutian');
    expect(yutianParser.seedFile).toBe('004_5afba2baab88c242.txt');
  });

  it('returns objects that pass the schemas', () => {
    expect(() => bureauSchema.parse(parsed.bureau)).not.toThrow();
    for (const i of assignItemIds(parsed.items)) expect(() => itemSchema.parse(i)).not.toThrow();
    expect(parsed.flowcharts).toEqual([]);
  });

  it('imports 18 items: 1–5 numbered, 13 without a 序号', () => {
    expect(parsed.items).toHaveLength(18);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', ...Array<undefined>(13).fill(undefined)]);
    expect(parsed.items.map((i) => i.source!.lines[0])).toEqual([13, 39, 68, 98, 124, 151, 174, 197, 220, 239, 253, 268, 282, 297, 311, 326, 343, 357]);
  });

  it('counts the items per category as the 权力类型 column does (six categories)', () => {
    expect(countByCategory(parsed.items)).toEqual({ 行政处罚: 7, 行政强制: 1, 行政给付: 1, 行政检查: 7, 行政备案: 1, 行政奖励: 1 });
  });

  it('describes the bureau, with the stated total 十八项', () => {
    const b = parsed.bureau;
    expect(b.id).toBe('yutian');
    expect(b.name).toBe('玉田县医疗保障局');
    expect(b.short_name).toBe('玉田县医保局');
    expect(b.region).toBe('河北省唐山市玉田县');
    expect(b.level).toBe('县级');
    expect(b.list_title).toBe('玉田县医疗保障局权责清单分表');
    expect(b.version).toEqual({ label: '未注明版本' });
    expect(b.credit_code).toBeUndefined();
    expect(b.source.title).toBe('玉田县医疗保障局权责清单分表');
    expect(b.source.stated_total).toBe(18);
    expect(b.source.summary).toBeUndefined();
    expect(b.source.provenance).toEqual({ file: 'seeds/004_5afba2baab88c242.txt', lines: [1, 373] });
  });

  it('reads row 1: a numbered row with multi-line duties and cases', () => {
    const i = itemAt(13);
    expect(i.number).toBe('1');
    expect(i.name).toBe('对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的处罚');
    expect(i.subitem).toBeUndefined();
    expect(i.category).toBe('行政处罚');
    expect(i.category_label).toBe('行政处罚');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(i.department).toBeUndefined();
    expect(i.code).toBeUndefined();
    expect(i.basis).toHaveLength(1);
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》）第八十四条：用人单位不办理社会保险登记的')).toBe(true);
    expect(stages(i)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined]);
    expect(i.duties![7]!.text).toBe('其他法律法规规章文件规定应履行的责任。');
    expect(i.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：');
    expect(i.accountability!.cases).toHaveLength(10);
    expect(i.accountability!.cases[0]).toBe('没有法律和事实依据实施行政处罚的；');
    expect(i.accountability!.cases[9]).toBe('其他违反法律法规规章文件规定的行为。');
    expect(i.remarks).toBeUndefined();
    expect(i.source).toEqual({ file: 'seeds/004_5afba2baab88c242.txt', lines: [13, 37] });
  });

  it('reads row 2: a bookmark removed from the name, a numbered basis list', () => {
    const i = itemAt(39);
    expect(i.number).toBe('2');
    expect(i.name).toBe('对医疗保障经办机构骗取医疗保障基金支出的处罚');
    expect(i.category).toBe('行政处罚');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(i.basis).toHaveLength(1);
    expect(i.basis[0]).toMatchObject({ numbering: '1.' });
    expect((i.basis[0] as { items: string[] }).items).toHaveLength(4);
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》第八十七条：社会保险经办机构以及医疗机构')).toBe(true);
    expect(stages(i)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined]);
    expect(i.accountability!.cases).toHaveLength(10);
    expect(i.source!.lines).toEqual([39, 66]);
  });

  it('reads the first unnumbered row (line 151): no 序号, no 备注 cell', () => {
    const i = itemAt(151);
    expect(i.number).toBeUndefined();
    expect(i.name).toBe('对定点医药机构违反管理规定、拒绝监督检查或者提供虚假情况的处罚');
    expect(i.category).toBe('行政处罚');
    expect(i.category_label).toBe('行政处罚');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(firstPassage(i.basis).startsWith('《医疗保障基金使用监督管理条例》第三十九条：定点医药机构有下列情形之一的')).toBe(true);
    expect(stages(i)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined]);
    expect(i.accountability!.cases).toHaveLength(10);
    expect(i.source!.lines).toEqual([151, 173]);
  });

  it('reads the 行政强制 row: ASCII colons and a （一）…（五） list inside a stage', () => {
    const i = itemAt(197);
    expect(i.number).toBeUndefined();
    expect(i.name).toBe('对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存');
    expect(i.category).toBe('行政强制');
    expect(i.category_label).toBe('行政强制');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(i.basis).toEqual([
      {
        numbering: '1.',
        items: [
          '《中华人民共和国社会保险法》第七十九条：对可能被转移、隐匿或者灭失的资料予以封存',
          '《医疗保障基金使用监督管理条例》第二十七条：对可能被转移、隐匿或者灭失的资料等予以封存',
          '《医疗保障行政处罚程序暂行规定》第十八条：对可能被转移、隐匿或者灭失的资料等予以封存',
        ],
      },
    ]);
    expect(stages(i)).toEqual(['决定责任', '执行责任', '保管责任', undefined]);
    expect(i.duties![1]!.text).toEqual([
      '由医疗保障行政主管部门实施封存，并出具封存决定书，决定书应当载明下列事项：',
      {
        numbering: '（一）',
        items: [
          '当事人的姓名或者名称、地址；',
          '封存的理由、依据和期限；',
          '封存场所、设施或者财物的名称、数量等；',
          '申请行政复议或者提起行政诉讼的途径和期限；',
          '医疗保障行政部门的名称、印章和日期。封存清单一式两份，由当事人和医疗保障行政部门分别保存。',
        ],
      },
    ]);
    expect(i.accountability!.cases).toHaveLength(7);
    expect(i.source!.lines).toEqual([197, 219]);
  });

  it('reads 生育津贴给付: bookmarks in the subject and inside the duties, a basis with a sub-list', () => {
    const i = itemAt(220);
    expect(i.name).toBe('生育津贴给付');
    expect(i.category).toBe('行政给付');
    expect(i.category_label).toBe('行政给付');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(i.basis).toEqual([
      '【法律】《中华人民共和国社会保险法》第五十六条：职工有下列情形之一的,可以按照国家规定享受生育津贴:',
      { numbering: '（一）', items: ['女职工生育享受产假；', '享受计划生育手术休假；', '法律、法规规定的其他情形。'] },
      '生育津贴按照职工所在用人单位上年度职工月平均工资计发。',
    ]);
    expect(stages(i)).toEqual(['受理责任', '审查责任', '决定责任', '事后监管责任', undefined]);
    expect(i.duties![2]!.text).toBe('符合条件的，于10个工作日内向参保单位拨付生育津贴。');
    expect(i.accountability!.cases).toHaveLength(5);
    expect(i.source!.lines).toEqual([220, 238]);
  });

  it('reads the row whose basis numbering lacks its dot (line 314): paragraphs kept word for word', () => {
    const i = itemAt(311);
    expect(i.name).toBe('对公立医疗机构药品和高值医用耗材集中采购行为合规性的监督检查');
    expect(i.category).toBe('行政检查');
    expect(i.basis).toHaveLength(2);
    expect(firstPassage(i.basis).startsWith('1《国务院办公厅关于推动药品集中带量采购工作常态化制度化开展的意见》（国办发〔2021〕2号）第十八条：')).toBe(true);
    expect((i.basis[1] as string).startsWith('2.《河北省医疗保障局 河北省财政厅 河北省卫生健康委员会 河北省市场监督管理局')).toBe(true);
    expect(stages(i)).toEqual(['检查责任', '处置责任', '移送责任', '事后管理责任', '其他责任']);
    expect(i.duties![4]!.text).toBe('法律法规规章等规定应履行的责任。');
    expect(i.accountability!.cases).toHaveLength(4);
  });

  it('reads 医疗保险稽核: cases numbered 1、…4、 then 5. 6.', () => {
    const i = itemAt(326);
    expect(i.name).toBe('医疗保险稽核');
    expect(i.category).toBe('行政检查');
    expect(firstPassage(i.basis).startsWith('《中华人民共和国社会保险法》（中华人民共和国主席令第35号，2018年12月29日施行）第三十一条：')).toBe(true);
    expect(stages(i)).toEqual(['检查责任', '处置责任', '移送责任', '事后管理责任', '其他责任']);
    expect(i.accountability!.cases).toHaveLength(6);
    expect(i.accountability!.cases[4]).toBe('在稽核工作中滥用职权、徇私舞弊、玩忽职守的；');
  });

  it('reads the 行政备案 row across the blank line 347', () => {
    const i = itemAt(343);
    expect(i.name).toBe('基本医疗保险参保人员异地就医备案');
    expect(i.category).toBe('行政备案');
    expect(i.category_label).toBe('行政备案');
    expect(i.subject).toBe('玉田县医疗保障局');
    expect(i.basis).toEqual([
      '《中华人民共和国社会保险法》第二十九条：参保人员医疗费用中应当由基本医疗保险基金支付的部分，由社会保险经办机构与医疗机构、药品经营单位直接结算。社会保险行政部门和卫生行政部门应当建立异地就医医疗费用结算制度，方便参保人员享受基本医疗保险待遇。',
    ]);
    expect(stages(i)).toEqual(['受理责任', '公示责任', '监督责任', undefined]);
    expect(i.accountability!.cases).toEqual([
      '对参保人员异地就医备案应当依法受理、不受理的；',
      '泄露参保人员备案相关信息的；',
      '工作中滥用职权、徇私舞弊、玩忽职守造成不良后果的；',
      '其他违反法律法规规章文件规定的行为。',
    ]);
    expect(i.source!.lines).toEqual([343, 356]);
  });

  it('reads the last row (行政奖励), which ends with an empty 备注 cell', () => {
    const i = itemAt(357);
    expect(i.name).toBe('对举报人举报欺诈骗取医保基金行为进行奖励');
    expect(i.category).toBe('行政奖励');
    expect(i.basis).toEqual(['《河北省违法违规使用医疗保障基金举报奖励办法实施细则》（冀医保规〔2023〕1号）']);
    expect(stages(i)).toEqual(['受理责任', '督办责任', '查处责任', '奖励责任', undefined]);
    expect(i.accountability!.cases).toHaveLength(6);
    expect(i.remarks).toBeUndefined();
    expect(i.source!.lines).toEqual([357, 373]);
  });

  it('reports the unnumbered rows, the mixed markers, the missing dot and the missing version', () => {
    const disagreements = parsed.report.filter((e) => e.kind === 'disagreement');
    expect(disagreements.find((e) => e.text.includes('没有序号'))?.lines).toEqual([151, 357]);
    const mixed = disagreements.filter((e) => e.text.includes('混用')).map((e) => e.lines);
    expect(mixed).toEqual([[336, 342], [352, 356], [366, 372]]);
    expect(disagreements.find((e) => e.text.includes('缺少标点'))?.lines).toEqual([314, 315]);
    expect(disagreements.some((e) => e.text.includes('称共'))).toBe(false);
    const decisions = parsed.report.filter((e) => e.kind === 'decision');
    expect(decisions.some((e) => e.text.includes('未注明版本'))).toBe(true);
    expect(decisions.find((e) => e.text.includes('stated_total'))?.lines).toEqual([2, 2]);
    expect(decisions.find((e) => e.text.includes('空行位于'))?.lines).toEqual([347, 347]);
    expect(decisions.find((e) => e.text.includes('bookmark'))?.text).toContain('第 41、70、100、126、152、175、198、222、230、240、254 行');
  });

  it('reports a U+FFFD when a line holds one, and none for this seed', () => {
    expect(parsed.report.some((e) => e.text.includes('U+FFFD'))).toBe(false);
    const broken = seed.replace('审查核对病历资料。', '审查核对病\ufffd资料。');
    const report = yutianParser.parse(broken).report.filter((e) => e.text.includes('U+FFFD'));
    expect(report.map((e) => e.lines)).toEqual([[229, 229]]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(yutianParser.parse(seed))).toBe(JSON.stringify(parsed));
  });
});
