/**
 * The citation parser on real strings, copied verbatim from content/ (the five seeds) and from
 * the 实施依据 cells of four 权责清单 spreadsheets published by departments of 克拉玛依市 in
 * 2024–2025 (gathered in the public repository hanbozhi/functional-supervision-platform, folder
 * 资料/各部门网上公示权责清单/; only these short strings are copied here).
 */
import { describe, expect, it } from 'vitest';
import { articleLabel, chineseNumber, lawKey, parseBasis, type Citation } from '../../src/law/citations.ts';
import { numeralValue } from '../../src/law/numerals.ts';

const SOCIAL_INSURANCE = '中华人民共和国社会保险法';
const articlesOf = (c: Citation) => c.articles.map(articleLabel);

describe('numerals', () => {
  it('reads Chinese numerals and digits', () => {
    expect(numeralValue('八十四')).toBe(84);
    expect(numeralValue('一百零四')).toBe(104);
    expect(numeralValue('十二')).toBe(12);
    expect(numeralValue('二百')).toBe(200);
    expect(numeralValue('31')).toBe(31);
    expect(numeralValue('３１')).toBe(31);
    expect(numeralValue('甲')).toBeUndefined();
  });
  it('writes article numbers back the way laws do', () => {
    expect([1, 10, 11, 20, 84, 104, 110, 200].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '八十四', '一百零四', '一百一十', '二百']);
  });
});

describe('lawKey', () => {
  it('gives a national law cited by its short name its full title', () => {
    expect(lawKey('社会保险法')).toBe(SOCIAL_INSURANCE);
    expect(lawKey('中华人民共和国社会保险法')).toBe(SOCIAL_INSURANCE);
    expect(lawKey('河北省医疗保障基金监管办法')).toBe('河北省医疗保障基金监管办法');
  });
  it('unifies brackets and reduces 关于印发…的通知 to the document it issues', () => {
    expect(lawKey('河北省医疗保障定点医药机构纳入实施细则(试行)')).toBe(lawKey('河北省医疗保障定点医药机构纳入实施细则（试行）'));
    expect(lawKey('关于印发石家庄市城乡居民基本医疗保险实施办法的通知')).toBe('石家庄市城乡居民基本医疗保险实施办法');
  });
});

