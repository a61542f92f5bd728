/**
 * The search page's behaviour (src/pages/search/index.astro): reads ?q=, ?bureau= and
 * ?category= from the address, fills the form, asks Pagefind through src/search/engine.ts and
 * shows the results as an ordered list: 20, then 50 more with each 显示更多. From disk (file://)
 * the candidates come from scripts/search-data.js instead of Pagefind (offline-index.ts). Everything is built
 * as DOM nodes and text — content is never parsed as HTML. Without this script (no JavaScript,
 * or Pagefind unavailable, e.g. from file://) the page's own message and bureau links stay.
 */
import { highlight, type Segment } from '../../search/excerpt.ts';
import { fieldExcerpt } from '../../search/field-excerpt.ts';
import { COMMON_TERMS_FILE, parseCommonTerms } from '../../search/common-terms.ts';
import { RANKING, search, type Hit, type PagefindApi, type SearchRun } from '../../search/engine.ts';
import { CATEGORIES } from '../../content/categories.ts';
import { OFFLINE_DATA_GLOBAL, offlineSearchApi, type OfflineData } from '../../search/offline-index.ts';

const CATEGORY_NAMES: Record<string, string> = Object.fromEntries(CATEGORIES.map((c) => [c.code.toLowerCase(), c.name]));

/** Results shown first, and added by each 显示更多. */
const FIRST_PAGE = 20;
const MORE = 50;

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  bureau: HTMLSelectElement;
  category: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  unavailable: HTMLElement;
  section: HTMLElement;
  siteRoot: string;
}

function elements(): Elements | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const unavailable = document.querySelector<HTMLElement>('[data-search-unavailable]');
  const section = document.querySelector<HTMLElement>('[data-search-section]');
  if (!form || !results || !status || !more || !unavailable || !section) return undefined;
  return {
    form,
    query: form.elements.namedItem('q') as HTMLInputElement,
    bureau: form.elements.namedItem('bureau') as HTMLSelectElement,
    category: form.elements.namedItem('category') as HTMLSelectElement,
    status,
    results,
    more,
    unavailable,
    section,
    siteRoot: results.dataset.siteRoot ?? '../',
  };
}

function segmentsInto(parent: HTMLElement, segments: Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else parent.append(segment.text);
  }
}

function resultItem(hit: Hit, terms: string[], siteRoot: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  // The link is relative to this page, so the site works under any sub-path.
  link.href = siteRoot + hit.url.replace(/^\/+/, '');
  segmentsInto(link, highlight(hit.title, terms));
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'search-result__about';
  about.append([hit.bureau, hit.category].filter(Boolean).join(' · '));
  if (hit.code) {
    about.append(' · 编码 ');
    const code = document.createElement('span');
    code.className = 'code';
    segmentsInto(code, highlight(hit.code, terms));
    about.append(code);
  }
  li.append(heading, about);
  if (hit.named) {
    const note = document.createElement('p');
    note.className = 'search-result__note';
    note.textContent = hit.code && terms.some((t) => hit.code!.toLowerCase().split(' ').includes(t)) ? '编码与搜索内容一致' : '事项编号与搜索内容一致';
    li.append(note);
  }
  const passage = document.createElement('p');
  passage.className = 'search-result__excerpt';
  // From the field that matched, its label in front: 「依据：…第八十四条…」.
  const found = fieldExcerpt(hit.content, terms);
  if (found.label) {
    const label = document.createElement('span');
    label.className = 'search-result__field';
    label.textContent = `${found.label}：`;
    passage.append(label);
  }
  segmentsInto(passage, found.segments);
  li.append(passage);
  return li;
}

function quoted(terms: string[]): string {
  return terms.map((t) => `“${t}”`).join('和');
}

const PROMPT = '请输入要查找的词语，如事项名称、法律名称、条款（第八十四条）、承办机构、地方权力编码或事项编号（处罚5）。';

