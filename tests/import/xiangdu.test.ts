import { describe, expect, it } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { assignItemIds } from '../../src/import/assign-ids.ts';
import { xiangduParser } from '../../src/import/parsers/xiangdu.ts';
import type { ParsedItem } from '../../src/import/types.ts';
import { countByCategory, parseSeed, stages } from './seed-test-helpers.ts';

const { text, parsed } = parseSeed(xiangduParser);
const byNumber = (n: string): ParsedItem => {
  const found = parsed.items.find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};
const disagreements = parsed.report.filter((e) => e.kind === 'disagreement').map((e) => e.text);
const PUNISHMENT_STAGES = ['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined];

describe('xiangduParser', () => {
  it('names its seed and slug', () => {
    expect(xiangduParser.slug).toBe('xiangdu');
    expect(xiangduParser.seedFile).toBe('002_53652f109c077542.txt');
  });

  it('reads the 17 items of the detail table, numbered 1 to 17', () => {
    expect(parsed.items).toHaveLength(17);
    expect(parsed.items.map((i) => i.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
  });

  it('counts the items per category as the detail rows give them', () => {
    // Read from the 权力类型 column of seed 002 (lines 41-77): 1-7 行政处罚, 8 行政强制, 9-11 行政检查,
    // 12 其他行政职权, 13 行政确认, 14 行政给付, 15-16 行政确认, 17 行政备案.
    expect(countByCategory(parsed.items)).toEqual({ 行政处罚: 7, 行政强制: 1, 行政检查: 3, 其他行政权力: 1, 行政确认: 3, 行政给付: 1, 行政备案: 1 });
  });

  it('produces items that pass the item schema (item 17, whose 责任事项 column is empty, has no duties)', () => {
    const failing: string[] = [];
    for (const item of assignItemIds(parsed.items)) {
      const result = itemSchema.safeParse(item);
      if (!result.success) failing.push(`${item.number}: ${result.error.issues.map((i) => i.path.join('.')).join(',')}`);
    }
    expect(failing).toEqual([]);
    expect(() => bureauSchema.parse(parsed.bureau)).not.toThrow();
    expect(parsed.flowcharts).toEqual([]);
  });

  it('gives the bureau its metadata, and the title and version the document prints', () => {
    const { bureau } = parsed;
    expect(bureau.id).toBe('xiangdu');
    expect(bureau.name).toBe('邢台市襄都区医疗保障局');
    expect(bureau.short_name).toBe('襄都区医保局');
    expect(bureau.region).toBe('河北省邢台市襄都区');
    expect(bureau.level).toBe('县级');
    expect(bureau.list_title).toBe('邢台市襄都区医疗保障局权责清单（2025年版）');
    expect(bureau.version).toEqual({ label: '2025年版' });
    expect(bureau.contacts).toBeUndefined();
    expect(bureau.source.provenance).toEqual({ file: 'seeds/002_53652f109c077542.txt', lines: [3, 77] });
  });

  it('keeps the 统计表 as printed: every category with its stated count and entries, and the 合计', () => {
    const summary = parsed.bureau.source.summary!;
    expect(parsed.bureau.source.stated_total).toBe(17);
    expect(summary.map((c) => [c.category_label, c.category, c.stated_count, c.items.length, c.line])).toEqual([
      ['行政许可', '行政许可', 0, 0, 6],
      ['行政处罚', '行政处罚', 7, 7, 7],
      ['行政强制', '行政强制', 1, 1, 15],
      ['行政征收', '行政征收', 0, 0, 18],
      ['行政给付', '行政给付', 1, 1, 19],
      ['行政检查', '行政检查', 3, 3, 21],
      ['行政确认', '行政确认', 3, 3, 25],
      ['行政奖励', '行政奖励', 0, 0, 29],
      ['行政裁决', '行政裁决', 0, 0, 30],
      ['行政备案', '行政备案', 1, 1, 31],
      ['其他类', '其他行政权力', 1, 1, 34],
    ]);
    expect(summary[9]!.items).toEqual([{ number: '16', name: '襄都区基本医疗保险参保人员异地就医备案', line: 33 }]);
  });

  it('reads item 1: <ol> lists without <li> in 责任事项 and 追责情形 (line 41)', () => {
    const item = byNumber('1');
    expect(item.category).toBe('行政处罚');
    expect(item.category_label).toBe('行政处罚');
    expect(item.name).toBe('对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的处罚');
    expect(item.subitem).toBeUndefined();
    expect(item.subject).toBe('襄都区医疗保障局');
    expect(item.department).toBeUndefined();
    expect(item.code).toBeUndefined();
    expect(item.basis).toEqual(['《中华人民共和国社会保险法》第八十四条']);
    expect(stages(item)).toEqual(PUNISHMENT_STAGES);
    expect(item.duties![0]!.text).toBe('对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的违法行为，予以审查，决定是否立案。');
    expect(item.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：');
    expect(item.accountability!.cases).toHaveLength(11);
    expect(item.accountability!.cases[10]).toBe('其他违反法律法规规章文件规定的行为。');
    expect(item.source).toEqual({ file: 'seeds/002_53652f109c077542.txt', lines: [41, 41] });
  });

  it('reads item 3: <p> paragraphs numbered 1. 2. (line 45)', () => {
    const item = byNumber('3');
    expect(item.category).toBe('行政处罚');
    expect(item.name).toBe('对医疗保险经办机构以及医疗机构、药品经营单位等医疗保险服务机构以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险基金支出的处罚');
    expect(item.subject).toBe('襄都区医疗保障局');
    expect(item.basis).toHaveLength(4);
    expect(item.basis[0]).toBe('1. 《中华人民共和国社会保险法》第八十七条');
    expect(stages(item)).toEqual(PUNISHMENT_STAGES);
    expect(item.accountability!.cases).toHaveLength(11);
  });

  it('reads item 4: plain text with the numbering run together (line 48)', () => {
    const item = byNumber('4');
    expect(item.category).toBe('行政处罚');
    expect(item.name).toBe('对以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险待遇的处罚');
    expect(item.subject).toBe('襄都区医疗保障局');
    expect(item.basis).toEqual([
      '1. 《中华人民共和国社会保险法》第八十八条',
      '2. 《中华人民共和国基本医疗卫生与健康促进法》第一百零四条',
      '3. 《河北省社会救助实施办法》(河北省人民政府令〔2015〕第7号)第六十三条',
      '4. 《河北省社会保险基金监督办法》(河北省人民政府令〔2018〕第1号)第四十七条',
    ]);
    expect(stages(item)).toEqual(PUNISHMENT_STAGES);
    expect(item.accountability!.cases).toHaveLength(11);
  });

  it('reads item 12: 其他行政职权, one stage, 追责情形 a single paragraph (line 68)', () => {
    const item = byNumber('12');
    expect(item.category).toBe('其他行政权力');
    expect(item.category_label).toBe('其他行政职权');
    expect(item.name).toBe('建立医疗卫生机构、人员等信用记录制度，纳入全国信用信息共享平台，对其失信行为按照国家规定实施联合惩戒');
    expect(item.subject).toBe('襄都区医疗保障局');
    expect(item.basis).toEqual(['《中华人民共和国基本医疗卫生与健康促进法》第九十三条']);
    expect(item.duties).toEqual([{ stage: '记录职责', text: '建立医疗卫生机构、人员等信用记录制度并进行记录，纳入全国信用信息共享平台' }]);
    expect(item.accountability!.intro).toBeUndefined();
    expect(item.accountability!.cases).toHaveLength(1);
  });

  it('reads item 13: markers without spaces (1.受理责任：…2.审查责任：…) and a name that differs from the 统计表 (line 71)', () => {
    const item = byNumber('13');
    expect(item.category).toBe('行政确认');
    expect(item.category_label).toBe('行政确认');
    expect(item.name).toBe('襄都区基本医疗保险参保人员门诊慢特病种待遇认定');
    expect(item.subject).toBe('邢台市襄都区医疗保障局');
    expect(item.basis[0]).toBe('1.《关于印发邢台市城镇职工基本医疗保险门诊特殊疾病管理办法的通知》（邢人社规〔2018〕11号）；');
    expect(stages(item)).toEqual(['受理责任', '审查责任', '决定责任']);
    expect(item.accountability!.intro).toBe('因不履行或不正确履行经办职责，有下列情形的，鉴定工作人员应承担相应责任：');
    expect(item.accountability!.cases).toHaveLength(3);
  });

  it('reads item 17: no 责任事项 and no 追责情形, the text of the 备注 column kept as remarks (line 77)', () => {
    const item = byNumber('17');
    expect(item.category).toBe('行政备案');
    expect(item.category_label).toBe('行政备案');
    expect(item.name).toBe('襄都区基本医疗保险参保人员异地就医备案');
    expect(item.subject).toBe('邢台市襄都区医疗保障局');
    expect(item.basis).toEqual([
      '《国家医保局、财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》 《河北省医疗保障局河北省财政厅关于进一步优化基本医疗保险跨省异地就医直接结算服务等有关事宜的通知》 （冀医保规〔2022〕6号）',
    ]);
    expect(item.duties).toBeUndefined();
    expect(item.accountability).toBeUndefined();
    expect(item.remarks).toBe('参保人在河北智慧医保申请备案→查询备案结果备案成功。参保人持社保卡在就诊医院登记备案，出院后就可以在外省医院直接报销。');
  });

  it('reports the disagreements between the 统计表 and the detail table', () => {
    expect(disagreements).toEqual(
      expect.arrayContaining([
        '汇总表第13号「襄都区基本医疗保险参保人员门诊慢特病病种待遇认定」与明细表第13项「襄都区基本医疗保险参保人员门诊慢特病种待遇认定」（第 71 行）名称不同。',
        '汇总表第9号「襄都区参保女职工生育津贴申领」在明细表中是第14项（第 72 行），序号不同。',
        '汇总表第17号「建立医疗卫生机构、人员等信用记录制度，纳入全国信用信息共享平台，对其失信行为按照国家规定实施联合惩戒」在明细表中是第12项（第 68 行），序号不同。',
        '同一类别的名称写法不同：汇总表为「其他类」，明细表为「其他行政职权」（都归入标准类别“其他行政权力”）。',
        '第17项「襄都区基本医疗保险参保人员异地就医备案」：责任事项一栏为空。',
        '第2项「对将本人的基本医疗保险凭证出借给他人就医或者出借给医疗机构使用的处罚」的立案责任与第1项逐字相同（「对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注…」），写的是第1项的违法行为，按原文保留。',
        '第16项「襄都区参保单位职工医疗保险费申报核定」的追责情形最后一项「未严格按照相关政策、法律、法规履行审查义务的，对应当予以认定的不予认定，或者对不应认定的予以认定；」以分号结束，列表可能不完整，按原文保留。',
      ]),
    );
    // Counts agree: 合计 17, each category's stated count equals its entries and its detail rows.
    expect(disagreements.filter((t) => /项，(下面列出|明细表)|文件称共|之和/.test(t))).toEqual([]);
  });

  it('is deterministic', () => {
    expect(xiangduParser.parse(text)).toEqual(parsed);
  });
});
