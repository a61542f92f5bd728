/**
 * An item page printed to PDF by Chromium with the site's own @page rules (preferCSSPageSize, no
 * header or footer from the browser): A4, the item's name and code and its complaint channel on
 * page 1, "第 x 页 / 共 y 页" and the running header (bureau, category, code) on every page, no
 * navigation; and the QR code, rendered as the print shows it, decoded (jsQR) to the item's
 * online address under SITE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { pdfInfo, pdfPages, squeeze } from '../helpers/pdf-tools.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';

const SITE_URL = 'https://www.example.gov.cn/zwgk/qzqd/';
const PREFIX = '/zwgk/qzqd/';

let session: SiteSession;
let page: Page;
let work: string;

beforeAll(async () => {
  session = await openSiteSession({ content: 'tests/fixtures/site/content', env: { SITE_URL } }, PREFIX);
  page = await (await session.browser.newContext()).newPage();
  work = mkdtempSync(join(tmpdir(), 'qingdan-print-'));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function printItem(path: string): Promise<{ file: string; pages: string[] }> {
  await page.goto(`${session.server.url}${path}`);
  const file = join(work, `${path.replace(/\W+/g, '-')}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return { file, pages: pdfPages(file) };
}

describe('an item printed as an A4 sheet', () => {
  it('prints on A4 with name, code and complaint channel on page 1, and page x / y with the running header on every page', async () => {
    const { file, pages } = await printItem('shifan/cf-001/');
    const info = pdfInfo(file);
    expect(info.pageSize).toMatch(/\(A4\)/);
    expect(info.pages).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(1); // the fixture item is long enough to test page two
    const first = squeeze(pages[0]!);
    expect(first).toContain(squeeze('对定点医药机构骗取医疗保障基金支出的处罚'));
    expect(first).toContain('CF-0001');
    expect(first).toContain(squeeze('投诉电话：0000-7654321'));
    pages.forEach((text, i) => {
      const t = squeeze(text);
      expect(t, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages.length}页`);
      // The running header is the sheet's first line.
      const top = squeeze(text.split('\n').find((line) => line.trim() !== '') ?? '');
      for (const part of ['示范县医疗保障局', '行政处罚', 'CF-0001', '2025年版']) expect(top, `running header on page ${i + 1}`).toContain(part);
      // The complaint channel is in the running header, so on the first page whatever comes before the 监督方式 row.
      expect(squeeze(text.split('\n').slice(0, 4).join('')), `complaint channel on page ${i + 1}`).toContain(squeeze('投诉电话：0000-7654321'));
    });
    // No navigation or controls on the sheet.
    const all = squeeze(pages.join(''));
    for (const control of ['长者模式', '高对比度', '跳到正文', '上一项', '下一项']) expect(all).not.toContain(control);
  });

  it('has a QR code that decodes to the item’s online address', async () => {
    await page.goto(`${session.server.url}shifan/cf-001/`);
    await page.emulateMedia({ media: 'print' });
    const shot = await page.locator('.qr-code__image').screenshot();
    await page.emulateMedia({ media: 'screen' });
    const png = PNG.sync.read(shot);
    const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(decoded?.data).toBe(`${SITE_URL}shifan/cf-001/`);
    expect(await page.locator('.qr-code [role="img"]').getAttribute('aria-label')).toContain(`${SITE_URL}shifan/cf-001/`);
  });

  it('has a 打印本事项 button that prints the page, shown only with JavaScript', async () => {
    const context = await session.browser.newContext();
    const withJs = await context.newPage();
    await withJs.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await withJs.goto(`${session.server.url}shifan/cf-001/`);
    const button = withJs.getByRole('button', { name: '打印本事项' });
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await withJs.keyboard.press('Enter');
    expect(await withJs.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${session.server.url}shifan/cf-001/`);
    expect(await plain.locator('button[data-print-page]').isVisible()).toBe(false);
    await noJs.close();
  });

  it('keeps the running header and QR code out of the search text', async () => {
    await page.goto(`${session.server.url}shifan/cf-001/`);
    expect(await page.locator('[data-pagefind-body] .item-print-head[data-pagefind-ignore]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body] .print-running-header[data-pagefind-ignore]').count()).toBe(1);
    // On screen the running header and the repeated complaint line are not shown.
    expect(await page.locator('.print-running-header').isVisible()).toBe(false);
  });

  it('passes axe (WCAG 2.1 AA) with the QR code, as does the bureau volume page, in both reading modes', async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    const checked = await context.newPage();
    for (const path of ['shifan/cf-001/', 'shifan/print/']) {
      await checked.goto(`${session.server.url}${path}`);
      expect(await axeViolations(checked), path).toEqual([]);
      await checked.click('button[data-mode="high-contrast"]');
      expect(await axeViolations(checked), `${path} high contrast`).toEqual([]);
      await checked.click('button[data-mode="high-contrast"]');
    }
    await context.close();
  });

  it('links the bureau page to its volume, whose contents link to every item on it', async () => {
    await page.goto(`${session.server.url}shifan/`);
    await page.click('a:has-text("打印本部门全部事项（汇编）")');
    expect(new URL(page.url()).pathname).toBe(`${PREFIX}shifan/print/`);
    const targets = await page.locator('.volume-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
    // Every id on the page is unique (many items, bases and charts on one page).
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});
