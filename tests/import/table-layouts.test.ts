/**
 * Each layout rule of the spreadsheet/Word/CSV importer on a small file made for it: workbooks
 * written with SheetJS in .xlsx and old .xls (BIFF8) form, a GB18030 CSV and a Word table from
 * tests/fixtures/import/. Every file goes through the real reader, from bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldForHeader, ImportInputError, parseMapOptions } from '../../src/import/table/headers.ts';
import { importFiles, prepareImport } from '../../src/import/table/import-files.ts';
import { detectFormat } from '../../src/import/table/detect-format.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const scratch = mkdtempSync(join(tmpdir(), 'qingdan-layouts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Sheet = { name: string; rows: string[][]; merges?: string[] };

/** Writes a workbook (xlsx, or BIFF8 .xls) and returns its path. */
function workbook(file: string, sheets: Sheet[], bookType: 'xlsx' | 'biff8' = 'xlsx'): string {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    ws['!merges'] = (s.merges ?? []).map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  const path = join(scratch, file);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType }));
  return path;
}

function run(files: string[], extra: Partial<Parameters<typeof prepareImport>[0]> = {}) {
  return prepareImport({ files, slug: 'demo', contentDir: scratch, bureau: { level: '县级', name: '示例县医疗保障局', version: '2025年版' }, ...extra });
}

const HEADER = ['序号', '事项名称', '子项名称', '权力类型', '实施依据', '行使主体'];
const basis = '《示例法》第一条';
const subject = '示例县医疗保障局';

describe('headers', () => {
  it('are found without their spaces and line breaks, below title rows', () => {
    const file = workbook('spaced.xlsx', [
      { name: 'Sheet1', rows: [['示例县医疗保障局权责清单'], ['   '], ['序  号', '事项\n名称', '权力\n类型', '实施依据', '行使主体'], ['1', '对示例的处罚', '行政处罚', basis, subject]] },
    ]);
    const r = run([file]);
    expect(r.items).toEqual([expect.objectContaining({ number: '1', name: '对示例的处罚', category: '行政处罚', basis: [basis], subject })]);
    expect(r.bureau.list_title).toBe('示例县医疗保障局权责清单');
  });

  it('are matched in their many wordings, exactly first and longest first', () => {
    expect(fieldForHeader('职权名称')?.field).toBe('name');
    expect(fieldForHeader('权力名称')?.field).toBe('name');
    expect(fieldForHeader('项目')?.field).toBe('name');
    expect(fieldForHeader('职权类别')?.field).toBe('category');
    expect(fieldForHeader('事项类型')?.field).toBe('category');
    expect(fieldForHeader('设定依据')?.field).toBe('basis');
    expect(fieldForHeader('依据')?.field).toBe('basis');
    expect(fieldForHeader('实施主体')?.field).toBe('subject');
    expect(fieldForHeader('行政主体')?.field).toBe('subject');
    expect(fieldForHeader('权力编码')?.field).toBe('code');
    expect(fieldForHeader('责任事项')?.field).toBe('duties');
    expect(fieldForHeader('责任事项内容')?.field).toBe('duties');
    expect(fieldForHeader('责任事项依据')).toEqual({ field: 'duty_basis', how: 'exact' });
    expect(fieldForHeader('追责对象\n范围')?.field).toBe('accountable_parties');
    // A longer header containing a known wording: the longest wording wins (责任事项依据, not 依据).
    expect(fieldForHeader('责任事项依据（法律法规）')).toEqual({ field: 'duty_basis', how: 'contains' });
    expect(fieldForHeader('说明')).toBeUndefined();
    // General words count only as the whole header: 收费项目 is a fee, 事项类型 a category.
    expect(fieldForHeader('收费项目')?.field).toBe('fee');
    expect(fieldForHeader('项目')?.field).toBe('name');
    expect(fieldForHeader('服务事项')).toBeUndefined();
  });

  it('keeps a column it cannot map in the report, cell by cell, and --map maps it', () => {
    const rows = [[...HEADER, '服务对象'], ['1', '示例处罚', '', '行政处罚', basis, subject, '企业']];
    const file = workbook('unknown.xlsx', [{ name: 'Sheet1', rows }]);
    const r = run([file]);
    expect(r.report).toContain('G “服务对象”（表头不是已知字段 / header not a known field）');
    expect(r.report).toContain('「Sheet1」第 2 行 G 列（表头“服务对象”）：表头不是已知字段 / header not a known field：“企业”');
    const mapped = run([file], { map: parseMapOptions(['服务对象=remarks']) });
    expect(mapped.items[0]!.remarks).toBe('企业');
    expect(mapped.report).toContain('G “服务对象” → remarks（备注，--map 指定）');
    expect(() => parseMapOptions(['服务对象=nonsense', '=name'])).toThrow(/未知字段 “nonsense”[\s\S]*应写成 表头=字段/);
  });

  it('gives the second column under a header merged over two its own field (实施层级及权限)', () => {
    const file = workbook('level.xlsx', [
      { name: 'Sheet1', rows: [[...HEADER, '实施层级及权限', ''], ['1', '示例检查', '', '行政检查', basis, subject, '县级', '负责本县示例检查']], merges: ['G1:H1'] },
    ]);
    expect(run([file]).items[0]).toMatchObject({ level: '县级', level_scope: '负责本县示例检查' });
  });
});

