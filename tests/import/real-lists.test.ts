/**
 * The four real lists of 克拉玛依市 departments (tests/fixtures/real-lists/, see its README) imported
 * with npm run import's code into a temporary content folder: counts per category against the
 * counts the files state or the fixture README gives, field-by-field checks of five items of each
 * list (expected values copied by hand from the spreadsheets), the report, and a real site build
 * from the imported folder, whose data/<bureau>.xlsx reads back into the same items.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/content/item-schema.ts';
import { importFiles, type BureauOptions } from '../../src/import/table/import-files.ts';
import { ImportInputError } from '../../src/import/table/headers.ts';
import { readTableFile } from '../../src/import/table/read-file.ts';
import { checkContent } from '../../src/lint/check-content.ts';
import { buildSite } from '../helpers/build-site.ts';
import { countByCategory } from './seed-test-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'real-lists');
const scratch = mkdtempSync(join(tmpdir(), 'qingdan-real-lists-'));
const content = join(scratch, 'content');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function importList(file: string, slug: string, bureau: BureauOptions = {}) {
  return importFiles({ files: [join(FIXTURES, file)], slug, contentDir: content, bureau: { level: '市级', ...bureau } });
}

const yibao = importList('karamay-yibao-2024.xls', 'karamay-yibao');
const renshe = importList('karamay-renshe-2024.xls', 'karamay-renshe');
const guodongban = importList('karamay-guodongban-2024.xlsx', 'karamay-guodongban', { name: '克拉玛依市国防动员办公室', version: '2024' });
const caizheng = importList('karamay-caizheng-2025.xlsx', 'karamay-caizheng');

function item(items: Item[], number: string, subitem?: string): Item {
  const found = items.filter((i) => i.number === number && (subitem === undefined || i.subitem === subitem));
  expect(found, `序号 ${number} ${subitem ?? ''}`).toHaveLength(1);
  return found[0]!;
}

/** The plain lines of rich text (lists as their items). */
function lines(text: Item['basis'] | Item['remarks']): string[] {
  if (text === undefined) return [];
  return (typeof text === 'string' ? [text] : text).flatMap((b) => (typeof b === 'string' ? [b] : b.items));
}

/** Distinct 主项 per category: items counted once per 序号 and name. */
function mainItemsByCategory(items: Item[]): Record<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const i of items) seen.set(i.category, (seen.get(i.category) ?? new Set()).add(`${i.number}|${i.name}`));
  return Object.fromEntries([...seen].map(([k, v]) => [k, v.size]));
}

describe('克拉玛依市医疗保障局 (BIFF8 .xls, one sheet)', () => {
  it('has 17 items in the stated categories', () => {
    expect(yibao.items).toHaveLength(17);
    expect(countByCategory(yibao.items)).toEqual({ 行政处罚: 6, 行政强制: 1, 行政检查: 8, 行政奖励: 1, 其他行政权力: 1 });
    expect(yibao.bureau).toMatchObject({ name: '克拉玛依市医疗保障局', region: '克拉玛依市', list_title: '克拉玛依市医疗保障局2024年权责清单', version: { label: '2024年' } });
  });

  it('reads five items field by field', () => {
    const first = item(yibao.items, '1');
    expect(first.name).toBe('对医疗保险经办机构以及医疗机构、药品经营单位等医疗保险服务机构以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险基金支出的处罚');
    expect(first).toMatchObject({ category: '行政处罚', subject: '克拉玛依市医疗保障局', department: '基金监管科', source: { file: 'karamay-yibao-2024.xls#Sheet1', lines: [3, 3] } });
    expect(lines(first.basis)[0]).toBe('【法律】《中华人民共和国社会保险法》（2010年10月28日通过）');
    expect(first.duties!.map((d) => d.stage)).toEqual(['直接实施责任', '指导监督责任']);
    expect(first.accountable_parties).toEqual([{ numbering: '1.', items: ['具体承办人；', '内设机构负责人；', '单位法定代表人或分管领导。'] }]);
    expect(first.accountability!.cases[0]).toBe('对符合法定条件的申请不予受理立案的；');
    expect(first.subitem).toBeUndefined();

    const fourth = item(yibao.items, '4');
    expect(fourth.name).toBe('对采取虚报、隐瞒、伪造等手段，骗取医疗救助资金的处罚');
    expect(lines(fourth.basis)[0]).toBe('《社会救助暂行办法》（中华人民共和国国务院令第649号）');
    expect(lines(fourth.duty_basis)[0]).toBe('【法律】《中华人民共和国行政处罚法》（2017年9月1日第二次修正）');

    const reward = item(yibao.items, '15');
    expect(reward).toMatchObject({ name: '对举报欺诈骗取医疗保障基金行为的奖励', category: '行政奖励', department: '基金监管科' });
    expect(reward.accountability!.cases.slice(0, 2)).toEqual(['对符合法定条件的表彰不予表彰的；', '对不符合法定条件的表彰予以表彰的；']);

    const price = item(yibao.items, '16');
    expect(price).toMatchObject({ name: '制定公立医疗机构医疗服务价格', category: '其他行政权力', category_label: '其他行政权力', department: '业务科' });
    // 直接实施责任: with an ASCII colon is a stage label too.
    expect(price.duties![0]!.stage).toBe('直接实施责任');
    expect(lines(price.duties![0]!.text).slice(0, 2)).toEqual(['规范完善医疗服务价格调整程序。', '按照专家论证、成本调查、听取意见、集体决议等环节规范进行。']);

    const audit = item(yibao.items, '17');
    expect(audit).toMatchObject({ name: '医疗保险稽核', category: '行政检查', department: '医疗保障服务中心', duty_basis: '《中华人民共和国社会保险法》（2010年10月28日通过）第三十一条。' });
    expect(audit.accountability!.cases[0]).toBe('对不符合检查条款条件的申请人通过检查的；');
  });
});

