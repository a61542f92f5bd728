/**
 * The issue-15 pages built from the version fixture (tests/fixtures/versions/, a made-up bureau
 * with two recorded versions): 调整记录 with character diffs, item pages linking their history,
 * cited articles and the same power elsewhere, the 依据索引, the comparison matrix, the open data;
 * axe-core on each of these pages in normal and high-contrast modes, in real Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawSlug } from '../../src/law/law-index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { openSiteSession, type SiteSession } from '../helpers/site-session.ts';

let session: SiteSession;
beforeAll(async () => {
  session = await openSiteSession({ content: 'tests/fixtures/versions/content' });
});
afterAll(async () => {
  await session?.close();
});

const html = (path: string) => readFileSync(join(session.outDir, path, 'index.html'), 'utf8');
const SOCIAL_INSURANCE = lawSlug('中华人民共和国社会保险法');

describe('调整记录', () => {
  it('lists both versions, newest first, with the split, the removal and the changes', () => {
    const page = html('shifan/history');
    expect(page.indexOf('第 2 版：示编办〔2025〕3号')).toBeLessThan(page.indexOf('第 1 版：示编办〔2023〕2号'));
    expect(page).toContain('新增 0 项，取消 1 项，变更 3 项，拆分 1 项，合并 0 项，未变 1 项');
    for (const anchor of ['v2-cf-001', 'v2-cf-002', 'v2-ba-001', 'v2-qt-001', 'v2-jc-001']) expect(page).toContain(`id="${anchor}"`);
  });

  it('marks a renamed item and an amended article character by character', () => {
    const page = html('shifan/history');
    const cf002 = page.slice(page.indexOf('id="v2-cf-002"'), page.indexOf('</li>', page.indexOf('id="v2-cf-002"')));
    expect(cf002).toMatch(/<del><span class="visually-hidden">［删除：<\/span>未<span class="visually-hidden">］<\/span><\/del><ins><span class="visually-hidden">［新增：<\/span>不/);
    const ba001 = page.slice(page.indexOf('id="v2-ba-001"'), page.indexOf('</li>', page.indexOf('id="v2-ba-001"')));
    expect(ba001).toContain('实施依据');
    expect(ba001).toMatch(/第二十<del>.*一.*<\/del><ins>.*二.*<\/ins>条/);
  });

  it('is linked from the bureau page, and each item page links its own entry', () => {
    expect(html('shifan')).toContain('href="history/"');
    expect(html('shifan/cf-003')).toContain('href="../history/#v2-cf-003"');
    expect(html('shifan/qt-001')).toContain('href="../history/#v2-qt-001"');
    expect(html('shifan/xk-001')).toContain('href="../history/#v1"');
  });
});

describe('依据索引', () => {
  it('has a page per law listing each cited article with the items citing it', () => {
    const page = html(`laws/${SOCIAL_INSURANCE}`);
    expect(page).toContain('<h2 id="a87">第八十七条</h2>');
    expect(page).toContain('href="../../shifan/cf-001/"');
    expect(html('laws')).toContain(`href="${SOCIAL_INSURANCE}/"`);
  });

  it('is linked from item pages, article by article', () => {
    expect(html('shifan/cf-001')).toContain(`href="../../laws/${SOCIAL_INSURANCE}/#a87"`);
  });
});

describe('open data', () => {
  it('data/versions/<bureau>.json carries the versions and the diff', () => {
    const data = JSON.parse(readFileSync(join(session.outDir, 'data/versions/shifan.json'), 'utf8'));
    expect(data.versions.map((v: { label: string }) => v.label)).toEqual(['示编办〔2023〕2号', '示编办〔2025〕3号']);
    const changes = data.versions[1].changes_since_previous.changes;
    expect(changes.map((c: { kind: string }) => c.kind).sort()).toEqual(['取消', '变更', '变更', '变更', '拆分'].sort());
    const renamed = changes.find((c: { after: { id: string }[] }) => c.after[0]?.id === 'cf-002');
    expect(renamed.fields[0].diff).toContainEqual({ op: '-', text: '未' });
    expect(data.unreleased_changes).toBeUndefined();
  });

  it('data/laws.json and data/alignment.json are written', () => {
    const laws = JSON.parse(readFileSync(join(session.outDir, 'data/laws.json'), 'utf8'));
    expect(laws.laws.some((l: { law: string }) => l.law === '中华人民共和国社会保险法')).toBe(true);
    expect(existsSync(join(session.outDir, 'data/alignment.json'))).toBe(true);
  });
});

describe('comparison matrix', () => {
  it('has a page per category, linked from the cross-bureau category page', () => {
    expect(html('categories/cf')).toContain('href="matrix/"');
    const page = html('categories/cf/matrix');
    expect(page).toContain('<table class="matrix">');
    expect(page).toContain('href="../../../shifan/cf-002/"');
  });
});

describe('accessibility of the new pages', () => {
  for (const mode of ['normal', 'high-contrast']) {
    it(`axe-core finds no WCAG 2.1 A/AA violation (${mode})`, async () => {
      const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      if (mode !== 'normal') await context.addInitScript((m) => localStorage.setItem(`qingdan-mode-${m}`, 'on'), mode);
      const page = await context.newPage();
      for (const path of ['shifan/history/', 'shifan/cf-001/', 'laws/', `laws/${SOCIAL_INSURANCE}/`, 'categories/cf/matrix/']) {
        await page.goto(session.server.url + path);
        expect(await axeViolations(page), `${path} ${mode}`).toEqual([]);
      }
      await context.close();
    });
  }
});
