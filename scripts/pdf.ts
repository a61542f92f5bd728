/**
 * npm run pdf — each bureau's volume (汇编, <bureau>/print/) as a PDF, printed by Chromium (the
 * Debian one the tests use; QINGDAN_CHROMIUM names another) with the site's own @page rules:
 * A4, page x / y, selectable text (tagged PDF), bookmarks per category and item (outline, from
 * the headings). The contents get their page numbers in two passes: print, read where each
 * entry landed (the PDF's named destinations), write the numbers into the contents' fixed-width
 * slots, print again — and check that nothing moved.
 * Usage: node scripts/pdf.ts [--bureau SLUG]… [--content content] [--out pdf]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { namedDestinationPages } from '../src/print/toc-pages.ts';
import { validateContent } from '../src/validate/validate-content.ts';

const { values } = parseArgs({
  options: {
    bureau: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'pdf' },
  },
});
const root = process.cwd();
const chromiumPath = process.env.QINGDAN_CHROMIUM || '/usr/bin/chromium';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(chromiumPath)) {
  fail(`找不到 Chromium 浏览器（${chromiumPath}）。请先运行 bash scripts/setup-test-machine.sh 安装，或用 QINGDAN_CHROMIUM 指定浏览器路径。/ Chromium not found at ${chromiumPath}: run scripts/setup-test-machine.sh or set QINGDAN_CHROMIUM.`);
}
if (spawnSync('pdfinfo', ['-v']).error) fail('找不到 pdfinfo（poppler-utils）。请先运行 bash scripts/setup-test-machine.sh。/ pdfinfo (poppler-utils) not found.');

const { content } = validateContent(root, values.content);
const known = content.bureaus.map((b) => b.data.id);
const wanted = values.bureau!.length > 0 ? [...new Set(values.bureau!)] : known;
const unknown = wanted.filter((b) => !known.includes(b));
if (unknown.length > 0) fail(`没有这些部门：${unknown.join('、')}。可选：${known.join('、')} / unknown bureaus: ${unknown.join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'qingdan-pdf-'));
const site = join(work, 'site');
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--outDir', site, '--content', values.content!], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  fail('\nPDF 未生成：构建失败。/ No PDF written: the build failed.');
}

async function print(page: Page, file: string): Promise<void> {
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
}

/** Writes each entry's page number into the contents; returns how many entries it numbered. */
async function numberContents(page: Page, pages: Map<string, number>): Promise<number> {
  return page.evaluate((entries) => {
    const known = new Map(entries);
    let numbered = 0;
    for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
      const n = known.get(slot.dataset.tocPage!);
      if (n === undefined) continue;
      slot.textContent = String(n);
      numbered++;
    }
    return numbered;
  }, [...pages]);
}

const outDir = resolve(root, values.out!);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  for (const slug of wanted) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, slug, 'print', 'index.html')).href);
    const slots = await page.locator('[data-toc-page]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.tocPage!));
    const draft = join(work, `${slug}-draft.pdf`);
    await print(page, draft);
    const before = namedDestinationPages(draft);
    const missing = slots.filter((id) => !before.has(id));
    if (missing.length > 0) throw new Error(`${slug}: 目录项在 PDF 中找不到 / contents entries not found in the PDF: ${missing.join(', ')}`);
    await numberContents(page, before);
    const file = join(outDir, `${slug}.pdf`);
    await print(page, file);
    const after = namedDestinationPages(file);
    const moved = slots.filter((id) => after.get(id) !== before.get(id));
    if (moved.length > 0) throw new Error(`${slug}: 写入页码后目录项换了页 / entries moved after numbering: ${moved.join(', ')}`);
    await page.close();
    const pageCount = Number(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)/m)?.[1]);
    console.log(`${file.startsWith(root) ? relative(root, file) : file}：${pageCount} 页，${(statSync(file).size / 1e6).toFixed(1)} MB / ${slug}: ${pageCount} pages`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