describe('克拉玛依市人力资源和社会保障局 (BIFF8 by WPS, 主项 merged over 子项)', () => {
  it('has 108 rows: 100 主项, 12 of them with 子项 rows', () => {
    expect(renshe.items).toHaveLength(108);
    expect(mainItemsByCategory(renshe.items)).toEqual({ 行政许可: 6, 行政强制: 2, 行政处罚: 76, 行政检查: 14, 其他行政权力: 2 });
    expect(renshe.items.filter((i) => i.number === '3' && i.category === '行政许可').map((i) => i.subitem)).toEqual([
      '1.民办职业培训学校设立审批',
      '2.民办职业培训学校分立审批',
      '3.民办职业培训学校合并审批',
      '4.民办职业培训学校变更审批',
      '5.民办职业学校终止审批',
    ]);
  });

  it('reads five items field by field', () => {
    const first = item(renshe.items, '1');
    expect(first).toMatchObject({ name: '人力资源服务许可', subitem: '人力资源服务许可审批', category: '行政许可', subject: '市人力资源和社会保障局', department: '人力资源开发和市场管理科（专业技术人员管理科）', level: '地州市级', level_scope: '负责市本级人力资源服务许可', department_duties: '拟定人力资源市场发展规划和相关政策，负责人力资源市场建设工作。' });
    expect(first.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应的责任：');
    expect(first.accountability!.cases).toHaveLength(9);

    // 序号 merged over rows 10–14 but 事项名称 over 10–13 only: row 14 takes the name from above.
    const last = item(renshe.items, '4', '5.中外合作职业技能培训机构终止审批');
    expect(last).toMatchObject({ name: '中外合作职业技能培训机构设立、分立、合并、变更及终止审批', level_scope: '负责全市中外合作职业培训机构终止审批', source: { lines: [14, 14] } });
    expect(lines(last.basis)[0]).toMatch(/^【法规】《中华人民共和国中外合作办学条例》（2003年03月01日国务院令第372号公布，自2003年9月1日起施行， 2019年03月02/);
    expect(renshe.report).toContain('「附表1」第 14 行 B 列：子项“5.中外合作职业技能培训机构终止审批”没有事项名称，沿用上一行的事项名称');

    const fifth = item(renshe.items, '5');
    expect(fifth).toMatchObject({ name: '企业实行不定时工作制和综合计算工时工作制审批', department: '劳动关系科（劳动保障监察科）' });
    // A full-width space inside the text becomes one ordinary space.
    expect(lines(fifth.basis)[0]).toContain('第八次会议通过 1994年7月5日中华人民共和国主席令第');

    const hundredth = item(renshe.items, '100');
    expect(hundredth).toMatchObject({ category: '其他行政权力', department_duties: '拟定继续教育政策，负责继续教育基地的评估认定。' });
    expect(hundredth.name).toBe('对专业技术人员继续教育机构违反规定，未认真实施继续教育教学计划、公开继续教育的范围、内容、收费项目及标准等行为的处理');
    expect(hundredth.duties!.map((d) => d.stage)).toEqual(['直接实施责任', '指导监督责任']);
    expect(hundredth.accountability!.cases[0]).toBe('未按规定程序，实施继续教育教学计划的;');

    const sub = item(renshe.items, '3', '2.民办职业培训学校分立审批');
    expect(sub).toMatchObject({ name: '民办职业培训学校设立、分立、合并、变更及终止审批', level_scope: '负责市本级民办职业培训学校分立审批', source: { lines: [6, 6] } });
  });
});

describe('克拉玛依市国防动员办公室 (OOXML, one sheet per category)', () => {
  it('has 17 主项 in 18 rows, matching the counts in the sheet names', () => {
    expect(guodongban.items).toHaveLength(18);
    expect(mainItemsByCategory(guodongban.items)).toEqual({ 行政检查: 3, 行政许可: 3, 行政征收: 1, 行政处罚: 5, 其他行政权力: 5 });
    expect(guodongban.report).toContain('| 行政许可 | 行政许可 | 4 | 3 | 3（一致） |');
    expect(guodongban.bureau.list_title).toBe('克拉玛依市人防系统权责清单指导目录');
  });

  it('reads five items field by field', () => {
    const items = guodongban.items;
    const [a, b] = items.filter((i) => i.category === '行政许可' && i.number === '1');
    expect(a).toMatchObject({ name: '应建防空地下室的民用建筑项目报建审批', subitem: '1.新建民用建筑防空地下室同步建设审批', level: '地州市级', level_scope: '负责行政区域内新建民用建筑防空地下室同步建设审批', source: { file: 'karamay-guodongban-2024.xlsx#行政许可（3项）', lines: [4, 5] } });
    expect(b).toMatchObject({ name: '应建防空地下室的民用建筑项目报建审批', subitem: '2.新建民用建筑防空地下室易地建设审批', level_scope: '负责行政区域内新建民用防空地下室易地建设审批。', source: { lines: [6, 7] } });
    expect(lines(b!.basis)[0]).toMatch(/^【法律】《中华人民共和国人民防空法》（1996年10月29日第八届全国人民代表大会常务委员会第二十二次会议通过，2009年8月27日中华人民/);

    const levy = items.find((i) => i.category === '行政征收')!;
    // 子项名称 「无」 means none.
    expect(levy).toMatchObject({ name: '人防工程平时使用费的征收', department: '平战结合保障中心', department_duties: '负责人民防空经费和国有资产管理', subject: '克拉玛依市国防动员办公室（克拉玛依市人民防空办公室）' });
    expect(levy.subitem).toBeUndefined();

    const siren = items.find((i) => i.category === '其他行政权力' && i.number === '5')!;
    expect(siren).toMatchObject({ name: '安装防空警报设施', department: '动员联络科（指挥和信息科）', level: '地州市级', level_scope: '负责行政区域内防空警报设施安装。' });

    const penalty = items.find((i) => i.category === '行政处罚' && i.number === '1')!;
    expect(penalty).toMatchObject({ name: '对不按照国家规定的防护标准和质量标准修建人民防空工程的处罚', department: '工程建设管理科（军事设施保护科）' });
    expect(penalty.accountability!.intro).toBe('因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：');
    expect(penalty.accountability!.cases[0]).toBe('不具备行政执法资格实施行政处罚的；');
    expect(lines(penalty.duties![0]!.text)[0]).toBe('全面、客观、公正地调查，收集有关证据。');
  });
});

describe('克拉玛依市财政局 (BIFF8 named .xlsx, stray column, footnote)', () => {
  it('has 19 items in the stated categories and keeps the footnote and the stray column in the report', () => {
    expect(caizheng.items).toHaveLength(19);
    expect(countByCategory(caizheng.items)).toEqual({ 行政检查: 3, 行政处罚: 9, 行政裁决: 1, 行政确认: 1, 行政许可: 2, 其他行政权力: 3 });
    expect(caizheng.report).toContain('「Sheet1」第 23 行 A 列（表头“序号”）：不是事项行（脚注、说明或空名称）/ not an item row (footnote or note)：“备注：包括市、区两级行使行政权力事项数量。”');
    expect(caizheng.report).toContain('「Sheet1」第 4 行 N 列：无表头的列 / column without a header：“行政许可”');
    expect(caizheng.report.match(/第 \d+ 行 N 列/g)).toHaveLength(10);
    expect(caizheng.bureau).toMatchObject({ name: '克拉玛依市财政局', list_title: '克拉玛依市财政局2025年权责清单', version: { label: '2025年' } });
  });

  it('reads five items field by field', () => {
    const items = caizheng.items;
    const check = item(items, '1');
    expect(check).toMatchObject({ name: '对执行财政法规情况以及财政、财务管理事项的检查', category: '行政检查', subject: '克拉玛依市财政局', department: '财政内控监督科', source: { lines: [4, 4] } });
    expect(lines(check.basis)[0]).toBe('【法规】《财政违法行为处罚处分条例》（自2011年1月8日起实施）');
    expect(check.accountability!.cases.slice(0, 2)).toEqual(['超越或者滥用监督职权的；', '违反规定程序实施监督检查的；']);

    const ruling = item(items, '13');
    expect(ruling).toMatchObject({ name: '政府采购投诉处理', category: '行政裁决', department: '政府采购科' });
    expect(lines(ruling.duties![0]!.text)[0]).toBe('执行自治区级制定的投诉处理等规 范，也可结合本地实际，细化、量化投诉处理的规范制度。');

    const last = item(items, '19');
    expect(last).toMatchObject({ name: '交易场所设立审核、变更事项审批及变更事项备案', category: '其他行政权力', department: '市金融服务中心' });
    expect(last.accountability!.intro).toBe('因不履行或不正确履行行政之职责，有下列情形的，行政机关及相关工作人员应承担相应的责任：');
    expect(lines(last.duty_basis)[0]).toBe('【规范性文件】《新疆维吾尔自治区交易场所监督管理办法》（新政发〔2017〕95号');

    const penalty = item(items, '2');
    expect(penalty).toMatchObject({ name: '对不依法设置会计账簿等行为的处罚', category: '行政处罚' });
    expect(lines(penalty.basis)[0]).toMatch(/^【法律】《中华人民共和国会计法》\(1985年1月21日第六届全国人大常委会第九/);

    const eighteenth = item(items, '18');
    expect(eighteenth.name).toMatch(/^融资担保公司在住所地所在省、自治区、直辖市范围内设立分支机构，变更名称，变更持有/);
    expect(eighteenth.remarks).toBeUndefined();
  });
});

/** Every string inside a value, joined, without whitespace. */
function allText(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\s+/g, '');
  if (Array.isArray(value)) return value.map(allText).join('|');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('|');
  return '';
}

const LIST_MARKER = /^(\d{1,2}\s*[、.．]|（\d{1,2}）|\(\d{1,2}\)|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473])/;

