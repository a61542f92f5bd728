import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SummaryCategory } from '../../src/content/bureau-schema.ts';
import {
  cellParagraphs,
  checkCopiedFilingDuty,
  checkSummary,
  checkUnfinishedAccountability,
  detailRowToItem,
  numberingProblems,
  parseAccountability,
  parseDuties,
  readDetailRows,
  type ItemContext,
} from '../../src/import/parsers/tab-table.ts';
import type { ParsedItem, ReportEntry } from '../../src/import/types.ts';

const seed000 = readFileSync(new URL('../../seeds/000_813c87bb2841e2da.txt', import.meta.url), 'utf8').split('\n');
const seed002 = readFileSync(new URL('../../seeds/002_53652f109c077542.txt', import.meta.url), 'utf8').split('\n');

/** The seed with only lines from..to kept (others blanked), so line numbers stay those of the seed. */
function window(lines: string[], from: number, to: number): string[] {
  return lines.map((line, index) => (index + 1 >= from && index + 1 <= to ? line : ''));
}

function context(report: ReportEntry[] = []): ItemContext {
  return { label: '第N项', lines: [1, 1], report };
}

describe('readDetailRows', () => {
  it('joins the continuation line after a repeated header onto its row (seed 000 lines 53-61)', () => {
    const report: ReportEntry[] = [];
    const rows = readDetailRows(window(seed000, 53, 61), 53, report);
    expect(rows.map((r) => [r.number, r.lines])).toEqual([
      ['1', [54, 57]],
      ['2', [58, 61]],
    ]);
    // 责任事项 of item 1 is cut inside a sentence: "…符合听证规定的，制作" / "并送达《行政处罚听证告知书》。"
    expect(rows[0]!.cells[5]).toContain('符合听证规定的，制作并送达《行政处罚听证告知书》。</p>');
    // 追责情形 of item 1 is cut after a case: the next piece is a paragraph of its own.
    expect(rows[0]!.cells[6]).toContain('8、委托不符合法定条件的组织实施行政处罚的；</p><br><p>9、在行政处罚过程中发生腐败行为的；</p>');
    expect(report.map((e) => [e.kind, e.lines])).toEqual([
      ['decision', [54, 57]],
      ['decision', [58, 61]],
    ]);
    expect(report[0]!.text).toContain('第1项在分页处断开');
  });

  it('joins a category cut in the middle (其他 / 权力) and quotes the joined name (seed 000 lines 216-222)', () => {
    const report: ReportEntry[] = [];
    const [row] = readDetailRows(window(seed000, 216, 222), 216, report);
    expect(row!.lines).toEqual([216, 222]);
    expect(row!.cells[1]).toBe('其他权力');
    expect(row!.cells[2]).toBe('基本医疗保险参保人员享受门诊慢特病病种待遇认定、丙肝门诊抗病毒治疗');
    expect(row!.cells[3]).toBe('晋州市医疗保障局');
    expect(report[0]!.text).toContain('权力类型在句中接续（与上一页末段合为一段），接为「其他权力」');
  });

  it('reports a character printed on both sides of a page break (seed 000 lines 209-212: 晋州市医 / 医疗保障局)', () => {
    const report: ReportEntry[] = [];
    const [row] = readDetailRows(window(seed000, 209, 212), 209, report);
    expect(row!.cells[3]).toBe('晋州市医医疗保障局');
    expect(report.filter((e) => e.kind === 'disagreement').map((e) => e.text)).toEqual([
      '第20项的行政主体在分页处前后重复了「医」字（接为「晋州市医医疗保障局」），按原文保留。',
    ]);
  });

  it('refuses a line that does not have eight cells', () => {
    expect(() => readDetailRows(['序号\t权力类型\t权力事项\t行政主体\t实施依据\t责任事项\t追责情形\t备注', '1\t行政处罚'], 1, [])).toThrow(/2 cells/);
  });
});

