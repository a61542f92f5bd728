import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flowchart } from '../../src/content/flowchart-schema.ts';
import { flowchartSchema } from '../../src/content/flowchart-schema.ts';
import { chartsForItem, parseXiangchengCharts } from '../../src/import/parsers/xiangcheng-charts.ts';

// Expected values below are copied from seeds/003_cae92fea1141363e.txt by reading it.
const seedText = readFileSync(new URL('../../seeds/003_cae92fea1141363e.txt', import.meta.url), 'utf8');
const seedLines = seedText.split('\n');
const parsed = parseXiangchengCharts(seedLines);
const chart = (id: string): Flowchart => parsed.flowcharts.find((c) => c.id === id)!;
/** [id, lines, text, kind] of every node, in the order the parser gives them. */
const nodeRows = (id: string) => chart(id).nodes.map((n) => [n.id, n.lines, n.text, n.kind]);
const edgePairs = (id: string) => chart(id).edges.map((e) => `${e.from}>${e.to}`);
const isBlank = (line: string) => line.replace(/[\s\u3000]/g, '') === '';

describe('parseXiangchengCharts: titles and shape', () => {
  it('starts the end matter at the first chart title, line 2200', () => {
    expect(parsed.firstLine).toBe(2200);
    expect(seedLines[2199]).toBe('一、行政处罚类一般程序流程图');
  });

  it('gives seven charts with the seed titles, their lines and the bureau', () => {
    expect(parsed.flowcharts.map((c) => [c.id, c.title, c.title_line, c.bureau])).toEqual([
      ['cf-general', '一、行政处罚类一般程序流程图', 2200, 'xiangcheng'],
      ['cf-simple', '二、行政处罚类简易程序流程图', 2239, 'xiangcheng'],
      ['qz-measure', '三、行政强制措施类流程图', 2257, 'xiangcheng'],
      ['qz-enforcement', '四、行政强制执行类流程图', 2276, 'xiangcheng'],
      ['gf-local-hospital', '本地定点医院就医、审核与支付工作流程图', 2292, 'xiangcheng'],
      ['gf-medical-aid', '城乡居民医疗救助流程图', 2298, 'xiangcheng'],
      ['qr-chronic-disease', '医保门诊重症慢性病鉴定流程图', 2300, 'xiangcheng'],
    ]);
  });

  it('passes flowchartSchema for every chart', () => {
    for (const c of parsed.flowcharts) expect(() => flowchartSchema.parse(c)).not.toThrow();
  });

  it('has the node, edge and inferred-edge counts of the reconstruction', () => {
    // qz-measure: 20/26 where the reviewed reconstruction has 21/27 (lines 2724+2727 are one box here).
    expect(parsed.flowcharts.map((c) => [c.id, c.nodes.length, c.edges.length, c.edges.filter((e) => e.inferred).length])).toEqual([
      ['cf-general', 21, 24, 24],
      ['cf-simple', 9, 8, 8],
      ['qz-measure', 20, 26, 22],
      ['qz-enforcement', 17, 24, 21],
      ['gf-local-hospital', 7, 6, 6],
      ['gf-medical-aid', 6, 5, 3],
      ['qr-chronic-disease', 7, 7, 5],
    ]);
  });

  it('records provenance from the title to the last box of each chart', () => {
    expect(parsed.flowcharts.map((c) => c.source)).toEqual([
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2200, 2517] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2239, 2598] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2257, 2970] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2276, 3462] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2292, 3546] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2298, 3606] },
      { file: 'seeds/003_cae92fea1141363e.txt', lines: [2300, 3660] },
    ]);
  });
});