function statusText(run: SearchRun, filtered: boolean): string {
  const scope = filtered ? '在所选部门、类型中' : '';
  const what = quoted(run.terms);
  const exact = run.countIsExact();
  const found = (n: number) => `${exact ? '' : '约 '}${n} 个`;
  const checking = exact ? '' : '（逐批核对，总数随“显示更多”更新）';
  switch (run.mode) {
    case 'empty':
      return PROMPT;
    case 'none':
      return `${scope}没有找到包含${what}的事项。请检查用字，或减少词语、取消筛选后再试。`;
    case 'partial':
      return `${scope}没有找到包含${what}的事项。以下 ${run.count()} 个事项包含其中大部分字词，可能是您要找的：`;
    case 'exact': {
      if (!run.itemId) return `${scope}找到 ${found(run.count())}包含${what}的事项${checking}。`;
      const [code, ordinal] = run.itemId.split('-');
      const named = `${what}是事项编号，指各部门第 ${Number(ordinal)} 项${CATEGORY_NAMES[code!] ?? ''}事项：${scope}共 ${run.namedCount} 个，列在最前`;
      const others = run.count() - run.namedCount;
      return others > 0 ? `${named}；另有 ${found(others)}事项的内容包含${what}${checking}。` : `${named}。`;
    }
  }
}

async function showMore(run: SearchRun, ui: Elements, filtered: boolean, size: number, moveFocus: boolean): Promise<void> {
  ui.more.disabled = true;
  ui.results.dataset.state = 'loading';
  const hits = await run.next(size);
  const items = hits.map((hit) => resultItem(hit, run.terms, ui.siteRoot));
  ui.results.append(...items);
  ui.status.textContent = statusText(run, filtered);
  ui.more.hidden = run.done();
  ui.more.disabled = false;
  // Tests (and anything else watching) know when a batch is on screen.
  ui.results.dataset.state = run.done() ? 'complete' : 'more';
  // Keyboard and screen-reader users continue at the first new result.
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

/**
 * The candidate source: the offline data when the page loaded scripts/search-data.js (a copy
 * opened from disk, see src/search/offline-index.ts), Pagefind otherwise.
 */
async function loadEngine(siteRoot: string): Promise<PagefindApi> {
  const offline = (window as unknown as Record<string, OfflineData | undefined>)[OFFLINE_DATA_GLOBAL];
  if (offline) return offlineSearchApi(offline);
  return loadPagefind(siteRoot);
}

async function loadPagefind(siteRoot: string): Promise<PagefindApi> {
  const url = new URL(`${siteRoot}pagefind/pagefind.js`, location.href).href;
  // The index's common terms (src/search/common-terms.ts) come with it; revalidated on every
  // visit ('no-cache'), so a list from an earlier build never meets a newer index.
  const commonUrl = new URL(`${siteRoot}pagefind/${COMMON_TERMS_FILE}`, location.href).href;
  const [pagefind, commonTerms] = await Promise.all([
    import(/* @vite-ignore */ url),
    fetch(commonUrl, { cache: 'no-cache' }).then(async (response) => {
      if (!response.ok) throw new Error(`${commonUrl}: ${response.status}`);
      return parseCommonTerms(await response.text());
    }),
  ]);
  // Result urls are site-relative (src/search/record.ts); with base / Pagefind only puts a /
  // before them, where it would otherwise put the absolute path it was loaded from.
  await pagefind.options({ ranking: RANKING, baseUrl: '/' });
  return { search: pagefind.search, commonTerms };
}

async function main(): Promise<void> {
  const ui = elements();
  if (!ui) return;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  ui.query.value = query;
  ui.bureau.value = params.get('bureau') ?? '';
  ui.category.value = params.get('category') ?? '';
  // A value the lists do not offer (an old link) selects nothing rather than filtering on it.
  const filters = { bureau: ui.bureau.value || undefined, category: ui.category.value || undefined };
  const filtered = Boolean(filters.bureau || filters.category);
  if (!query.trim()) {
    ui.unavailable.hidden = true;
    ui.section.hidden = false;
    ui.status.textContent = PROMPT;
    ui.results.dataset.state = 'complete';
    return;
  }
  document.title = document.title.replace(/^搜索/, `“${query.trim()}”的搜索结果`);
  ui.unavailable.hidden = true;
  ui.section.hidden = false;
  ui.status.textContent = '正在搜索……';
  let run: SearchRun;
  try {
    run = await search(await loadEngine(ui.siteRoot), query, filters);
  } catch (error) {
    // Pagefind could not load (file://, a blocked request): back to the page's own message.
    console.error(error);
    ui.section.hidden = true;
    ui.unavailable.hidden = false;
    ui.results.dataset.state = 'unavailable';
    return;
  }
  ui.more.addEventListener('click', () => void showMore(run, ui, filtered, MORE, true));
  await showMore(run, ui, filtered, FIRST_PAGE, false);
}

void main();