describe('cellParagraphs', () => {
  it('splits passages numbered inside one <p> and keeps their numbers (seed 000 line 62, 实施依据 of item 3)', () => {
    const cell = seed000[61]!.split('\t')[4]!;
    const paragraphs = cellParagraphs(cell);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toBe(
      '1、《中华人民共和国社会保险法》第八十八条： 以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。',
    );
    expect(paragraphs[1]).toMatch(/^2、《河北省基本医疗保险服务监督管理办法》第二十六条： 违反本办法第十条第二项规定的，由社会保险行政部$/);
  });

  it('keeps the space between two issuing ministries (seed 000 line 227)', () => {
    const cell = seed000[226]!.split('\t')[4]!;
    expect(cellParagraphs(cell)[0]).toBe('1、《国家医保局 财政部关于切实做好2019年跨省异地就医住院费用直接结算工作的通知》（医保发〔2019〕33号）全文。');
  });
});

describe('numberingProblems', () => {
  it('reports a gap and a change of punctuation (seed 000 lines 125-131, 227-230)', () => {
    expect(numberingProblems(['1、《中华人民共和国社会保险法》…', '项。', '3、石家庄市人民政府…'])).toEqual(['编号 1 之后是 3']);
    expect(numberingProblems(['1、《国家医保局 财政部…》全文。', '2.《关于建立基本医疗保险…》全文。', '3、《人力资源和社会保障部…》全文。'])).toEqual([
      '编号「2.」与其余编号「、」的写法不同',
    ]);
  });
});