describe('parseXiangchengCharts: node texts read from the seed', () => {
  it('一般程序: 21 boxes, 2382+2385 and 2478+2481 merged, trailing full-width spaces gone', () => {
    expect(nodeRows('cf-general')).toEqual([
      ['p1', [2319], '案件来源', 'start'],
      ['p2', [2328], '初步确认违法事实，责令停止违法行为', 'step'],
      ['p3', [2340], '行政机关负责人立案审批', 'decision'],
      ['p4', [2346], '承办机构登记立案', 'step'],
      ['p5', [2352], '不予立案', 'end'],
      ['p6', [2358], '承办机构调查取证', 'step'],
      ['p7', [2367], '移送有关部门', 'end'],
      ['p8', [2373], '承办机构提出初步处罚意见，处罚事先告知审批', 'decision'],
      ['p9', [2382, 2385], '行政处罚事先告知并告知陈述申辩权', 'decision'],
      ['p10', [2391], '告知听证权', 'decision'],
      ['p11', [2397], '不予处罚', 'end'],
      ['p12', [2442], '组织听证', 'step'],
      ['p13', [2448], '形成调查终结报告', 'step'],
      ['p14', [2454], '记录陈述申辩意见', 'step'],
      ['p15', [2463], '制作听证笔录', 'step'],
      ['p16', [2472], '法制审核', 'decision'],
      ['p17', [2478, 2481], '行政机关负责人集体讨论，作出行政处罚决定', 'step'],
      ['p18', [2490], '行政机关负责人审查，作出行政处罚决定', 'step'],
      ['p19', [2499], '承办机构7日内送达行政处罚决定', 'step'],
      ['p20', [2508], '执行行政处罚决定（当事人不履行处罚决定的，行政机关依法强制执行或申请法院强制执行）', 'step'],
      ['p21', [2517], '承办机构结案（立卷归档）', 'end'],
    ]);
  });

  it('简易程序: nine boxes in reading order', () => {
    expect(nodeRows('cf-simple')).toEqual([
      ['s1', [2526], '出示证件、表明身份', 'start'],
      ['s2', [2535], '初步确认违法事实，责令停止违法行为', 'step'],
      ['s3', [2547], '调查取证', 'step'],
      ['s4', [2556], '当场告知处罚依据、处罚意见和陈述申辩权，并听取陈述申辩', 'step'],
      ['s5', [2565], '制作当场处罚决定书', 'step'],
      ['s6', [2571], '送达当场行政处罚决定书', 'step'],
      ['s7', [2580], '执行行政处罚决定（当事人不履行处罚决定的，行政机关依法强制执行或申请法院强制执行）', 'step'],
      ['s8', [2589], '当场处罚决定报行政机关备案', 'step'],
      ['s9', [2598], '结案（立卷归档）', 'end'],
    ]);
  });

  it('行政强制措施: the 2619 bracket joins the approval box, 2724+2727 are one box, leading spaces gone', () => {
    expect(nodeRows('qz-measure')).toEqual([
      ['c1', [2607], '发现行政相对人有涉嫌违法行为，依法应当采取行政强制措施的情形', 'start'],
      ['c2', [2616, 2619], '行政机关负责人审查批准行政强制措施(紧急情况需当场实施行政强制措施的，依法补办批准手续)', 'decision'],
      ['c3', [2625], '经行政机关负责人审查，不采取行政强制措施', 'step'],
      ['c4', [2631], '经行政机关负责人审查，采取行政强制措施', 'step'],
      ['c5', [2640], '执法机构通知当事人到场，二名以上执法人员出示执法证件', 'decision'],
      ['c6', [2670], '执法机构依法作出其他处理', 'step'],
      ['c7', [2703], '当事人不到场的，邀请见证人到场', 'step'],
      ['c8', [2709], '当事人到场的，告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利和救济途径', 'step'],
      ['c9', [2715], '听取并审核当事人的陈述和申辩', 'step'],
      ['c10', [2724, 2727], '制作现场笔录，由当事人（或见证人）、执法人员签名或盖章确认，向当事人送达行政强制措施决定书', 'step'],
      ['c11', [2736], '实施行政强制措施', 'decision'],
      ['c12', [2745], '冻结存款、汇款：向金融机构交付冻结通知书', 'step'],
      ['c13', [2775], '限制公民人身自由：通知当事人家属实施行政强制措施的行政机关、地点和期限', 'step'],
      ['c14', [2805], '查封、扣押：交付查封、扣押清单；对物品需要进行检测、检验、检疫或者技术鉴定的，应当书面告知当事人起止时间，费用由行政机关负担', 'step'],
      ['c15', [2811], '30日内查清事实，作出处理决定；情况复杂的经行政机关负责人批准，可以延长，但是延长期限不得超过30日。法律、行政法规另有规定的除外', 'decision'],
      ['c16', [2841], '依法移送有关机关', 'step'],
      ['c17', [2874], '依法解除强制措施', 'step'],
      ['c18', [2907], '依法予以销毁', 'step'],
      ['c19', [2937], '依法予以没收', 'step'],
      ['c20', [2970], '结案（立卷归档）', 'end'],
    ]);
  });

  it('行政强制执行: 3102+3105 merged, the trailing tab of 3252 gone', () => {
    expect(nodeRows('qz-enforcement')).toEqual([
      ['e1', [2988], '行政机关依法作出行政决定后，当事人在行政机关决定的期限内不履行义务', 'start'],
      ['e2', [3018], '制作催告书，催告当事人履行义务', 'step'],
      ['e3', [3048], '实施加处罚款或者滞纳金，超过三十日', 'step'],
      ['e4', [3075], '听取当事人陈述申辩，进行记录和复核', 'step'],
      ['e5', [3102, 3105], '作出行政强制执行决定，并送达当事人', 'decision'],
      ['e6', [3135], '当事人履行义务', 'step'],
      ['e7', [3165], '申请法院强制执行', 'step'],
      ['e8', [3198], '实施强制执行', 'decision'],
      ['e9', [3219], '依法强制执行', 'step'],
      ['e10', [3252], '达成执行协议', 'decision'],
      ['e11', [3285], '依法终结执行', 'step'],
      ['e12', [3318], '依法中止执行', 'decision'],
      ['e13', [3351], '履行协议，执行完毕', 'step'],
      ['e14', [3369], '不履行执行协议的，恢复强制执行', 'step'],
      ['e15', [3402], '中止执行情形消失的，恢复强制执行', 'step'],
      ['e16', [3432], '中止执行满三年未恢复执行的，不再执行', 'step'],
      ['e17', [3462], '结案（立卷归档）', 'end'],
    ]);
  });

  it('本地定点医院: nodes in process order (the boxes are printed in another order), with the 2297 note', () => {
    expect(nodeRows('gf-local-hospital')).toEqual([
      ['h1', [3528], '参保人员就医', 'start'],
      ['h2', [3522], '持社保卡到医院医保窗口登记', 'step'],
      ['h3', [3513], '办理相关手续，出院结算', 'step'],
      ['h4', [3507], '医院按月报送住院资料', 'step'],
      ['h5', [3546], '医保中心审核', 'step'],
      ['h6', [3498], '医保中心核算费用', 'step'],
      ['h7', [3537], '向定点医疗机构支付', 'end'],
    ]);
    expect(chart('gf-local-hospital').notes).toEqual(['1、本地参保患者出院后，在所就诊的定点医疗机构医保窗口办理出院手续，出院当天领取报销费用。']);
  });

  it('医疗救助: 3555+3558 and 3567+3570 merged', () => {
    expect(nodeRows('gf-medical-aid')).toEqual([
      ['r1', [3555, 3558], '申请人（低保、特困供养人员、建档立卡）', 'start'],
      ['r2', [3606], '患者携带身份证、户口本、低保、特困供养人员证件、医疗收费单据和相关病史资料等，向当地（居委会）村委会提出书面申请', 'step'],
      ['r3', [3597], '当地（居委会）村委会接到申报材料初审后报送所属地镇、办民政所复审', 'step'],
      ['r4', [3588], '镇、办民政所复审后报送市医保局医疗救助办公室审核', 'step'],
      ['r5', [3567, 3570], '医保局领导审批', 'step'],
      ['r6', [3579], '医疗救助资金由农村信用社实行社会化发放至患者本人银行账户', 'end'],
    ]);
  });

  it('门诊重症慢性病鉴定: two start nodes', () => {
    expect(nodeRows('qr-chronic-disease')).toEqual([
      ['m1', [3642], '填写《项城市城乡居民、城镇职工门诊重症慢性病申报评审表》，城镇职工就近到指定的评审机构申报，城乡居民到户籍所在地镇办卫生院或社区服务中心申报。', 'start'],
      ['m2', [3621], '评审机构组织医疗保险专家，按照评审标准对申报材料进行评审', 'decision'],
      ['m3', [3612], '评审机构对符合评审标准申报人员名单进行公示，公示期满后通知申报人。', 'step'],
      ['m4', [3654], '评审机构将评审公示通过人员汇总报市医保局待遇保障股备案备查。医保中心对评审通过人员进行信息维护。', 'step'],
      ['m5', [3633], '经评审符合《评审标准》的参保居民，医保经办机构集中发放《项城市城镇职工、城乡居民基本医疗保险门诊慢性病就医卡》', 'end'],
      ['m6', [3648], '已享受门诊重症慢性病待遇的参保人员由指定的定点医疗机构开展复审。', 'start'],
      ['m7', [3660], '告知鉴定结果', 'end'],
    ]);
  });
});