describe('nothing lost', () => {
  const lists = [
    ['karamay-yibao-2024.xls', yibao],
    ['karamay-renshe-2024.xls', renshe],
    ['karamay-guodongban-2024.xlsx', guodongban],
    ['karamay-caizheng-2025.xlsx', caizheng],
  ] as const;
  for (const [file, result] of lists) {
    it(`${file}: every line of every non-empty cell below the header is in an item of its row, or in the report`, () => {
      const { sheets } = readTableFile(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
      const report = result.report.replace(/\s+/g, '');
      let checked = 0;
      for (const sheet of sheets) {
        const header = sheet.rows.findIndex((row) => row.some((c) => c.replace(/\s+/g, '') === '事项名称'));
        for (let r = header + 1; r < sheet.rows.length; r++) {
          const own = result.items.filter((i) => i.source!.file === `${file}#${sheet.name}` && i.source!.lines[0] <= r + 1 && r + 1 <= i.source!.lines[1]);
          const text = own.map(allText).join('|');
          for (const cell of sheet.rows[r] ?? []) {
            if (['', '/', '无'].includes(cell.trim())) continue;
            for (const line of cell.split('\n')) {
              const bare = line.replace(/\s+/g, '').replace(LIST_MARKER, '').replace(/[：:]$/, '');
              if (bare === '') continue;
              checked++;
              expect(text.includes(bare) || report.includes(bare), `${sheet.name} row ${r + 1}: ${line}`).toBe(true);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});

describe('all four', () => {
  it('report the required elements the files lack', () => {
    for (const r of [yibao, renshe, guodongban, caizheng]) {
      expect(r.report).toContain('- 编码：**文件中没有** / the file lacks it');
      expect(r.report).toContain('- 流程图：**文件中没有**');
      expect(r.report).toContain('- 监督方式：**文件中没有**');
      expect(r.report).toContain('- 依据：齐全 / present');
      expect(readFileSync(join(content, r.bureau.id, 'IMPORT.md'), 'utf8')).toBe(r.report);
    }
  });

  it('pass npm run check with zero errors', () => {
    const result = checkContent(scratch, 'content');
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.content.items).toHaveLength(17 + 108 + 18 + 19);
  });

  it('never replace an existing bureau without force', () => {
    expect(() => importList('karamay-yibao-2024.xls', 'karamay-yibao')).toThrow(ImportInputError);
    expect(importFiles({ files: [join(FIXTURES, 'karamay-yibao-2024.xls')], slug: 'karamay-yibao', contentDir: content, force: true, bureau: { level: '市级' } }).items).toHaveLength(17);
  });

  it('build into the site, whose data/<bureau>.xlsx imports back into the same items', () => {
    const dist = buildSite({ content });
    for (const r of [yibao, renshe, guodongban, caizheng]) {
      expect(readFileSync(join(dist, r.bureau.id, r.items[0]!.id, 'index.html'), 'utf8')).toContain(r.items[0]!.name);
      const back = importFiles({ files: [join(dist, 'data', `${r.bureau.id}.xlsx`)], slug: r.bureau.id, contentDir: join(scratch, 'back'), bureau: { name: r.bureau.name, level: '市级', version: '2024' } });
      const byId = (items: Item[]) => [...items].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(back.items)).toEqual(byId(r.items));
    }
  });
});