describe('parseBasis on the included lists', () => {
  it('reads a 【法律】 tag, the title, one article and the quoted text (晋州 cf-001)', () => {
    const text =
      '【法律】《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处五百元以上三千元以下的罚款。';
    const { citations, problems } = parseBasis([text]);
    expect(problems).toEqual([]);
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({ law: SOCIAL_INSURANCE, tag: '法律', articles: [{ article: 84 }] });
    expect(citations[0]!.quote).toMatch(/^用人单位不办理社会保险登记的/);
  });

  it('takes 文号 from 关于印发《…》的通知（冀医保规〔2019〕1号） and the article after it (晋州 jc-005)', () => {
    const text = '1、河北省医疗保障局关于印发《河北省医疗保障定点医疗机构协议管理办法（试行）》的通知（冀医保规〔2019〕1号）第七条 医疗保障行政部门负责统筹区内定点医疗机构协议管理的指导和监督管理工作。';
    const [c] = parseBasis([text]).citations;
    expect(c).toMatchObject({ law: '河北省医疗保障定点医疗机构协议管理办法（试行）', documentNumber: '冀医保规〔2019〕1号', articles: [{ article: 7 }] });
  });

  it('reads 全文 as the whole document and ignores a law named inside quoted text (晋州 cf-002)', () => {
    const { citations } = parseBasis([
      '2、《河北省基本医疗保险服务监督管理办法》第二十六条： 违反本办法第十条第二项规定的，由社会保险行政部门依照《中华人民共和国社会保险法》等有关法律、法规的规定处理；违反本办法第十条第三项规定的，由社会保险行政部门予以警告，责令改正，并可处二百元以上五百元以下的罚款。',
      '3、《河北省医疗保障基金监管办法》：全文。',
    ]);
    expect(citations.map((c) => [c.law, articlesOf(c)])).toEqual([
      ['河北省基本医疗保险服务监督管理办法', ['第二十六条']],
      ['河北省医疗保障基金监管办法', []],
    ]);
  });

  it('continues the law cited before when a line opens with 第十七条 (晋州 qr-001)', () => {
    const { citations } = parseBasis([
      '1、《中华人民共和国社会保险法》(主席令第35号)第八条社会保险经办机构提供社会保险服务,负责社会保险登记、个人权益记录、社会保险待遇支付等工作。',
      '第十七条用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章,向当地社会保险经办机构申请办理社会保险登记。',
    ]);
    expect(citations.map((c) => [c.law, c.documentNumber, articlesOf(c), c.passage])).toEqual([
      [SOCIAL_INSURANCE, '主席令第35号', ['第八条'], 0],
      [SOCIAL_INSURANCE, '主席令第35号', ['第十七条'], 1],
    ]);
  });

  it('splits a quote that runs on into the next articles: ”第五十八条第一款：“ (项城 qr-001)', () => {
    const text =
      '《社会保险法》第二十三条：“职工应当参加职工基本医疗保险，由用人单位和职工按照国家规定共同缴纳基本医疗保险费。”第五十八条第一款：“用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。未办理社会保险登记的，由社会保险经办机构核定其应当缴纳的社会保险费。”第六十条第一款：“用人单位应当自行申报、按时足额缴纳社会保险费，非因不可抗力等法定事由不得缓缴、减免。职工应当缴纳的社会保险费由用人单位代扣代缴，用人单位应当按月将缴纳社会保险费的明细情况告知本人。”';
    const { citations } = parseBasis([text]);
    expect(citations.map(articlesOf)).toEqual([['第二十三条'], ['第五十八条第一款'], ['第六十条第一款']]);
    expect(citations.every((c) => c.law === SOCIAL_INSURANCE)).toBe(true);
    expect(citations[1]!.quote).toBe('用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。未办理社会保险登记的，由社会保险经办机构核定其应当缴纳的社会保险费。');
  });

  it('reads digits, 第4、5条 and several titles in one line (项城 qr-002)', () => {
    const text =
      '《社会保险法》第31条，《国务院关于建立城镇职工基本医疗保险制度的决定》（国发[1998]44号）第4、5条，《周口地区行政公署关于印发周口地区地直单位城镇职工基本医疗保险暂行办法的通知》（周署[1999]121号），河南省社会保障局关于印发《河南省基本医疗保险定点医药机构协议管理办法（试行）的通知》（豫社保【2016】11号）；';
    const { citations } = parseBasis([text]);
    expect(citations.map((c) => [c.law, articlesOf(c), c.documentNumber])).toEqual([
      [SOCIAL_INSURANCE, ['第三十一条'], undefined],
      ['国务院关于建立城镇职工基本医疗保险制度的决定', ['第四条', '第五条'], '国发[1998]44号'],
      ['周口地区地直单位城镇职工基本医疗保险暂行办法', [], '周署[1999]121号'],
      ['河南省基本医疗保险定点医药机构协议管理办法（试行）', [], '豫社保【2016】11号'],
    ]);
  });

  it('reports an article written without 第 after the title (晋州 qr-002)', () => {
    const text = '1、《中华人民共和国社会保险法》(主席令第35号)五十七条用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章,向当地社会保险经办机构申请办理社会保险登记。';
    const { problems } = parseBasis([text]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/条文编号无法识别/);
  });

  it('reports a basis that names no titled document', () => {
    const { citations, problems } = parseBasis(['1、邢台市城镇职工基本医疗保险和生育保险合并实施办法（邢医保发〔2019〕52号）']);
    expect(citations).toEqual([]);
    expect(problems[0]!.reason).toMatch(/没有书名号/);
  });
});

describe('parseBasis on the 克拉玛依 spreadsheets (实施依据 cells)', () => {
  it('reads a range whose first number lacks 条: 第三十九至第五十条 (财政局)', () => {
    const text = '【法律】《中华人民共和国行政处罚法》（自2021年7月15日起施行）   第三十九至第五十条、第五十九条、第六十一条、第六十六条、第七十二条。';
    const [c] = parseBasis([text]).citations;
    expect(c!.law).toBe('中华人民共和国行政处罚法');
    expect(c!.articles.map((a) => a.article)).toEqual([39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 59, 61, 66, 72]);
  });

  it('reads a list with a missing 第 or 条 and a long enactment note (人社局)', () => {
    const text =
      '【法律】《中华人民共和国行政许可法》（2003年8月27日第十届全国人民代表大会常务委员会第四次会议通过，自2004年7月1日起施行，2019年4月23日，第十三届全国人民代表大会常务委员会第十次会议修正，自公布之日起施行）\n    第十条、第三十条、三十二条、第三十四条、第三十七条、第三十八、第四十条、第四十四条、第六十条、第六十一条、第八十一条。';
    const [c] = parseBasis([text]).citations;
    expect(c!.tag).toBe('法律');
    expect(c!.articles.map((a) => a.article)).toEqual([10, 30, 32, 34, 37, 38, 40, 44, 60, 61, 81]);
  });

  it('reads an article on the next line of the cell (医保局)', () => {
    const text = '【法律】《中华人民共和国社会保险法》（2010年10月28日通过）\n    第八十七条:社会保险经办机构以及医疗机构';
    const [c] = parseBasis([text]).citations;
    expect(c).toMatchObject({ law: SOCIAL_INSURANCE, articles: [{ article: 87 }], quote: '社会保险经办机构以及医疗机构' });
  });
});