describe('parseXiangchengCharts: every line of the end matter is used', () => {
  it('puts each non-blank line from firstLine to the end into exactly one chart', () => {
    const owners = new Map<number, string[]>();
    const claim = (line: number, who: string) => owners.set(line, [...(owners.get(line) ?? []), who]);
    for (const c of parsed.flowcharts) {
      claim(c.title_line!, `${c.id} title`);
      for (const n of c.nodes) for (const line of n.lines!) claim(line, `${c.id} ${n.id}`);
      for (const e of c.edges) if (e.label_line) claim(e.label_line, `${c.id} label`);
      for (const note of c.notes ?? []) {
        const at = seedLines.findIndex((l, i) => i + 1 >= parsed.firstLine && l.trim() === note);
        expect(at, note).toBeGreaterThanOrEqual(0);
        claim(at + 1, `${c.id} note`);
      }
    }
    const textLines: number[] = [];
    seedLines.forEach((l, i) => {
      if (i + 1 >= parsed.firstLine && !isBlank(l)) textLines.push(i + 1);
    });
    // 7 titles, 3 texts under titles (2213, 2227, 2297), 98 box lines (27+9+22+18+7+8+7 by chart).
    expect(textLines.length).toBe(108);
    expect(textLines.filter((line) => owners.get(line)?.length !== 1)).toEqual([]);
    expect([...owners.keys()].filter((line) => !textLines.includes(line))).toEqual([]);
  });

  it('keeps each node text equal to its lines of the seed, trimmed and joined', () => {
    for (const c of parsed.flowcharts) {
      for (const n of c.nodes) {
        const joined = n.lines!.map((line) => seedLines[line - 1]!.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).join('');
        expect(n.text, `${c.id} ${n.id}`).toBe(joined);
      }
    }
  });
});

