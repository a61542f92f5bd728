/**
 * Each page type of the built site fixture, in Chromium: what it shows and in which order,
 * the portal meta tags, and the search marking.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/layouts/csp.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { PAGE_TYPES, SEARCHABLE, SITE_FIXTURE } from './site-fixture.ts';

let session: SiteSession;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openSiteSession({ content: SITE_FIXTURE });
  context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(5_000);
  page = await context.newPage();
});

afterAll(async () => {
  await session?.close();
});

const open = (path: string) => page.goto(session.server.url + path);
const texts = (selector: string) => page.locator(selector).allTextContents().then((all) => all.map((t) => t.trim()));
const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');

describe('every page type', () => {
  for (const type of PAGE_TYPES) {
    it(`${type.name} renders with lang, CSP, stylesheet and portal meta`, async () => {
      const response = await open(type.path);
      expect(response?.status()).toBe(type.name === 'not-found' ? 404 : 200);
      expect(await page.locator('h1').textContent()).toContain(type.heading);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
      // The stylesheet loaded: the header has its colour.
      expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(11, 61, 110)');
      expect(await meta('SiteName')).toBe('权责清单');
      for (const name of ['ColumnName', 'ArticleTitle', 'Keywords', 'Description']) expect((await meta(name))?.length, name).toBeGreaterThan(0);
      expect(await meta('ArticleTitle')).toContain(type.heading);
      if (type.path.startsWith('shifan/')) expect(await meta('PubDate')).toBe('2025-03-01');
      if (type.name !== 'home') expect(await page.locator('nav[aria-label="面包屑"] a').first().textContent()).toBe('首页');
    });
  }
});

describe('bureau page', () => {
  const ALL = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力'];

  it('has a 统计表 with every standard category in order, zeros, 行政备案 when used, and the total', async () => {
    await open('shifan/');
    expect(await texts('table.stats tbody th')).toEqual([...ALL, '行政备案']);
    expect(await texts('table.stats tbody td')).toEqual(['1', '2', '0', '0', '0', '0', '0', '0', '0', '1', '1']);
    expect(await texts('table.stats tfoot td')).toEqual(['5']);
    await open('yangli/');
    expect(await texts('table.stats tbody th')).toEqual(ALL);
    expect(await texts('table.stats tbody td')).toEqual(['0', '1', '0', '0', '0', '1', '0', '0', '0', '1']);
    expect(await texts('table.stats tfoot td')).toEqual(['3']);
  });

  it('shows contacts, version and source, and its items grouped by category', async () => {
    await open('shifan/');
    const contacts = await page.locator('dl.contacts').innerText();
    for (const text of ['0000-1234567', '行政许可、行政处罚类事项', '0000-1234568', '医疗保障待遇及其他事项', '示范县医疗保障局办公室', '0000-7654321', '示范县人民路1号政务服务中心二楼医保窗口'])
      expect(contacts).toContain(text);
    const main = await page.locator('main').innerText();
    expect(main).toContain('2025年版（示编办〔2025〕3号，2025-03-01）');
    expect(main).toContain('示范县医疗保障局权责清单（测试用）');
    expect(await texts('main section h3')).toEqual(['行政许可（1 项）', '行政处罚（2 项）', '其他行政权力（1 项）', '行政备案（1 项）']);
    expect(await texts('main section:nth-of-type(2) .item-list a')).toEqual(['对定点医药机构骗取医疗保障基金支出的处罚', '对用人单位不办理医疗保险登记的处罚']);
  });
});

describe('category page', () => {
  it('lists the items in order with 序号, name, 子项 and code', async () => {
    await open('shifan/cf/');
    expect(await texts('table.items thead th')).toEqual(['序号', '事项名称', '子项', '编码']);
    const rows = await page.locator('table.items tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
    expect(rows).toEqual([
      ['1', '对定点医药机构骗取医疗保障基金支出的处罚', '通过伪造医疗文书骗取医疗保障基金支出的处罚', 'CF-0001\nCF-0001-01'],
      ['2', '对用人单位不办理医疗保险登记的处罚', '', 'CF-0002'],
    ]);
  });
});

describe('item page', () => {
  it('starts with the seven required elements, in order', async () => {
    await open('shifan/cf-001/');
    expect(await texts('main section:first-of-type dl.fields dt')).toEqual(['职权名称', '编码', '类型', '依据', '行使主体', '流程图', '监督方式']);
    const supervision = await page.locator('dt:text-is("监督方式") + dd').innerText();
    expect(supervision).toContain('投诉电话：0000-7654321');
    expect(supervision).toContain('投诉机构：示范县医疗保障局办公室');
    expect(await page.locator('dt:text-is("行使主体") + dd').innerText()).toBe('示范县医疗保障局');
  });

  it('then 承办机构, 办事层级, 责任事项, 追责情形, 时限, 备注 and the source', async () => {
    await open('shifan/cf-001/');
    expect(await texts('article h2')).toEqual(['基本要素', '办理信息', '责任事项', '追责情形', '时限与收费', '备注']);
    expect(await page.locator('dt:text-is("承办机构") + dd').innerText()).toBe('基金监管股');
    expect(await page.locator('dt:text-is("办事层级") + dd').innerText()).toBe('县级');
    expect(await texts('ol.stages .stage-name')).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任']);
    expect(await page.locator('ol.stages > li').count()).toBe(8);
    expect(await page.locator('ol.stages > li').last().innerText()).toBe('其他法律法规规章文件规定应履行的责任。');
    expect(await page.locator('ol.cases > li').count()).toBe(5);
    expect(await page.locator('ol.cases > li').first().innerText()).toBe('没有法律和事实依据实施行政处罚的；');
    expect(await page.locator('#accountability ~ p').last().innerText()).toBe('对以上情形，依照《行政机关公务员处分条例》给予处分。');
    expect(await page.locator('dt:text-is("法定时限") + dd').innerText()).toBe('自立案之日起90日内作出处理决定');
    expect(await page.locator('.source-note').innerText()).toContain('seeds/none.txt 第 31–90 行');
  });

  it('renders rich text lists with the source markers', async () => {
    await open('shifan/cf-001/');
    expect(await texts('.basis ol.marked .marker')).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(await texts('ol.stages ol.marked .marker')).toEqual(['1、', '2、', '3、']);
    expect(await texts('#remarks ~ ol.marked .marker')).toEqual(['①', '②']);
    expect(await texts('#remarks ~ p')).toEqual(['本事项的简易程序适用《中华人民共和国行政处罚法》第五十一条。']);
  });

  it('sets apart titles, document numbers and article numbers without changing the basis text', async () => {
    await open('shifan/cf-001/');
    const source = readFileSync(join(SITE_FIXTURE, 'shifan/cf-001.yaml'), 'utf8');
    const passages = await texts('.basis p.passage');
    expect(passages).toHaveLength(3);
    for (const passage of passages) expect(source).toContain(passage);
    expect(await texts('.basis cite.law-title')).toEqual(['《中华人民共和国社会保险法》', '《医疗保障基金使用监督管理条例》', '《示例省医疗保障基金监管办法》']);
    expect(await texts('.basis .doc-number')).toEqual(['第735号', '〔2019〕7号']);
    expect(await texts('.basis .article-number')).toEqual(['第八十七条', '第四十条第一款', '第十二条第（三）项']);
  });

  it('names its shared flowcharts in the flowchart section', async () => {
    await open('shifan/cf-001/');
    const section = page.locator('[data-flowchart-section]');
    expect(await section.locator('.fc-shared li').allTextContents()).toEqual(['行政处罚类一般程序流程图']);
    expect(await section.innerText()).toContain('责任事项');
    await open('shifan/xk-001/');
    expect(await page.locator('[data-flowchart-section]').innerText()).toContain('运行流程');
  });

  it('shows the 运行流程 table with only the columns the item fills', async () => {
    await open('shifan/xk-001/');
    expect(await texts('table.process thead th')).toEqual(['办理环节', '责任事项', '责任科室', '承诺时限', '法定时限', '收费情况及依据']);
    expect(await texts('table.process tbody th')).toEqual(['受理', '审查', '决定']);
    expect(await page.locator('table.process tbody tr').nth(1).locator('.marker').allTextContents()).toEqual(['（1）', '（2）']);
    expect(await texts('article h2')).toEqual(['基本要素', '办理信息', '责任事项', '运行流程', '时限与收费']);
    expect(await page.locator('dt:text-is("收费") + dd').innerText()).toBe('不收费');
  });

  it('says so where the list gives no code or complaint channel', async () => {
    await open('yangli/jc-001/');
    expect(await page.locator('dt:text-is("编码") + dd').innerText()).toBe('原清单未列编码');
    expect(await page.locator('dt:text-is("监督方式") + dd').innerText()).toBe('投诉电话：0000-5550000');
  });
});

describe('flowcharts', () => {
  const nodeIds = () => page.locator('main svg.flowchart[role="img"] .fc-node').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node-id')));
  const nodeText = (id: string) => page.locator(`main svg.flowchart .fc-node[data-node-id="${id}"] text`).allTextContents().then((t) => t.join(''));

  it('preview the item chart on the item page, with its text version and a link to the chart page', async () => {
    await open('shifan/xk-001/');
    const section = page.locator('[data-flowchart-section]');
    const svg = section.locator('svg.flowchart[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('title').textContent()).toBe('定点医药机构协议管理资格审核流程图');
    expect(await nodeIds()).toEqual(['start', 's1', 's2', 's3', 'end']);
    // The responsible section and the time limits of each step are on its node.
    expect(await nodeText('s1')).toBe('受理责任科室：医药管理股承诺时限：1个工作日法定时限：5个工作日');
    expect(await section.locator('details.fc-text ol.fc-outline > li .fc-step').allTextContents()).toEqual(['开始', '受理', '审查', '决定', '结束']);
    const link = section.locator('a', { hasText: '打开流程图页面' });
    expect(await link.getAttribute('href')).toBe('flowchart/');
    // The item page leaves printing the chart to the chart page.
    await page.emulateMedia({ media: 'print' });
    expect(await section.locator('.fc-figure').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
  });

  it('draw an item chart from its 责任事项 where it has no 运行流程', async () => {
    await open('yangli/jc-001/');
    expect(await page.locator('[data-flowchart-section] p').first().innerText()).toBe('流程图依本事项“责任事项”所列 1 个环节的顺序绘制。');
    expect(await nodeIds()).toEqual(['start', 's1', 'end']);
    expect(await nodeText('s1')).toBe('制定检查计划，依法开展检查。');
  });

  it('give each item chart a page with the chart, the steps as a list and the way back', async () => {
    await open('shifan/xk-001/flowchart/');
    expect(await page.locator('h1').innerText()).toBe('定点医药机构协议管理资格审核流程图');
    expect(await texts('nav[aria-label="面包屑"] li')).toEqual(['首页', '示范县医疗保障局', '行政许可', '定点医药机构协议管理资格审核', '流程图']);
    expect(await nodeIds()).toEqual(['start', 's1', 's2', 's3', 'end']);
    expect(await page.locator('.fc-note').innerText()).toBe('本图依本事项“运行流程”所列 3 个办理环节的顺序绘制，环节下注明原清单所列的责任科室、承诺时限、法定时限。');
    expect(await texts('#steps ~ ol.fc-outline > li .fc-step')).toEqual(['开始', '受理', '审查', '决定', '结束']);
    expect(await texts('#steps ~ ol.fc-outline > li:nth-child(2) .fc-step-detail')).toEqual(['责任科室：医药管理股', '承诺时限：1个工作日', '法定时限：5个工作日']);
    expect(await page.locator('a', { hasText: '返回事项' }).getAttribute('href')).toBe('../');
    expect(await page.locator('.source-note').innerText()).toContain('seeds/none.txt 第 10–30 行');
  });

  it('give each shared chart a page with branches, the items it governs and how its edges were reconstructed', async () => {
    await open('shifan/flowcharts/penalty-general/');
    expect(await page.locator('h1').innerText()).toBe('行政处罚类一般程序流程图');
    expect(await nodeIds()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await page.locator('main svg.flowchart .fc-label').allTextContents()).toEqual(['立案']);
    expect(await page.locator('main svg.flowchart .fc-node[data-kind="decision"]').count()).toBe(1);
    expect(await page.locator('.fc-note').innerText()).toContain('3 条连线有 3 条是整理时依据原文内容推断的');
    expect(await texts('#steps ~ ol.fc-outline .fc-branch-label')).toEqual(['分支：立案']);
    expect(await texts('#governed ~ .item-list a')).toEqual(['对定点医药机构骗取医疗保障基金支出的处罚', '对用人单位不办理医疗保险登记的处罚']);
    expect(await page.locator('#governed ~ .item-list a').first().getAttribute('href')).toBe('../../cf-001/');
    expect(await texts('table.edges tbody td[data-label="来源"]')).toEqual(['推断', '推断', '推断']);
    expect(await texts('table.edges tbody td[data-label="连线"]')).toEqual(['案件来源 → 立案审批', '立案审批 → 调查取证', '调查取证 → 结案']);
    // Linked from the items it governs and from the bureau page.
    await open('shifan/cf-002/');
    expect(await page.locator('.fc-shared a').getAttribute('href')).toBe('../flowcharts/penalty-general/');
    await open('shifan/');
    expect(await texts('#flowcharts ~ .fc-shared li')).toEqual(['行政处罚类一般程序流程图（适用 2 项）']);
  });

  it('print the chart as page windows in place of the screen copy', async () => {
    await open('shifan/flowcharts/penalty-general/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.fc-screen').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    const windows = Number(await page.locator('.fc-print').getAttribute('data-print-windows'));
    expect(windows).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.fc-print svg.flowchart-page').count()).toBe(windows);
    expect(await page.locator('.fc-print svg.flowchart-page').first().evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(100);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.fc-print').evaluate((e) => getComputedStyle(e).display)).toBe('none');
  });
});

describe('cross-bureau category page', () => {
  it('lists each bureau that has the category, with the titles its items cite', async () => {
    await open('categories/cf/');
    expect(await texts('main h2')).toEqual(['示范县医疗保障局', '样例市医疗保障局']);
    expect(await texts('table.summary tbody td')).toEqual(['2', '1']);
    expect(await texts('table.items thead th')).toContain('依据的法规');
    expect(await page.locator('table.items').first().locator('tbody tr').first().locator('td').last().innerText()).toBe(
      '《中华人民共和国社会保险法》、《医疗保障基金使用监督管理条例》、《示例省医疗保障基金监管办法》',
    );
  });
});

describe('search marking', () => {
  it('puts data-pagefind-body on item pages and chart pages only', async () => {
    for (const type of PAGE_TYPES) {
      await open(type.path);
      const marked = await page.locator('[data-pagefind-body]').count();
      expect(marked, type.name).toBe(SEARCHABLE.has(type.name) ? 1 : 0);
      if (marked) expect(await page.locator('[data-pagefind-body] h1').count()).toBe(1);
    }
    // And across every built page: item pages (bureau/xx-000/) and chart pages (bureau/xx-000/flowchart/,
    // bureau/flowcharts/<id>/) carry it, nothing else does.
    const searchable = /^[a-z][a-z0-9-]*\/([a-z]{2}-\d{3}\/(flowchart\/)?|flowcharts\/[a-z0-9-]+\/)index\.html$/;
    let charts = 0;
    for (const file of siteFiles(session.outDir, '.html')) {
      const html = readFileSync(join(session.outDir, file), 'utf8');
      expect(/\sdata-pagefind-body[\s>=]/.test(html), file).toBe(searchable.test(file));
      if (/flowchart/.test(file)) charts++;
    }
    // 1 shared chart and 8 item charts (every fixture item has 责任事项 or 运行流程).
    expect(charts).toBe(9);
  });
});