describe('layouts', () => {
  it('fills a 主项 merged down over its 子项 rows, and a 子项 merged over two rows is one item', () => {
    const file = workbook(
      'merged.xls',
      [
        {
          name: '附表1',
          rows: [
            HEADER,
            ['1', '示例审批', '1.设立审批', '行政许可', basis, subject],
            ['', '', '', '', '', ''],
            ['', '', '2.变更审批', '行政许可', basis, subject],
            ['2', '另一审批', '无', '行政许可', basis, subject],
          ],
          merges: ['A2:A4', 'B2:B4', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3'],
        },
      ],
      'biff8',
    );
    const r = run([file]);
    expect(r.items.map((i) => [i.number, i.name, i.subitem, i.source!.lines])).toEqual([
      ['1', '示例审批', '1.设立审批', [2, 3]],
      ['1', '示例审批', '2.变更审批', [4, 4]],
      ['2', '另一审批', undefined, [5, 5]],
    ]);
  });

  it('gives a 子项 row whose name merge is shorter than its 序号 merge the name above, and says so', () => {
    const file = workbook('short-merge.xlsx', [
      {
        name: 'Sheet1',
        rows: [HEADER, ['4', '中外合作审批', '1.设立', '行政许可', basis, subject], ['', '', '2.终止', '行政许可', basis, subject]],
        merges: ['A2:A3'],
      },
    ]);
    const r = run([file]);
    expect(r.items.map((i) => [i.number, i.name, i.subitem])).toEqual([
      ['4', '中外合作审批', '1.设立'],
      ['4', '中外合作审批', '2.终止'],
    ]);
    expect(r.report).toContain('子项“2.终止”没有事项名称，沿用上一行的事项名称“中外合作审批”');
  });

  it('joins a row with no name that continues the item above (an item written over two rows)', () => {
    const file = workbook('continued.xlsx', [
      { name: 'Sheet1', rows: [HEADER, ['1', '示例处罚', '', '行政处罚', '《示例法》第一条', subject], ['', '', '', '', '《示例条例》第二条', '']] },
    ]);
    const r = run([file]);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.basis).toEqual(['《示例法》第一条', '《示例条例》第二条']);
    expect(r.items[0]!.source!.lines).toEqual([2, 3]);
    expect(r.report).toContain('第 3 行：没有事项名称和子项，作为上一行事项的续行并入');
  });

  it('takes the category from one sheet per category and checks the count in its name', () => {
    const file = workbook('per-category.xlsx', [
      { name: '行政检查（2项）', rows: [['序号', '事项名称', '实施依据', '行使主体'], ['1', '检查一', basis, subject], ['2', '检查二', basis, subject]] },
      { name: '其他行政权力（3项）', rows: [['序号', '事项名称', '实施依据', '行使主体'], ['1', '其他一', basis, subject], ['2', '其他二', basis, subject]] },
      { name: '行政许可类', rows: [['序号', '事项名称', '实施依据', '行使主体'], ['1', '许可一', basis, subject]] },
    ]);
    const r = run([file]);
    expect(r.items.map((i) => [i.id, i.category, i.category_label])).toEqual([
      ['jc-001', '行政检查', '行政检查'],
      ['jc-002', '行政检查', '行政检查'],
      ['qt-001', '其他行政权力', '其他行政权力'],
      ['qt-002', '其他行政权力', '其他行政权力'],
      ['xk-001', '行政许可', '行政许可类'],
    ]);
    expect(r.report).toContain('| 行政检查 | 行政检查 | 2 | 2 | 2（一致） |');
    expect(r.report).toContain('| 行政许可 | 行政许可类 | 1 | 1 | — |');
    expect(r.report).toContain('| 其他行政权力 | 其他行政权力 | 2 | 2 | 3（**不一致** / disagrees） |');
    expect(r.items[2]!.source!.file).toBe('per-category.xlsx#其他行政权力（3项）');
  });

  it('skips blank rows, keeps footnotes and stray columns in the report, and ignores empty columns', () => {
    const file = workbook('footnote.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          [...HEADER, '', '', ''],
          ['1', '示例处罚', '', '行政处罚', basis, subject, '', '', '行政许可'],
          ['', '', '', '', '', '', '', '', ''],
          ['2', '示例检查', '', '行政检查', basis, subject, '', '', '行政检查'],
          ['注：本清单包括县、乡两级事项。', '', '', '', '', '', '', '', ''],
        ],
        merges: ['A5:F5'],
      },
    ]);
    const r = run([file]);
    expect(r.items.map((i) => i.name)).toEqual(['示例处罚', '示例检查']);
    expect(r.report).toContain('「Sheet1」第 5 行 A 列（表头“序号”）：不是事项行（脚注、说明或空名称）/ not an item row (footnote or note)：“注：本清单包括县、乡两级事项。”');
    expect(r.report).toContain('「Sheet1」第 2 行 I 列：无表头的列 / column without a header：“行政许可”');
    expect(r.report).toContain('「Sheet1」第 4 行 I 列：无表头的列 / column without a header：“行政检查”');
    expect(r.report).not.toMatch(/[GH] 列/);
  });

  it('joins a name or subject hard-wrapped mid-word, and keeps the line breaks of running text', () => {
    const file = workbook('wrapped.xlsx', [
      { name: 'Sheet1', rows: [HEADER, ['1', '对不按规定办理登记\n行为的处罚', '', '行政处罚', '【法律】《示例法》\n第十条：示例条文。', '示例县医疗\n保障局']] },
    ]);
    expect(run([file]).items[0]).toMatchObject({ name: '对不按规定办理登记行为的处罚', subject: '示例县医疗保障局', basis: ['【法律】《示例法》', '第十条：示例条文。'] });
  });

  it('maps non-standard category labels and keeps the original; an unknown one is an error with its place', () => {
    const good = workbook('labels.xlsx', [
      { name: 'Sheet1', rows: [HEADER, ['1', '甲', '', '其他权力', basis, subject], ['2', '乙', '', '行政许可类', basis, subject], ['3', '丙', '', '其他行政职权', basis, subject]] },
    ]);
    expect(run([good]).items.map((i) => [i.category, i.category_label])).toEqual([
      ['其他行政权力', '其他权力'],
      ['行政许可', '行政许可类'],
      ['其他行政权力', '其他行政职权'],
    ]);
    const bad = workbook('bad-labels.xlsx', [
      { name: 'Sheet1', rows: [HEADER, ['1', '甲', '', '行政指导', basis, subject], ['2', '乙', '', '行政处罚', '', subject]] },
    ]);
    let error: ImportInputError | undefined;
    try {
      run([bad]);
    } catch (e) {
      error = e as ImportInputError;
    }
    expect(error).toBeInstanceOf(ImportInputError);
    expect(error!.problems).toEqual([
      expect.stringMatching(/^bad-labels\.xlsx 「Sheet1」第 2 行 D 列：权力类型“行政指导”不是已知类型；允许：行政许可、行政处罚/),
      expect.stringMatching(/^bad-labels\.xlsx 「Sheet1」第 3 行：实施依据为空/),
    ]);
  });

  it('reads /, 无 and empty cells as nothing', () => {
    const file = workbook('nothing.xlsx', [
      { name: 'Sheet1', rows: [[...HEADER, '备注', '承办机构'], ['1', '甲', '无', '行政处罚', basis, subject, '/', '—']] },
    ]);
    const r = run([file]);
    expect(r.items[0]).not.toHaveProperty('subitem');
    expect(r.items[0]).not.toHaveProperty('remarks');
    expect(r.items[0]).not.toHaveProperty('department');
    expect(r.report).toContain('只含“/”“无”等表示“没有”的单元格 3 个');
  });
});

