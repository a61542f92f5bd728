/**
 * Open data: the build writes every list as JSON and CSV under data/ (one file per bureau and one
 * for all), holding the same data as the pages; CSV is UTF-8 with a BOM and RFC 4180 quoting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, richTextLines } from '../../src/pages/data/_open-data.ts';
import type { BureauModel } from '../../src/model/site-model.ts';
import { siteModelOfFolder } from '../../src/model/site-model-files.ts';
import { buildSite } from '../helpers/build-site.ts';
import { parseCsv } from '../helpers/csv.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { SITE_FIXTURE } from './site-fixture.ts';

let outDir: string;
const model = siteModelOfFolder(process.cwd(), SITE_FIXTURE);

beforeAll(() => {
  outDir = buildSite({ content: SITE_FIXTURE });
});

const read = (file: string) => readFileSync(join(outDir, file));
const column = (header: string) => CSV_COLUMNS.findIndex((c) => c.header === header);

describe('data files', () => {
  it('exist for every bureau and for all, and nothing else', () => {
    // Issue 15 added the 依据索引 (laws.json), the cross-bureau matches (alignment.json) and each bureau's versions.
    expect(siteFiles(join(outDir, 'data'))).toEqual(['alignment.json', 'all.csv', 'all.json', 'laws.json', 'shifan.csv', 'shifan.json', 'shifan.xlsx', 'versions/shifan.json', 'versions/yangli.json', 'yangli.csv', 'yangli.json', 'yangli.xlsx']);
  });

  it('are linked from the pages', () => {
    expect(read('index.html').toString()).toContain('href="data/all.csv"');
    expect(read('shifan/index.html').toString()).toContain('href="../data/shifan.json"');
  });
});

describe('JSON', () => {
  const check = (bureaus: BureauModel[], json: { format: string; format_version: number; bureaus: Record<string, unknown>[] }) => {
    expect(json.format).toBe('qingdan-open-data');
    expect(json.format_version).toBe(1);
    expect(json.bureaus.map((b) => b.id)).toEqual(bureaus.map((b) => b.bureau.id));
    json.bureaus.forEach((b, i) => {
      const m = bureaus[i]!;
      const { page, stats, total, flowcharts, items, ...bureau } = b;
      expect(bureau).toEqual(m.bureau);
      expect(page).toBe(`${m.bureau.id}/`);
      expect(stats).toEqual(m.stats);
      expect(total).toBe(m.total);
      expect(flowcharts).toEqual(m.flowcharts);
      expect(items).toEqual(m.items.map((item) => ({ ...item, page: `${item.bureau}/${item.id}/` })));
    });
  };

  it('holds each bureau as in content/, with its 统计表, flowcharts and items in page order', () => {
    check(model.bureaus, JSON.parse(read('data/all.json').toString('utf8')));
    for (const m of model.bureaus) check([m], JSON.parse(read(`data/${m.bureau.id}.json`).toString('utf8')));
  });

  it('links each item to a page that exists', () => {
    const pages = new Set(siteFiles(outDir, 'index.html'));
    const json = JSON.parse(read('data/all.json').toString('utf8')) as { bureaus: { items: { page: string }[] }[] };
    for (const item of json.bureaus.flatMap((b) => b.items)) expect(pages.has(`${item.page}index.html`), item.page).toBe(true);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a byte-order mark and CRLF records, read back by a strict RFC 4180 reader', () => {
    const bytes = read('data/all.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(1 + model.bureaus.reduce((n, b) => n + b.items.length, 0));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('has one row per item, in page order, with the texts the pages show', () => {
    const rows = parseCsv(read('data/all.csv').toString('utf8').slice(1)).slice(1);
    const items = model.bureaus.flatMap((b) => b.items);
    rows.forEach((row, i) => {
      const item = items[i]!;
      expect(row[column('事项标识')]).toBe(item.id);
      expect(row[column('部门标识')]).toBe(item.bureau);
      expect(row[column('事项名称')]).toBe(item.name);
      expect(row[column('实施依据')]).toBe(richTextLines(item.basis));
      expect(row[column('页面')]).toBe(`${item.bureau}/${item.id}/`);
      const html = read(`${item.bureau}/${item.id}/index.html`).toString('utf8');
      expect(html).toContain(`<h1>${item.subitem ? `${item.name}（${item.subitem}）` : item.name}</h1>`);
    });
    const cf001 = rows.find((r) => r[column('部门标识')] === 'shifan' && r[column('事项标识')] === 'cf-001')!;
    expect(cf001[column('实施依据')]).toContain('\n（一）诱导、协助他人冒名或者虚假就医、购药');
    expect(cf001[column('责任事项')]!.split('\n')[0]).toBe('立案责任：对检查中发现、举报、上级交办、其他机关移送的违法案件，予以审查，决定是否立案。');
    expect(cf001[column('追责情形')]!.split('\n')[1]).toBe('1. 没有法律和事实依据实施行政处罚的；');
    expect(cf001[column('流程图')]).toBe('行政处罚类一般程序流程图');
    const quoted = rows.find((r) => r[column('部门标识')] === 'yangli' && r[column('事项标识')] === 'qt-001')!;
    expect(quoted[column('备注')]).toBe('原文此处使用半角标点："年度预算",以及逗号,用于检验 CSV 引号。');
  });

  it('per bureau equals the bureau rows of all.csv', () => {
    const all = parseCsv(read('data/all.csv').toString('utf8').slice(1));
    for (const m of model.bureaus) {
      const own = parseCsv(read(`data/${m.bureau.id}.csv`).toString('utf8').slice(1));
      expect(own).toEqual([all[0], ...all.slice(1).filter((r) => r[0] === m.bureau.id)]);
    }
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('行政处罚')).toBe('行政处罚');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
  });
});
