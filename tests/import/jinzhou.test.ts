import { describe, expect, it } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { assignItemIds } from '../../src/import/assign-ids.ts';
import { jinzhouParser } from '../../src/import/parsers/jinzhou.ts';
import type { ParsedItem } from '../../src/import/types.ts';
import { countByCategory, parseSeed, stages } from './seed-test-helpers.ts';

const { text, parsed } = parseSeed(jinzhouParser);
const byNumber = (n: string): ParsedItem => {
  const found = parsed.items.find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};
const disagreements = parsed.report.filter((e) => e.kind === 'disagreement').map((e) => e.text);

describe('jinzhouParser', () => {
  it('names its seed and slug', () => {
    expect(jinzhouParser.slug).toBe('jinzhou');
    expect(jinzhouParser.seedFile).toBe('000_813c87bb2841e2da.txt');
  });

  it('reads the 26 items of the 分表, numbered 1 to 26', () => {
    expect(parsed.items).toHaveLength(26);
    expect(parsed.items.map((i) => i.number)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
  });

  it('counts the items per category as the detail rows give them', () => {
    // Read from the 权力类型 column of seed 000: rows 1-3 行政处罚, 4 行政强制, 5 行政给付,
    // 6-10 行政检查, 11-16 行政确认, 17-26 其他权力 (row 21 prints 其他 / 权力 across a page break).
    expect(countByCategory(parsed.items)).toEqual({ 行政处罚: 3, 行政强制: 1, 行政给付: 1, 行政检查: 5, 行政确认: 6, 其他行政权力: 10 });
    expect(parsed.items.filter((i) => i.category_label === '其他权力')).toHaveLength(10);
  });

  it('produces items and a bureau that pass the schemas', () => {
    for (const item of assignItemIds(parsed.items)) expect(() => itemSchema.parse(item)).not.toThrow();
    expect(() => bureauSchema.parse(parsed.bureau)).not.toThrow();
    expect(parsed.flowcharts).toEqual([]);
  });

  it('gives the bureau its metadata, title and version as the document states (no version)', () => {
    const { bureau } = parsed;
    expect(bureau.id).toBe('jinzhou');
    expect(bureau.name).toBe('晋州市医疗保障局');
    expect(bureau.short_name).toBe('晋州医保局');
    expect(bureau.region).toBe('河北省石家庄市晋州市');
    expect(bureau.level).toBe('县级');
    expect(bureau.list_title).toBe('晋州市医疗保障局权责清单事项分表');
    expect(bureau.version).toEqual({ label: '未注明版本' });
    expect(bureau.contacts).toBeUndefined();
    expect(bureau.source.provenance).toEqual({ file: 'seeds/000_813c87bb2841e2da.txt', lines: [3, 236] });
    expect(parsed.report).toContainEqual(expect.objectContaining({ kind: 'decision', text: expect.stringContaining('文件没有注明版本') }));
  });

  it('keeps the 事项总表 as printed: entries per category, stated counts and the stated total', () => {
    const summary = parsed.bureau.source.summary!;
    expect(parsed.bureau.source.stated_total).toBe(26);
    expect(summary.map((c) => [c.category_label, c.category, c.stated_count, c.items.length, c.line])).toEqual([
      ['行政处罚', '行政处罚', 3, 3, 8],
      ['行政强制', '行政强制', 1, 1, 12],
      ['行政给付', '行政给付', 1, 1, 16],
      ['行政检查', '行政检查', 4, 4, 18],
      ['行政确认', '行政确认', 7, 7, 23],
      ['其他权力', '其他行政权力', 11, 10, 33],
    ]);
    expect(summary[4]!.items[0]).toEqual({ number: '10', name: '医保定点医药机构协议管理的指导和监督管理工作', line: 24 });
    expect(summary[5]!.items.at(-1)).toEqual({ number: '26', name: '特殊规定药品使用备案', line: 47 });
    // Line 40 prints 丙肝门 诊: the space between the two characters is dropped.
    expect(summary[5]!.items[4]).toEqual({ number: '21', name: '基本医疗保险参保人员享受门诊慢特病病种待遇认定、丙肝门诊抗病毒治疗', line: 40 });
  });

  it('reads item 1: HTML cells, 责任事项 cut mid-sentence by a page break (lines 54-57)', () => {
    const item = byNumber('1');
    expect(item.category).toBe('行政处罚');
    expect(item.category_label).toBe('行政处罚');
    expect(item.name).toBe('对用人单位不办理医疗保险登记的处罚');
    expect(item.subitem).toBeUndefined();
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('综合科');
    expect(item.code).toBeUndefined();
    expect(item.basis[0]).toBe(
      '【法律】《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处五百元以上三千元以下的罚款。',
    );
    expect(stages(item)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined]);
    expect(item.duties![3]!.text).toBe('作出行政处罚决定前，应制作《行政处罚告知书》送达当事人，告知违法事实及其享有的陈述、申辩等权利。符合听证规定的，制作并送达《行政处罚听证告知书》。');
    expect(item.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：');
    expect(item.accountability!.cases).toHaveLength(10);
    expect(item.remarks).toBeUndefined();
    expect(item.source).toEqual({ file: 'seeds/000_813c87bb2841e2da.txt', lines: [54, 57] });
  });

  it('reads item 8: name, subject and 备注 cut mid-word, plain text continued by HTML (lines 89-98)', () => {
    const item = byNumber('8');
    expect(item.category).toBe('行政检查');
    expect(item.category_label).toBe('行政检查');
    expect(item.name).toBe('对定点医疗机构、零售药店违反社会保险法律法规的监督检查');
    expect(item.subitem).toBeUndefined();
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('综合科、晋州市医疗保险中心');
    expect(item.remarks).toBeUndefined();
    expect(item.basis[0]).toBe(
      '1、《河北省基本医疗保险服务监督管理办法》第十六条社会保险行政部门应当加强对基本医疗保险服务以及有关活动的监督检查，依法调查处理违反基本医疗保险法律、法规、规章的行为。对事实清楚、证据确凿的违法行为，社会保险行政部门应当依法处理或者及时移送有关部门依法处理；《河北省基本医疗保险服务监督管理办法》第十七条，社会保险行政部门对基本医疗保险服务以及有关活动进行监督检查时，可以采取下列措施：',
    );
    expect(item.basis.at(-1)).toBe('2、《河北省医疗保障基金监管办法》预防与内控、监督检查、责任追究所规定的内容。全文。');
    expect(stages(item)).toEqual(['检查责任', '处置责任', '移送责任', '事后管理责任', undefined]);
    expect(item.accountability!.intro).toBe('因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任：');
    expect(item.accountability!.cases).toHaveLength(5);
    expect(item.source!.lines).toEqual([89, 98]);
  });

  it('reads item 11: 子项 written in brackets, six pages of 实施依据 (lines 109-124)', () => {
    const item = byNumber('11');
    expect(item.category).toBe('行政确认');
    expect(item.category_label).toBe('行政确认');
    expect(item.name).toBe('基本医疗保险参保和变更登记');
    expect(item.subitem).toBe('单位参保登记');
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('晋州市医疗保障中心');
    expect(item.remarks).toBe('(政务服务事项)');
    expect(item.basis[0]).toBe('1、《中华人民共和国社会保险法》(主席令第35号)第八条社会保险经办机构提供社会保险服务,负责社会保险登记、个人权益记录、社会保险待遇支付等工作。');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '决定责任', '送达责任', '事后监管责任', undefined]);
    expect(item.accountability!.cases).toHaveLength(4);
    expect(item.source!.lines).toEqual([109, 124]);
  });

  it('reads item 14: a stage label followed by a space instead of a colon (lines 159-165)', () => {
    const item = byNumber('14');
    expect(item.name).toBe('基本医疗保险参保和变更登记');
    expect(item.subitem).toBe('单位参保信息变更登记');
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('晋州市医疗保障中心');
    expect(item.remarks).toBe('（政务服务事项）');
    expect(item.basis[0]).toBe('1、《中华人民共和国社会保险法》（主席令第35号）第八条社会保险经办机构提供社会保险服务，负责社会保险登记、个人权益记录、社会保险待遇支付等工作。');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '决定责任', '送达责任', undefined]);
    expect(item.duties![1]).toEqual({ stage: '审查责任', text: '按照“事项清单”审核材料完整性、有效性。' });
    expect(item.accountability!.cases).toHaveLength(4);
  });

  it('reads item 20: 主项/子项, every column cut by a page break, a remark running over two pages (lines 209-215)', () => {
    const item = byNumber('20');
    expect(item.category).toBe('其他行政权力');
    expect(item.category_label).toBe('其他权力');
    expect(item.name).toBe('基本医疗保险参保信息查询和个人账户一次性支取');
    expect(item.subitem).toBe('参保人员个人账户一次性支取');
    // 晋州市医 / 医疗保障局: the 医 is printed on both pages; kept and reported.
    expect(item.subject).toBe('晋州市医医疗保障局');
    expect(item.department).toBe('晋州市医疗保险中心');
    expect(item.remarks).toBe(
      '（政务服务事项《中华人民共和国社会保险法》第七十四条,“以及享受社会保险待遇等个人权益记录,定期将个人权益记录单免费寄送本人。”及《社会保险费征缴暂行条例》第十六条“社会保险经办机构应当至少每年向缴费个人发送一次基本养老保险、基本医疗保险个人账户通知单。”中个人权益记录和个人账户可通过石家庄医保APP查询。',
    );
    expect(item.basis[0]).toBe('1、《中华人民共和国社会保险法》(主席令第35号)第八条社会保险经办机构提供社会保险服务,负责社会保险登记,个人权益记录、社会保险待遇支付等工作。');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '决定责任', '送达责任', undefined]);
    expect(item.duties![0]!.text).toBe('参保人按照《石家庄市医疗保险经办政务服务事项清单》的要求,提供受理材料,材料不全的一次性告知补充材料;');
    expect(item.accountability!.intro).toBe('因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任:');
    expect(item.accountability!.cases).toHaveLength(4);
    expect(disagreements).toContain('第20项的行政主体在分页处前后重复了「医」字（接为「晋州市医医疗保障局」），按原文保留。');
  });

  it('reads item 21: the category itself cut by a page break (其他 / 权力, lines 216-222)', () => {
    const item = byNumber('21');
    expect(item.category).toBe('其他行政权力');
    expect(item.category_label).toBe('其他权力');
    expect(item.name).toBe('基本医疗保险参保人员享受门诊慢特病病种待遇认定、丙肝门诊抗病毒治疗');
    expect(item.subitem).toBeUndefined();
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('晋州市医疗保险中心');
    expect(item.remarks).toBe('（政务服务事项）');
    expect(item.basis[0]).toBe('1、门诊慢性病病种待遇认定：《石家庄市基本医疗保险慢性病病种认定及门诊就医管理办法》（石医保字〔2020〕69号）全文。');
    expect(item.basis.at(-1)).toBe('4、《关于妥善解决医疗保险制度改革有关问题的指导意见》(劳社厅发〔2002〕8号)全文。');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '决定责任', '送达责任', '事后管理责任', undefined]);
    expect(item.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：');
    expect(item.accountability!.cases).toHaveLength(3);
    expect(item.source!.lines).toEqual([216, 222]);
  });

  it('reads item 24: an unnumbered 追责情形 paragraph kept as a case of its own (lines 227-230)', () => {
    const item = byNumber('24');
    expect(item.category).toBe('其他行政权力');
    expect(item.name).toBe('基本医疗保险参保人员异地就医备案');
    expect(item.subject).toBe('晋州市医疗保障局');
    expect(item.department).toBe('晋州市医疗保障中心');
    expect(item.basis[0]).toBe('1、《国家医保局 财政部关于切实做好2019年跨省异地就医住院费用直接结算工作的通知》（医保发〔2019〕33号）全文。');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '事后管理责任', undefined]);
    expect(item.accountability!.cases).toHaveLength(5);
    expect(item.accountability!.cases[1]).toBe('不符合备案条件办理的；');
  });

  it('reports a decision for every continuation line of the detail table', () => {
    // Lines of seed 000 whose 序号 cell is empty (read from the seed).
    const continuationLines = [
      57, 61, 65, 69, 75, 78, 81, 88, 92, 95, 98, 102, 106, 112, 115, 118, 121, 124, 128, 131, 134, 137, 140, 144, 147, 150, 153, 156, 162, 165,
      169, 172, 176, 179, 182, 186, 189, 192, 195, 201, 204, 208, 212, 215, 219, 222, 230,
    ];
    const joins = parsed.report.filter((e) => e.kind === 'decision' && e.text.includes('在分页处断开')).map((e) => e.lines![1]);
    expect(joins).toEqual(continuationLines);
  });

  it('reports the disagreements between the stated total, the 事项总表 and the 分表', () => {
    expect(disagreements).toEqual(
      expect.arrayContaining([
        '事项总表「其他权力」的类别及序号在 9 之后是 11（缺 10）。',
        '汇总表「其他权力」标注 11 项，下面列出 10 项。',
        '汇总表「其他权力」为 11 项，明细表中该类实际有 10 项。',
        '汇总表「行政检查」为 4 项，明细表中该类实际有 5 项。',
        '汇总表「行政确认」为 7 项，明细表中该类实际有 6 项。',
        '汇总表各类标注的项数之和为 27（行政处罚 3 + 行政强制 1 + 行政给付 1 + 行政检查 4 + 行政确认 7 + 其他权力 11），与所称总数 26 不符。',
        '汇总表第10号「医保定点医药机构协议管理的指导和监督管理工作」在汇总表中列于「行政确认」，明细表第10项为「行政检查」（第 103 行）。',
        '汇总表第10号「医保定点医药机构协议管理的指导和监督管理工作」与明细表第10项「对医保定点医院医药机构协议管理的指导和监督管理工作」（第 103 行）名称不同。',
        '汇总表第4号「对可能被转移、隐匿或者灭失的医疗保险基金收支、管理相关的资料予以封存」与明细表第4项「对可能被转移、隐匿或者灭失的医疗保障基金收支、管理相关的资料予以封存」（第 66 行）名称不同。',
        '汇总表第8号「定点医疗机构、零售药店违反社会保险法律法规的监督检查」与明细表第8项「对定点医疗机构、零售药店违反社会保险法律法规的监督检查」（第 89 行）名称不同。',
        '汇总表第25号「制定和调整公立医疗机构医疗服务项目政府指导价格」与明细表第25项「制定和调整公立医疗机构医疗服务项目政府指导价」（第 233 行）名称不同。',
        '汇总表第17号「基本医疗保险参保人员医疗费用手工（零星）报销」与明细表第17项「基本医疗保险参保人员医疗费用手工(零星)报销」（第 183 行）只在括号或标点的全角/半角写法上不同。',
      ]),
    );
    // The stated total (共六类、26项) agrees with the 26 rows and the 26 entries: no entry for it.
    expect(disagreements.filter((t) => t.startsWith('文件称共'))).toEqual([]);
  });

  it('gives every report entry seed lines inside the document, except totals over the whole summary', () => {
    for (const entry of parsed.report) {
      if (!entry.lines) continue;
      expect(entry.lines[0]).toBeGreaterThanOrEqual(1);
      expect(entry.lines[1]).toBeLessThanOrEqual(236);
      expect(entry.lines[0]).toBeLessThanOrEqual(entry.lines[1]);
    }
  });

  it('is deterministic', () => {
    expect(jinzhouParser.parse(text)).toEqual(parsed);
  });
});
