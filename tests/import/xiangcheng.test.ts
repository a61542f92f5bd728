/**
 * Seed 003 (项城市医疗保障局). Expected values are copied from the seed text by hand; the line
 * numbers in comments point at where they were read.
 */
import { describe, expect, test } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { flowchartSchema } from '../../src/content/flowchart-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { assignItemIds } from '../../src/import/assign-ids.ts';
import { chartsForItem, parseXiangchengCharts } from '../../src/import/parsers/xiangcheng-charts.ts';
import { xiangchengParser } from '../../src/import/parsers/xiangcheng.ts';
import type { ParsedItem } from '../../src/import/types.ts';
import { parseSeed, stages } from './seed-test-helpers.ts';

const { text: seedText, parsed } = parseSeed(xiangchengParser);
const { bureau, items, report } = parsed;

function item(categoryLabel: string, number: string): ParsedItem {
  const found = items.filter((i) => i.category_label === categoryLabel && i.number === number);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function reportHas(kind: 'disagreement' | 'decision', fragment: string, lines?: [number, number]) {
  const hits = report.filter((e) => e.kind === kind && e.text.includes(fragment) && (!lines || (e.lines?.[0] === lines[0] && e.lines?.[1] === lines[1])));
  expect(hits, `${kind} containing “${fragment}”`).not.toHaveLength(0);
}

describe('xiangcheng parser: identity', () => {
  test('slug and seed file', () => {
    expect(xiangchengParser.slug).toBe('xiangcheng');
    expect(xiangchengParser.seedFile).toBe('003_cae92fea1141363e.txt');
  });

  test('everything it returns passes the schemas', () => {
    for (const withId of assignItemIds(items)) itemSchema.parse(withId);
    bureauSchema.parse(bureau);
    for (const chart of parsed.flowcharts) flowchartSchema.parse(chart);
  });

  test('output depends only on the text', () => {
    expect(xiangchengParser.parse(seedText)).toEqual(parsed);
  });
});

describe('xiangcheng parser: bureau', () => {
  test('who, where and which version (lines 1, 11, 75)', () => {
    expect(bureau.id).toBe('xiangcheng');
    expect(bureau.name).toBe('项城市医疗保障局');
    expect(bureau.short_name).toBe('项城市医保局');
    expect(bureau.region).toBe('河南省周口市项城市');
    expect(bureau.level).toBe('县级');
    expect(bureau.list_title).toBe('项城市医疗保障局保留的权责清单（行政职权运行流程图）');
    expect(bureau.version).toEqual({ date: '2022-03-05', document_number: '项编办〔2022〕27号' });
    expect(bureau.source.title).toBe('中共项城市委机构编制委员会办公室关于印发医疗保障局权责清单的通知');
    expect(bureau.source.provenance.file).toBe('seeds/003_cae92fea1141363e.txt');
  });

  test('two service phones, each with what it serves; one complaint office and address (lines 185, 937)', () => {
    expect(bureau.contacts).toEqual({
      service_phones: [
        { number: '0394-4662166', serves: '行政处罚、行政强制、行政检查类事项' },
        { number: '0394-4267309', serves: '行政给付、行政确认、行政奖励、其他职权类事项' },
      ],
      complaint_office: '局办公室',
      complaint_phone: '0394-4662166',
      address: '项城市人民路市委办公楼B座602室',
    });
  });

  test('附件1 目录 as printed (lines 13–73)', () => {
    expect(bureau.source.stated_total).toBe(24);
    const summary = bureau.source.summary!;
    expect(summary.map((c) => [c.category_label, c.category, c.stated_count, c.line])).toEqual([
      ['行政许可', '行政许可', 0, 15],
      ['行政处罚', '行政处罚', 6, 16],
      ['行政强制', '行政强制', 1, 29],
      ['行政征收', '行政征收', 0, 31],
      ['行政给付', '行政给付', 6, 32],
      ['行政检查', '行政检查', 5, 46],
      ['行政确认', '行政确认', 3, 58],
      ['行政奖励', '行政奖励', 1, 66],
      ['其他职权', '其他行政权力', 3, 69],
    ]);
    const names = (label: string) => summary.find((c) => c.category_label === label)!.items.map((e) => [e.number, e.name, e.line]);
    expect(names('行政许可')).toEqual([]);
    expect(names('行政处罚')).toEqual([
      [undefined, '对用人单位不办理医疗保险登记的处罚', 17],
      [undefined, '对医疗保险经办机构以及医疗机构、药品经营单位等医疗保险服务机构以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险基金支出的处罚', 19],
      [undefined, '对以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险待遇的处罚', 21],
      [undefined, '对采取虚报、隐瞒、伪造等手段，骗取医疗救助基金的处罚', 23],
      [undefined, '对以违反医药价格管理政策等为手段，骗取医保基金支出行为的处罚。', 25],
      [undefined, '对参加药品采购投标的投标人的违法行为进行监督管理', 27],
    ]);
    expect(names('行政强制')).toEqual([[undefined, '对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存', 30]]);
    expect(names('行政征收')).toEqual([]);
    expect(names('行政给付')).toEqual([
      ['1', '基本医疗保险待遇支付', 34],
      ['2', '生育保险待遇支付', 36],
      ['3', '审核及拨付定点医疗机构和定点药店的医疗费用', 38],
      ['4', '审核及拨付转诊就医参保人员和异地就医人员的医疗费用', 40],
      ['5', '审核及拨付门诊慢性病、门诊重特大疾病异地就医的医疗费用', 42],
      ['6', '城乡居民医疗救助', 44],
    ]);
    expect(names('行政检查')).toEqual([
      ['1', '对用人单位和个人遵守医疗保险法律、法规情况进行监督检查', 48],
      ['2', '对纳入医保支付范围的医疗服务行为和医疗费用及医保经办业务开展监督检查', 50],
      ['3', '对药品、医用耗材价格进行监测和成本调查', 52],
      ['4', '对公立医疗机构药品和高值医用耗材集中采购行为合规性的监督检查', 54],
      ['5', '医疗保险稽核', 56],
    ]);
    expect(names('行政确认')).toEqual([
      ['1', '参保单位、职工基本医疗保险核准、变更登记及医疗保险缴费基数和应缴数额的核定', 60],
      ['2', '医药机构、零售药店申报定点协议管理', 62],
      ['3', '医保门诊重症慢性病鉴定', 64],
    ]);
    expect(names('行政奖励')).toEqual([['1', '对违反医疗保障基金使用监督管理行为的举报奖励', 67]]);
    expect(names('其他职权')).toEqual([
      ['1', '申请办理基本医疗保险关系转移接续', 70],
      ['2', '城乡居民医疗保险核准登记', 72],
      ['3', '基本医疗保险参保人员及离休干部转诊转院办理', 73],
    ]);
  });
});

describe('xiangcheng parser: items', () => {
  test('25 detail tables, all kept, counted per category', () => {
    expect(items).toHaveLength(25);
    const count = (label: string) => items.filter((i) => i.category_label === label).length;
    expect(count('行政处罚')).toBe(6);
    expect(count('行政强制')).toBe(1);
    expect(count('行政给付')).toBe(6);
    expect(count('行政检查')).toBe(5);
    expect(count('行政确认')).toBe(3);
    expect(count('行政奖励')).toBe(1);
    expect(count('其他职权')).toBe(3);
    expect(items.filter((i) => i.category === '其他行政权力')).toHaveLength(3);
  });

  test('行政处罚 1 (lines 91–183)', () => {
    const i = item('行政处罚', '1');
    expect(i.name).toBe('对用人单位不办理医疗保险登记的处罚');
    expect(i.subitem).toBeUndefined();
    expect(i.category).toBe('行政处罚');
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('法规和基金监管股');
    expect(i.code).toBeUndefined();
    expect(i.basis[0]).toBe(
      '《中华人民共和国社会保险法》第八十四条：“用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处五百元以上三千元以下的罚款。”',
    );
    expect(stages(i)).toEqual(['立案', '调查', '审核', '告知', '决定', '送达', '执行', '归档']);
    expect(i.accountability).toBeUndefined();
    expect(i.source).toEqual({ file: 'seeds/003_cae92fea1141363e.txt', lines: [91, 183] });
  });

  test('行政处罚 2: an enumerated basis becomes a list; the space after 第一百零四条 stays (lines 210–214)', () => {
    const i = item('行政处罚', '2');
    expect(i.basis).toHaveLength(1);
    const list = i.basis[0];
    expect(list).toMatchObject({ numbering: '1、' });
    if (typeof list === 'string' || list === undefined) throw new Error('expected a list');
    expect(list.items).toHaveLength(3);
    expect(list.items[0]).toBe(
      '《社会保险法》第八十七条：社会保险经办机构以及医疗机构、药品经营单位等社会保险服务机构以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。',
    );
    expect(list.items[1]!.startsWith('《基本医疗卫生与健康促进法》第一百零四条 基本医疗保险经办机构')).toBe(true);
  });

  test('行政强制 1 (lines 763–852)', () => {
    const i = item('行政强制', '1');
    expect(i.name).toBe('对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存');
    expect(i.subitem).toBeUndefined();
    expect([i.category, i.category_label]).toEqual(['行政强制', '行政强制']);
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('法规和基金监管股');
    expect(i.code).toBeUndefined();
    // 1、 is followed by (一)… and then 2、: no clean 1、2、3 run, so every paragraph stays a paragraph.
    expect(i.basis[0]).toBe(
      '1、《中华人民共和国社会保险法》第七十九条：“社会保险行政部门对社会保险基金的收支、管理和投资运营情况进行监督检查，发现存在问题的，应当提出整改建议，依法作出处理决定或者向有关行政部门提出处理建议。社会保险基金检查结果应当定期向社会公布。社会保险行政部门对社会保险基金实施监督检查，有权采取下列措施：',
    );
    expect(i.basis).toHaveLength(6);
    expect(i.basis[4]).toBe('2、《中华人民共和国价格法》第三十四条……');
    expect(stages(i)).toEqual(['监督', '审批', '检查', '告知', '决定', '执行', '归档']);
    expect(i.accountability).toBeUndefined();
  });

  test('行政给付 6: steps of different sections (lines 1267–1325)', () => {
    const i = item('行政给付', '6');
    expect(i.name).toBe('城乡居民医疗救助');
    expect(i.subitem).toBeUndefined();
    expect([i.category, i.category_label]).toEqual(['行政给付', '行政给付']);
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('镇（办）民政所、项城市医疗救助中心、市医疗保障局、市医疗救助中心');
    expect(i.code).toBeUndefined();
    expect(i.basis).toEqual([
      '《社会救助暂行办法》第二十七条：“国家建立健全医疗救助制度，保障医疗救助对象获得基本医疗卫生服务。”第三十条：“最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府民政部门直接办理。”《国务院办公厅转发民政部等部门关于进一步完善医疗救助制度全面开展重特大疾病医疗救助工作意见的通知》（国办发〔2015〕30号）三、全面开展重特大疾病医疗救助：民政部门要会同有关部门以及城乡居民大病保险承办服务机构，进一步完善信息共享和业务协作机制，共同做好重特大疾病医疗救助相关基础工作。',
    ]);
    expect(stages(i)).toEqual(['受理', '审查', '审批', '支付', '保存记录']);
    expect(i.process).toEqual([
      {
        stage: '受理',
        duty: '个人提出救助申请，乡镇、办事处民政所审查相关材料，材料不齐全或不符合相关要求者一次告知补正，材料齐全且符合其它相关要求时，民政所受理，并将相关材料报送市医疗保障局；',
        section: '镇（办）民政所',
        promised_time_limit: '3个月',
        // The 法定时限 cell prints 无 twice (lines 1276 and 1278).
        legal_time_limit: '无\n无',
        fee: '不收费',
      },
      { stage: '审查', duty: '审核医疗救助的相关手续和资料；', section: '项城市医疗救助中心' },
      { stage: '审批', duty: '主管领导按相关规定予以审批；', section: '市医疗保障局' },
      { stage: '支付', duty: '根据核算结果，由农村信用社实行社会化发放至患者本人银行账户', section: '市医疗保障局' },
      { stage: '保存记录', duty: '保存申请人的医疗救助支付记录。', section: '市医疗救助中心' },
    ]);
    expect(i.duties![0]).toEqual({
      stage: '受理',
      text: '个人提出救助申请，乡镇、办事处民政所审查相关材料，材料不齐全或不符合相关要求者一次告知补正，材料齐全且符合其它相关要求时，民政所受理，并将相关材料报送市医疗保障局；',
    });
    expect(i.time_limits).toBeUndefined();
    expect(i.fee).toBeUndefined();
  });

  test('行政检查 2: the detail name, and a row without 办理环节 (lines 1421–1465)', () => {
    const i = item('行政检查', '2');
    expect(i.name).toBe('对纳入基本医疗保险基金支付范围的医疗服务行为和医疗费用加强监督管理');
    expect(i.department).toBe('法规和基金监管股');
    expect(i.basis[0]).toBe(
      '《基本医疗卫生与健康促进法》第八十七条：县级以上人民政府医疗保障主管部门应当提高医疗保障监管能力和水平，对纳入基本医疗保险基金支付范围的医疗服务行为和医疗费用加强监督管理，确保基本医疗保险基金合理使用、安全可控。',
    );
    expect(stages(i)).toEqual(['监督', '检查', '公布', undefined]);
    expect(i.duties![3]).toEqual({ text: '4.其他法律法规规章文件规定应履行的责任。' });
    expect(i.process!.map((s) => s.stage)).toEqual(['监督', '检查', '公布']);
  });

  test('行政检查 5 稽核: every step (lines 1633–1712)', () => {
    const i = item('行政检查', '5');
    expect(i.name).toBe('医疗保险稽核');
    expect(i.department).toBe('项城市医疗保障稽核中心');
    const list = i.basis[0];
    if (typeof list === 'string' || list === undefined) throw new Error('expected a list');
    expect(list.numbering).toBe('1、');
    expect(list.items[0]).toBe(
      '《社会保险法》第三十一条：社会保险经办机构根据管理服务的需要，可以与医疗机构、药品经营单位签订服务协议，规范医疗服务行为。 医疗机构应当为参保人员提供合理、必要的医疗服务。',
    );
    expect(stages(i)).toEqual(['受理', '审查', '决定', '送达', '事后监管', undefined]);
    expect(
      i.process!.map((s) => [s.stage, s.section, s.promised_time_limit, s.legal_time_limit, s.fee]),
    ).toEqual([
      ['受理', '项城市医疗保障稽核中心', '3工作日', '3工作日', '不收费'],
      ['审查', '项城市医疗保障稽核中心', '30工作日', undefined, undefined],
      ['决定', '项城市医疗保障稽核中心', '10工作日', '10工作日', undefined],
      ['送达', '项城市医疗保障稽核中心', '10工作日', '10工作日', undefined],
      ['事后监管', '项城市医疗保障稽核中心', undefined, undefined, undefined],
    ]);
    expect(i.duties![5]).toEqual({ text: '6.其他法律法规规章文件规定应履行的责任。' });
  });

  test('行政确认 3: a section cell naming two offices (lines 1888–1943)', () => {
    const i = item('行政确认', '3');
    expect(i.name).toBe('医保门诊重症慢性病鉴定');
    expect(i.subitem).toBeUndefined();
    expect([i.category, i.category_label]).toEqual(['行政确认', '行政确认']);
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('待遇保障股、项城市社会医疗生育保险中心');
    expect(i.basis[0]).toBe(
      '《周口市人力资源和社会保障局关于印发城镇职工基本医疗保险门诊慢性病管理暂行办法的通知》（周人社[2017]10号），河南省人民政府办公厅关于印发河南省城乡居民基本医疗保险实施办法（试行）的通知（豫政办【2016】194号）《周口市人力资源和社会保障局关于调整周口市重特大疾病医疗保障病种范围及医保限额标准的通知》（周人社【2018】8号）《河南省医疗保障局关于推进门诊重症慢性病鉴定权限下放落实工作的通知》（豫医保办〔2021〕71号）',
    );
    expect(stages(i)).toEqual(['申报', '评审', '公示', '备案', '复审']);
  });

  test('行政奖励 1: every step (lines 1965–2021)', () => {
    const i = item('行政奖励', '1');
    expect(i.name).toBe('对违反医疗保障基金使用监督管理行为的举报奖励');
    expect(i.subitem).toBeUndefined();
    expect([i.category, i.category_label]).toEqual(['行政奖励', '行政奖励']);
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('法规和基金监管股、局领导、财务股');
    expect(i.code).toBeUndefined();
    expect(i.basis[0]).toBe(
      '国家医疗保障局第5号令《医疗保障基金使用监督管理举报处理暂行办法》第21条：经查实符合举报奖励条件的举报，医疗保障行政部门应当按规定予以奖励。《河南省欺诈骗取医疗保障基金行为举报奖励暂行办法实施细则》（试行）（豫医保〔2019〕8号）',
    );
    expect(stages(i)).toEqual(['申请', '批准', '通知', '领取']);
    expect(i.process).toEqual([
      {
        stage: '申请',
        duty: '填写《奖励举报欺诈骗保人员审批表》，进行审核。',
        section: '法规和基金监管股',
        promised_time_limit: '10个工作日',
        // line 1980 holds only full-width spaces; the value follows on line 1982
        legal_time_limit: '10个工作日',
        fee: '不收费',
      },
      { stage: '批准', duty: '医保行政部门负责人批准。5000元以上的经单位集体研究决定。', section: '局领导' },
      { stage: '通知', duty: '发送《欺诈骗取医疗保障基金行为举报奖励通知书》，通知举报人办理领取手续。', section: '法规和基金监管股' },
      {
        stage: '领取',
        duty: '举报人1个月内，持有效证件填写《河南省欺诈骗保举报奖励支付单》领取奖励，预期不领视为自动放弃。',
        section: '法规和基金监管股、财务股',
        promised_time_limit: '1个月',
        legal_time_limit: '1个月',
      },
    ]);
  });

  test('其他职权 3 (lines 2170–2193)', () => {
    const i = item('其他职权', '3');
    expect(i.name).toBe('基本医疗保险参保人员及离休干部转诊转院办理');
    expect(i.subitem).toBeUndefined();
    expect([i.category, i.category_label]).toEqual(['其他行政权力', '其他职权']);
    expect(i.subject).toBe('项城市医疗保障局');
    expect(i.department).toBe('项城市离休干部医疗服务中心');
    expect(i.code).toBeUndefined();
    expect(i.basis[0]).toBe(
      '《国务院关于建立城镇职工基本医疗保险制度的决定》（国发【1998】44号）第4、5条，《周口地区行政公署关于印发周口地区地直单位城镇职工基本医疗保险暂行办法的通知》（周署【1999】121号），河南省人力资源和社会保障厅关于印发河南省基本医疗保险转诊转院和异地就医管理暂行办法的通知（豫人社医疗【2016】18号），《河南省人民政府办公厅关于印发河南省城乡居民基本医疗保险实施办法（试行）的通知》（豫政办【2016】196号）',
    );
    expect(stages(i)).toEqual(['申请', '审批']);
    expect(i.process!.map((s) => [s.stage, s.section, s.promised_time_limit, s.legal_time_limit, s.fee])).toEqual([
      ['申请', '项城市离休干部医疗服务中心', '即时办理', '无', '不收费'],
      ['审批', undefined, undefined, undefined, undefined],
    ]);
  });

  test('行政给付 2: 生育保险待遇支付 keeps the space between two issuers (line 961)', () => {
    const i = item('行政给付', '2');
    expect(String(i.basis[0])).toContain('《周口市人力资源和社会保障局 周口市财政局关于调整我市城镇职工生育保险有关政策的通知》');
  });
});

describe('xiangcheng parser: the charts module', () => {
  const lines = seedText.split('\n');
  const charts = parseXiangchengCharts(lines);

  test('flowcharts and their report come from xiangcheng-charts.ts', () => {
    expect(parsed.flowcharts).toEqual(charts.flowcharts);
    for (const entry of charts.report) expect(report).toContainEqual(entry);
  });

  test('no item reaches into the chart matter (it starts at line 2200)', () => {
    for (const i of items) expect(i.source!.lines[1]).toBeLessThan(charts.firstLine);
    expect(Math.max(...items.map((i) => i.source!.lines[1]))).toBe(2193);
  });

  test('each item names the charts that govern it, and only when there are some', () => {
    for (const i of items) {
      const { flowcharts, ...rest } = i;
      const ids = chartsForItem(rest);
      if (ids.length === 0) expect(flowcharts).toBeUndefined();
      else expect(flowcharts).toEqual(ids);
    }
  });
});

describe('xiangcheng parser: report', () => {
  test('24 stated, 25 tables and 25 listed', () => {
    reportHas('disagreement', '目录称“共24项”，附件2的事项表共有 25 项');
    reportHas('disagreement', '各类别标注的数量合计为 25 项');
    reportHas('disagreement', '目录实际列出 25 个事项名称');
  });

  test('heading numbers of the 目录', () => {
    reportHas('disagreement', '“行政许可（0项）”没有编号', [15, 15]);
    reportHas('disagreement', '“行政处罚（6项）”没有编号', [16, 16]);
    reportHas('disagreement', '“行政强制（1项）”没有编号', [29, 29]);
    reportHas('disagreement', '“八、其他职权（3项）”编号有误，按顺序应为“九、”', [69, 69]);
  });

  test('names that differ between the 目录 and the tables', () => {
    reportHas('disagreement', '对纳入医保支付范围的医疗服务行为和医疗费用及医保经办业务开展监督检查', [50, 1421]);
    reportHas('disagreement', '医药机构、零售药店申报定点协议管理', [62, 1812]);
  });

  test('judgement calls', () => {
    reportHas('decision', '实施主体取文件所述单位“项城市医疗保障局”');
    reportHas('decision', '承办科室取其中不重复的科室', [1965, 2021]);
    reportHas('decision', '承办科室取其中不重复的科室', [1267, 1325]);
    reportHas('decision', '办理环节为空', [1394, 1395]);
    reportHas('decision', '办理环节为空', [1707, 1708]);
    reportHas('decision', '合并的单元格');
    reportHas('decision', '服务电话有 2 个');
    reportHas('decision', '清单标题取附件2各表表头');
    reportHas('disagreement', '“法定时限”单元格有 2 段文字', [1276, 1278]);
  });

  test('wording errors of the source are named, not corrected', () => {
    reportHas('disagreement', '分深灰保险基金', [214, 214]);
    reportHas('disagreement', '预期不领', [2017, 2017]);
    // 行政给付 5's last step copies 行政给付 4's (line 1163, correct there) word for word.
    reportHas('disagreement', '保存转诊就医参保人员和异地就医人员支付情况的记录。', [1241, 1241]);
    expect(report.filter((e) => e.text.includes('保存转诊就医参保人员和异地就医人员支付情况的记录。'))).toHaveLength(1);
    expect(JSON.stringify(items)).toContain('骗取分深灰保险基金支出');
  });
});