describe('parseDuties', () => {
  it('reads stages with labels, keeps sub-paragraphs with their stage and leaves the unlabelled stage without one (seed 000 lines 66-69, item 4)', () => {
    const [row] = readDetailRows(window(seed000, 66, 69), 66, []);
    const duties = parseDuties(row!.cells[5]!, context());
    expect(duties.map((d) => d.stage)).toEqual(['决定责任', '执行责任', '保管责任', undefined]);
    expect(duties[1]!.text).toEqual([
      '由医疗保障行政主管部门实施封存,并出具封存决定书,决定书应当载明下列事项:',
      '(一)当事人的姓名或者名称、地址;',
      '(二)封存的理由、依据和期限;',
      '(三)封存场所、设施或者财物的名称、数量等;',
      '(四)申请行政复议或者提起行政诉讼的途径和期限;',
      '(五)医疗保障行政部门的名称、印章和日期。封存清单一式两份,由当事人和医疗保障行政部门分别保存。',
    ]);
    expect(duties[3]).toEqual({ text: '其他法律法规规章文件规定应履行的责任。' });
  });

  it('takes a label followed by a space and reports it (seed 000 line 159, item 14)', () => {
    const report: ReportEntry[] = [];
    const duties = parseDuties(seed000[158]!.split('\t')[5]!, context(report));
    expect(duties[1]).toEqual({ stage: '审查责任', text: '按照“事项清单”审核材料完整性、有效性。' });
    expect(report.map((e) => e.kind)).toEqual(['decision', 'disagreement']);
  });

  it('reads the stages of a bare <ol> list (seed 002 line 41, item 1)', () => {
    const duties = parseDuties(seed002[40]!.split('\t')[5]!, context());
    expect(duties.map((d) => d.stage)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任', undefined]);
    expect(duties[5]).toEqual({ stage: '送达责任', text: '行政处罚决定书按法律规定的方式送达当事人。' });
  });
});

describe('parseAccountability', () => {
  it('keeps an unnumbered paragraph between two cases as a case and reports it (seed 000 lines 227-230, item 24)', () => {
    const [row] = readDetailRows(window(seed000, 227, 230), 227, []);
    const report: ReportEntry[] = [];
    const accountability = parseAccountability(row!.cells[6]!, context(report));
    expect(accountability).toEqual({
      intro: '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应当承担相应责任：',
      cases: ['符合备案条件不予办理的；', '不符合备案条件办理的；', '未严格按照相关政策、法规履行义务的；', '滥用职权、徇私舞弊、谋取不正当权益的；', '其他违反法律法规规章文件规定的行为。'],
    });
    expect(report.map((e) => e.kind)).toEqual(['decision', 'disagreement']);
  });

  it('takes a single paragraph without lead sentence as the only case (seed 002 line 68, item 12)', () => {
    const report: ReportEntry[] = [];
    expect(parseAccountability(seed002[67]!.split('\t')[6]!, context(report))).toEqual({
      cases: [
        '医疗保障行政机关工作人员滥用职权、玩忽职守、徇私舞弊的，对直接负责的主管人员和其他直接责任人员依法给予处分，构成犯罪的，依法追究刑事责任；造成人身、财产损害的，依法承担民事责任。',
      ],
    });
    expect(report.map((e) => e.kind)).toEqual(['decision']);
  });

  it('is absent for an empty cell (seed 002 line 77, item 17)', () => {
    expect(parseAccountability(seed002[76]!.split('\t')[6]!, context())).toBeUndefined();
  });
});

describe('detailRowToItem', () => {
  it('keeps the 备注 whole without a splitRemarks hook and reports empty 责任事项 and 追责情形 (seed 002 line 77)', () => {
    const report: ReportEntry[] = [];
    const [row] = readDetailRows(window(seed002, 77, 77), 77, []);
    const item = detailRowToItem(row!, { slug: 'xiangdu', seedFile: '002_53652f109c077542.txt' }, report);
    expect(item.remarks).toBe('参保人在河北智慧医保申请备案→查询备案结果备案成功。参保人持社保卡在就诊医院登记备案，出院后就可以在外省医院直接报销。');
    expect(item.department).toBeUndefined();
    expect(item.duties).toBeUndefined();
    expect(report.filter((e) => e.kind === 'disagreement').map((e) => e.text)).toEqual([
      '第17项「襄都区基本医疗保险参保人员异地就医备案」：责任事项一栏为空。',
      '第17项「襄都区基本医疗保险参保人员异地就医备案」：追责情形一栏为空。',
    ]);
  });
});

describe('checkSummary', () => {
  // Names and numbers from seed 002: 统计表 lines 25-26 and 34-35, detail lines 68 and 71.
  const item = (number: string, category: ParsedItem['category'], label: string, name: string, line: number): ParsedItem => ({
    bureau: 'xiangdu',
    category,
    category_label: label,
    number,
    name,
    subject: '邢台市襄都区医疗保障局',
    basis: ['…'],
    duties: [{ text: '…' }],
    source: { file: 'seeds/002_53652f109c077542.txt', lines: [line, line] },
  });
  const summary: SummaryCategory[] = [
    { category_label: '行政确认', category: '行政确认', stated_count: 1, items: [{ number: '13', name: '襄都区基本医疗保险参保人员门诊慢特病病种待遇认定', line: 26 }], line: 25 },
    {
      category_label: '其他类',
      category: '其他行政权力',
      stated_count: 2,
      items: [{ number: '17', name: '建立医疗卫生机构、人员等信用记录制度，纳入全国信用信息共享平台，对其失信行为按照国家规定实施联合惩戒', line: 35 }],
      line: 34,
    },
  ];
  const items = [
    item('12', '其他行政权力', '其他行政职权', '建立医疗卫生机构、人员等信用记录制度，纳入全国信用信息共享平台，对其失信行为按照国家规定实施联合惩戒', 68),
    item('13', '行政确认', '行政确认', '襄都区基本医疗保险参保人员门诊慢特病种待遇认定', 71),
  ];

  it('reports counts, the stated total, a name that differs, a number that differs and a label that differs', () => {
    const report: ReportEntry[] = [];
    checkSummary(summary, 3, items, report);
    expect(report.every((e) => e.kind === 'disagreement')).toBe(true);
    expect(report.map((e) => e.text)).toEqual([
      '汇总表「其他类」标注 2 项，下面列出 1 项。',
      '汇总表「其他类」为 2 项，明细表中该类实际有 1 项。',
      '文件称共 3 项，明细表实有 2 项。',
      '文件称共 3 项，汇总表列出 2 项。',
      '汇总表第13号「襄都区基本医疗保险参保人员门诊慢特病病种待遇认定」与明细表第13项「襄都区基本医疗保险参保人员门诊慢特病种待遇认定」（第 71 行）名称不同。',
      '汇总表第17号「建立医疗卫生机构、人员等信用记录制度，纳入全国信用信息共享平台，对其失信行为按照国家规定实施联合惩戒」在明细表中是第12项（第 68 行），序号不同。',
      '同一类别的名称写法不同：汇总表为「其他类」，明细表为「其他行政职权」（都归入标准类别“其他行政权力”）。',
    ]);
  });

  it('reports a name that differs only in bracket width (seed 000 lines 34 and 183)', () => {
    const report: ReportEntry[] = [];
    const detail = { ...item('17', '其他行政权力', '其他权力', '基本医疗保险参保人员医疗费用手工(零星)报销', 183), bureau: 'jinzhou' };
    const printed: SummaryCategory[] = [
      { category_label: '其他权力', category: '其他行政权力', stated_count: 1, items: [{ number: '17', name: '基本医疗保险参保人员医疗费用手工（零星）报销', line: 34 }], line: 33 },
    ];
    checkSummary(printed, 1, [detail], report);
    expect(report.map((e) => e.text)).toEqual([
      '汇总表第17号「基本医疗保险参保人员医疗费用手工（零星）报销」与明细表第17项「基本医疗保险参保人员医疗费用手工(零星)报销」（第 183 行）只在括号或标点的全角/半角写法上不同。',
    ]);
  });

  it('reports nothing when summary and detail agree', () => {
    const report: ReportEntry[] = [];
    const agreeing: SummaryCategory[] = [
      { category_label: '其他行政职权', category: '其他行政权力', stated_count: 1, items: [{ number: '12', name: items[0]!.name, line: 35 }], line: 34 },
      { category_label: '行政确认', category: '行政确认', stated_count: 1, items: [{ number: '13', name: items[1]!.name, line: 26 }], line: 25 },
    ];
    checkSummary(agreeing, 2, items, report);
    expect(report).toEqual([]);
  });
});

describe('checkUnfinishedAccountability', () => {
  it('reports a list whose last case ends in ； and not one that ends in 。 (seed 002 lines 72 and 75)', () => {
    const report: ReportEntry[] = [];
    const rows = readDetailRows(window(seed002, 72, 75), 72, []);
    const items = rows.map((row) => detailRowToItem(row, { slug: 'xiangdu', seedFile: '002_53652f109c077542.txt' }, []));
    checkUnfinishedAccountability(items, report);
    expect(report).toEqual([
      {
        kind: 'disagreement',
        text: '第14项「襄都区参保女职工生育津贴申领」的追责情形最后一项「未严格按照相关政策、法律、法规履行审查义务的，对应当予以认定的不予认定，或者对不应认定的予以认定；」以分号结束，列表可能不完整，按原文保留。',
        lines: [72, 72],
      },
    ]);
  });
});

describe('checkCopiedFilingDuty', () => {
  it('reports a 立案责任 copied from the item before (seed 002 lines 41-42) and nothing for different ones (line 45)', () => {
    const rows = readDetailRows(window(seed002, 40, 45), 40, []);
    const items = rows.map((row) => detailRowToItem(row, { slug: 'xiangdu', seedFile: '002_53652f109c077542.txt' }, []));
    const report: ReportEntry[] = [];
    checkCopiedFilingDuty(items, report);
    expect(report.map((e) => [e.kind, e.lines])).toEqual([['disagreement', [42, 42]]]);
    expect(report[0]!.text).toMatch(/^第2项「对将本人的基本医疗保险凭证出借给他人就医或者出借给医疗机构使用的处罚」的立案责任与第1项逐字相同/);
  });
});
