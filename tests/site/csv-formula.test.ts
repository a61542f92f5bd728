/**
 * CSV cells a spreadsheet would run as formulas are neutralised (src/pages/data/_open-data.ts);
 * the JSON keeps the exact text.
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/content/item-schema.ts';
import type { BureauModel } from '../../src/model/site-model.ts';
import { CSV_COLUMNS, neutralizeFormula, openDataCsv, openDataJson } from '../../src/pages/data/_open-data.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('CSV formula injection', () => {
  it('prefixes an apostrophe to cells starting with = + - @ tab or CR, and to nothing else', () => {
    for (const cell of ['=HYPERLINK("http://x","点击")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['行政处罚', '', '1-2', 'a=b', '＝全角', ' =1']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('applies to every data cell of the CSV, not to the JSON', () => {
    const item = { id: 'cf-001', bureau: 'demo', category: '行政处罚', number: '1', name: '=cmd|\' /C calc\'!A0', remarks: '@SUM(1+1)*cmd' } as unknown as Item;
    const model = { bureau: { id: 'demo', name: '-示例局' }, items: [item], stats: [], total: 1, flowcharts: [] } as unknown as BureauModel;
    const rows = parseCsv(openDataCsv([model]).slice(1));
    const row = rows[1]!;
    expect(row[CSV_COLUMNS.findIndex((c) => c.header === '事项名称')]).toBe("'=cmd|' /C calc'!A0");
    expect(row[CSV_COLUMNS.findIndex((c) => c.key === 'remarks')]).toBe("'@SUM(1+1)*cmd");
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(JSON.parse(openDataJson([model])).bureaus[0].items[0].name).toBe("=cmd|' /C calc'!A0");
  });
});