describe('parseXiangchengCharts: edges', () => {
  it('joins existing nodes only', () => {
    for (const c of parsed.flowcharts) {
      const ids = new Set(c.nodes.map((n) => n.id));
      for (const e of c.edges) {
        expect(ids.has(e.from), `${c.id} ${e.from}`).toBe(true);
        expect(ids.has(e.to), `${c.id} ${e.to}`).toBe(true);
      }
    }
  });

  it('reaches every node from the start nodes', () => {
    const starts: Record<string, string[]> = {};
    for (const c of parsed.flowcharts) {
      starts[c.id] = c.nodes.filter((n) => n.kind === 'start').map((n) => n.id);
      const seen = new Set(starts[c.id]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const e of c.edges) {
          if (seen.has(e.from) && !seen.has(e.to)) {
            seen.add(e.to);
            grew = true;
          }
        }
      }
      expect(c.nodes.filter((n) => !seen.has(n.id)).map((n) => n.id), c.id).toEqual([]);
    }
    expect(starts).toEqual({
      'cf-general': ['p1'],
      'cf-simple': ['s1'],
      'qz-measure': ['c1'],
      'qz-enforcement': ['e1'],
      'gf-local-hospital': ['h1'],
      'gf-medical-aid': ['r1'],
      'qr-chronic-disease': ['m1', 'm6'],
    });
  });

  it('puts the branch labels of 一般程序 on the edges they belong to, with the lines they are printed on', () => {
    const labelled = chart('cf-general')
      .edges.filter((e) => e.label)
      .map((e) => [e.from, e.to, e.label, e.label_line]);
    expect(labelled).toEqual([
      ['p8', 'p10', '重大行政处罚', 2213],
      ['p9', 'p13', '无陈述申辩意见', 2424],
      ['p9', 'p14', '有陈述申辩意见', 2433],
      ['p10', 'p12', '申请听证', 2406],
      ['p10', 'p13', '不申请听证', 2415],
      ['p16', 'p17', '情节复杂或重大违法行为', 2227],
    ]);
    expect(seedLines[2212]).toBe('\t重大行政处罚');
    expect(seedLines[2405]).toBe('申请听证');
    expect(seedLines[2423]).toBe('无陈述申辩意见　');
  });

  it('has no branch labels in the other six charts (none is printed there)', () => {
    for (const c of parsed.flowcharts.filter((c) => c.id !== 'cf-general')) {
      expect(c.edges.filter((e) => e.label !== undefined || e.label_line !== undefined), c.id).toEqual([]);
    }
  });

  it('marks as stated (inferred: false) only the edges the box wording states', () => {
    const stated = parsed.flowcharts.flatMap((c) => c.edges.filter((e) => !e.inferred).map((e) => `${c.id} ${e.from}>${e.to}`));
    expect(stated).toEqual([
      'qz-measure c2>c3',
      'qz-measure c2>c4',
      'qz-measure c5>c7',
      'qz-measure c5>c8',
      'qz-enforcement e10>e14',
      'qz-enforcement e12>e15',
      'qz-enforcement e12>e16',
      'gf-medical-aid r2>r3',
      'gf-medical-aid r3>r4',
      'qr-chronic-disease m2>m3',
      'qr-chronic-disease m3>m4',
    ]);
    for (const c of parsed.flowcharts) for (const e of c.edges) expect(e.evidence, `${c.id} ${e.from}>${e.to}`).toBeTruthy();
  });

  it('draws the edges of the short charts as reviewed', () => {
    expect(edgePairs('cf-simple')).toEqual(['s1>s2', 's2>s3', 's3>s4', 's4>s5', 's5>s6', 's6>s7', 's7>s8', 's8>s9']);
    expect(edgePairs('gf-local-hospital')).toEqual(['h1>h2', 'h2>h3', 'h3>h4', 'h4>h5', 'h5>h6', 'h6>h7']);
    expect(edgePairs('gf-medical-aid')).toEqual(['r1>r2', 'r2>r3', 'r3>r4', 'r4>r5', 'r5>r6']);
    expect(edgePairs('qr-chronic-disease')).toEqual(['m1>m2', 'm2>m3', 'm3>m7', 'm3>m4', 'm4>m5', 'm2>m7', 'm6>m2']);
  });

  it('sends the hearing record to 法制审核 and the witness path to the 现场笔录 box', () => {
    expect(edgePairs('cf-general')).toContain('p15>p16');
    expect(edgePairs('cf-general')).not.toContain('p15>p13');
    expect(edgePairs('qz-measure')).toEqual(expect.arrayContaining(['c7>c10', 'c9>c10', 'c10>c11']));
  });
});

