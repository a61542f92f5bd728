/**
 * The site model for pages, from Astro's content collections (src/content.config.ts). Every page
 * gets its data here: `const site = await siteModel()`.
 *
 * Under `npm run dev`, invalid content leaves the collections empty and its errors in `status`;
 * then this throws the first error with its file, line and column (and all of them in the
 * message), which Astro shows in the terminal and in the browser overlay with a code frame.
 */
import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codeFrame } from '../validate/code-frame.ts';
import { formatProblem } from '../validate/problem.ts';
import { bureausToRender } from '../build/parts/plan.ts';
import { buildSiteModel, type BureauModel, type SiteModel } from './site-model.ts';

export class ContentError extends Error {
  readonly title = '内容有错误 / Content error';
  readonly hint: string;
  readonly loc: { file: string; line: number; column: number };
  /** Given here, because Astro reads the file itself only inside the project folder (QINGDAN_CONTENT_DIR may be elsewhere). */
  readonly frame?: string;
  constructor(problems: { file: string; line: number; column: number; code: string; message: string; level: 'error' | 'warning' }[]) {
    const first = problems[0]!;
    super(`${first.code}  ${first.message}${problems.length > 1 ? `\n（共 ${problems.length} 个错误 / ${problems.length} errors）\n${problems.map(formatProblem).join('\n')}` : ''}`);
    this.name = 'ContentError';
    // Relative to the project root, as Astro expects (it joins a relative loc.file to the root).
    this.loc = { file: first.file, line: first.line, column: first.column };
    try {
      this.frame = codeFrame(readFileSync(resolve(process.cwd(), first.file), 'utf8'), first.line, first.column);
    } catch {
      // The file went away between validation and this page: the message still says where.
    }
    this.hint = `${first.file}:${first.line}:${first.column} — 改正文件并保存，页面会自动刷新 / fix the file and save; the page reloads`;
  }
}

let cached: { version: string; model: Promise<SiteModel> } | undefined;

/** The model of the collections as they are now; built once per state of the content (every page of a build shares it). */
export async function siteModel(): Promise<SiteModel> {
  const status = (await getEntry('status', 'current'))?.data;
  if (status && status.errors.length > 0) throw new ContentError(status.errors);
  const version = status?.version ?? '';
  if (cached?.version !== version) {
    const model = Promise.all([getCollection('bureaus'), getCollection('items'), getCollection('flowcharts')]).then(([bureaus, items, flowcharts]) =>
      buildSiteModel({ bureaus: bureaus.map((e) => e.data), items: items.map((e) => e.data), flowcharts: flowcharts.map((e) => e.data) }),
    );
    cached = { version, model };
  }
  return cached.model;
}

/**
 * The bureaus whose pages this build writes: all of them, or, in a build made of parts
 * (src/build/parts/plan.ts), those whose part is not taken from the cache. Routes under
 * [bureau]/ and data/[bureau].* list their paths from these; every other page still sees the
 * whole site.
 */
export async function renderedBureaus(): Promise<BureauModel[]> {
  const bureaus = (await siteModel()).bureaus;
  const only = bureausToRender();
  return only ? bureaus.filter((model) => only.has(model.bureau.id)) : bureaus;
}