describe('formats', () => {
  it('are detected from the bytes, not the name', () => {
    const xlsAsXlsx = workbook('renamed.xlsx', [{ name: 'Sheet1', rows: [HEADER, ['1', '甲', '', '行政处罚', basis, subject]] }], 'biff8');
    expect(detectFormat(readFileSync(xlsAsXlsx))).toBe('xls');
    expect(run([xlsAsXlsx]).items).toHaveLength(1);
    const csvAsXls = join(scratch, 'csv-named.xls');
    writeFileSync(csvAsXls, `${HEADER.join(',')}\r\n1,甲,,行政处罚,${basis},${subject}\r\n`);
    expect(detectFormat(readFileSync(csvAsXls))).toBe('csv');
    expect(run([csvAsXls]).items[0]!.source!.file).toBe('csv-named.xls');
    expect(detectFormat(readFileSync(join(FIXTURES, 'list-table.docx')))).toBe('docx');
  });

  it('reads a GB18030 CSV', () => {
    const r = prepareImport({ files: [join(FIXTURES, 'gb18030.csv')], slug: 'demo-csv', contentDir: scratch, bureau: { level: '县级' } });
    expect(r.bureau).toMatchObject({ name: '示例县人力资源和社会保障局', list_title: '示例县人力资源和社会保障局权责清单（2024年版）', version: { label: '2024年' } });
    expect(r.items.map((i) => [i.id, i.name, i.category, i.category_label])).toEqual([
      ['cf-001', '对用人单位违法行为的处罚', '行政处罚', '行政处罚'],
      ['qt-001', '劳动用工备案（含𠀀字）', '其他行政权力', '其他权力'],
    ]);
    expect(r.items[1]!.basis).toEqual(['《就业服务与就业管理规定》第六十二条']);
    expect(r.report).toContain('csv（GB18030）');
  });

  it('reads a Word table with merged cells and writes a folder that passes the schemas', () => {
    const r = importFiles({ files: [join(FIXTURES, 'list-table.docx')], slug: 'demo-docx', contentDir: join(scratch, 'content'), bureau: { level: '县级' } });
    expect(r.bureau).toMatchObject({ name: '示例县医疗保障局', version: { label: '2025年' } });
    expect(r.items.map((i) => [i.id, i.number, i.name, i.subitem])).toEqual([
      ['cf-001', '1', '对示例行为的处罚', undefined],
      ['qr-001', '2', '示例登记', '单位登记'],
      ['qr-002', '2', '示例登记', '个人登记'],
    ]);
    const first = r.items[0]!;
    expect(first.basis).toEqual(['【法律】《中华人民共和国示例法》', '第十条：示例条文。']);
    expect(first.duties).toEqual([{ stage: '立案责任', text: [{ numbering: '1.', items: ['对涉嫌违法行为依法立案。', '不予立案的说明理由。'] }] }]);
    expect(first.accountability).toEqual({ intro: '因不履行或不正确履行行政职责，有下列情形的，应承担相应责任：', cases: ['对应当立案的不予立案的；', '其他违反法律法规规章文件规定的行为。'] });
    expect(first).not.toHaveProperty('remarks');
    expect(first.source).toEqual({ file: 'list-table.docx#表1', lines: [2, 2] });
    expect(readFileSync(join(scratch, 'content', 'demo-docx', 'qr-002.yaml'), 'utf8')).toContain('subitem: 个人登记');
  });
});