describe('parseXiangchengCharts: report', () => {
  it('has one decision per chart with its edge and inferred counts', () => {
    const perChart = parsed.report.filter((r) => r.kind === 'decision' && r.text.includes('重建连线'));
    expect(perChart.map((r) => [r.lines, r.text.match(/重建连线 (\d+) 条，其中推断 (\d+) 条/)!.slice(1)])).toEqual([
      [[2200, 2517], ['24', '24']],
      [[2239, 2598], ['8', '8']],
      [[2257, 2970], ['26', '22']],
      [[2276, 3462], ['24', '21']],
      [[2292, 3546], ['6', '6']],
      [[2298, 3606], ['5', '3']],
      [[2300, 3660], ['7', '5']],
    ]);
  });

  it('has one decision per merged box, with both lines', () => {
    const merges = parsed.report.filter((r) => r.kind === 'decision' && r.text.includes('合为一个文本框')).map((r) => r.lines);
    expect(merges).toEqual([
      [2382, 2385],
      [2478, 2481],
      [2616, 2619],
      [2724, 2727],
      [3102, 3105],
      [3555, 3558],
      [3567, 3570],
    ]);
  });

  it('reports the one-item numbered note and the 医疗救助 chart that differs from its item table', () => {
    const disagreements = parsed.report.filter((r) => r.kind === 'disagreement');
    expect(disagreements.map((r) => r.lines)).toEqual([
      [2297, 2297],
      [1272, 3606],
    ]);
    expect(disagreements[1]!.text).toContain('项城市医疗救助中心');
    expect(disagreements[1]!.text).toContain('市医保局医疗救助办公室');
  });

  it('records the item each specific chart is linked to, with the line of its name', () => {
    const links = parsed.report.filter((r) => r.text.startsWith('流程图 ')).map((r) => r.lines);
    expect(links).toEqual([
      [1037, 1037],
      [1269, 1269],
      [1890, 1890],
    ]);
  });

  it('is deterministic', () => {
    expect(parseXiangchengCharts(seedText.split('\n'))).toEqual(parsed);
  });
});

describe('parseXiangchengCharts: checks the edge table against the seed at import time', () => {
  const withLine = (line: number, text: string) => seedLines.map((l, i) => (i + 1 === line ? text : l));

  it('throws when a branch label is not the text of its line', () => {
    expect(() => parseXiangchengCharts(withLine(2406, '要求听证'))).toThrow(/申请听证.*2406/);
  });

  it('throws when a label printed under the title changes', () => {
    expect(() => parseXiangchengCharts(withLine(2213, '\t重大处罚'))).toThrow(/2213/);
  });

  it('throws when a node box is missing from its line', () => {
    expect(() => parseXiangchengCharts(withLine(2352, ''))).toThrow(/cf-general.*node p5.*2352/);
  });

  it('throws when a box is not used by any chart', () => {
    expect(() => parseXiangchengCharts(withLine(3665, '多出的框'))).toThrow(/not used.*3665/);
  });

  it('throws when a box gains a second paragraph that the table does not state', () => {
    // A text three lines below 2328 joins the box of p2 (the next box, 2340, stays nine lines away).
    expect(() => parseXiangchengCharts(withLine(2331, '（续）'))).toThrow(/node p2 spans lines 2328, 2331/);
  });

  it('throws when a stated merge is not in the seed', () => {
    expect(() => parseXiangchengCharts(withLine(2727, ''))).toThrow(/qz-measure: stated merge 2724\+2727/);
  });

  it('throws when a text under a title is neither a label nor a note', () => {
    expect(() => parseXiangchengCharts(withLine(2250, '说明'))).toThrow(/cf-simple.*2250/);
  });
});

describe('chartsForItem', () => {
  // Names as the detail tables of seed 003 print them (职权名称 column).
  const item = (category: '行政处罚' | '行政强制' | '行政给付' | '行政检查' | '行政确认', name: string) => ({ category, name });

  it('links every 行政处罚 item to the two penalty charts (lines 94, 208, 322, 434, 544, 654)', () => {
    const names = [
      '对用人单位不办理医疗保险登记的处罚',
      '对医疗保险经办机构以及医疗机构、药品经营单位等医疗保险服务机构以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险基金支出的处罚',
      '对以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险待遇的处罚',
      '对采取虚报、隐瞒、伪造等手段，骗取医疗救助基金的处罚',
      '对以违反医药价格管理政策等为手段，骗取医保基金支出行为的处罚。',
      '对参加药品采购投标的投标人的违法行为进行监督管理',
    ];
    for (const name of names) expect(chartsForItem(item('行政处罚', name)), name).toEqual(['cf-general', 'cf-simple']);
  });

  it('links the 行政强制 item to the two coercion charts (line 765)', () => {
    expect(chartsForItem(item('行政强制', '对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存'))).toEqual(['qz-measure', 'qz-enforcement']);
  });

  it('links the three specific charts to the items they describe (lines 1037, 1269, 1890)', () => {
    expect(chartsForItem(item('行政给付', '审核及拨付定点医疗机构和定点药店的医疗费用'))).toEqual(['gf-local-hospital']);
    expect(chartsForItem(item('行政给付', '城乡居民医疗救助'))).toEqual(['gf-medical-aid']);
    expect(chartsForItem(item('行政确认', '医保门诊重症慢性病鉴定'))).toEqual(['qr-chronic-disease']);
  });

  it('does not link items whose names only share words with a chart (lines 876, 1115, 1191, 1635)', () => {
    expect(chartsForItem(item('行政给付', '基本医疗保险待遇支付'))).toEqual([]);
    expect(chartsForItem(item('行政给付', '审核及拨付转诊就医参保人员和异地就医人员的医疗费用'))).toEqual([]);
    expect(chartsForItem(item('行政给付', '审核及拨付门诊慢性病、门诊重特大疾病异地就医的医疗费用'))).toEqual([]);
    expect(chartsForItem(item('行政检查', '医疗保险稽核'))).toEqual([]);
  });

  it('names only charts the parser produces', () => {
    const ids = new Set(parsed.flowcharts.map((c) => c.id));
    const linked = [
      ...chartsForItem(item('行政处罚', '对用人单位不办理医疗保险登记的处罚')),
      ...chartsForItem(item('行政强制', '对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存')),
      ...chartsForItem(item('行政给付', '审核及拨付定点医疗机构和定点药店的医疗费用')),
      ...chartsForItem(item('行政给付', '城乡居民医疗救助')),
      ...chartsForItem(item('行政确认', '医保门诊重症慢性病鉴定')),
    ];
    expect(linked.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(linked).size).toBe(7);
  });
});
