/**
 * Citations in 实施依据 (and 责任事项依据): which law or document an item rests on and which of
 * its articles. Lists write them in many ways — 【法律】《中华人民共和国社会保险法》第八十四条：…,
 * 《…》（主席令第35号）第八条…, 《…》第六十条、第六十一条, 第十条至第十二条, 第二十七条第五项,
 * 第4、5条, 关于印发《…》的通知（冀医保规〔2019〕1号）第七条, 《…》全文 — and a passage that starts
 * with 第十七条 continues the law cited before it. The parser only reads: it never changes the text.
 *
 * A title counts as a citation unless it is mentioned inside quoted law text (within “…”, or after
 * 依照/依据/按照/根据/违反/参照/适用/执行). What cannot be read is returned as a problem so the linter
 * can say where.
 */
import { numeralValue } from './numerals.ts';

export interface ArticleRef {
  /** 条 */
  article: number;
  /** 之一, 之二 … */
  sub?: number;
  /** 款 */
  paragraph?: number;
  /** 项 */
  clause?: number;
}

export interface Citation {
  /** The title as written, without 《》. */
  title: string;
  /** The law it names, normalised (see lawKey). */
  law: string;
  /** 【法律】, 【法规】 … tag before the title, without brackets. */
  tag?: string;
  /** 文号 written after the title, e.g. 冀医保规〔2019〕1号, 主席令第35号. */
  documentNumber?: string;
  /** Cited articles; empty for the whole document (全文, or no article given). */
  articles: ArticleRef[];
  /** The law text quoted after a single cited article, as written. */
  quote?: string;
  /** Index of the passage (basis line) the citation is in. */
  passage: number;
}

export interface CitationProblem {
  passage: number;
  /** The text around the place that could not be read. */
  excerpt: string;
  reason: string;
}

export interface ParsedBasis {
  citations: Citation[];
  problems: CitationProblem[];
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const ARTICLE_RE = new RegExp(`第\\s*(${NUM}|[（(]${NUM}[）)])\\s*([编章节条款项目])(?:之([一二三四五六七八九十]+))?`, 'y');
const ARTICLE_LIST_RE = new RegExp(`第(${NUM}(?:[、，,]${NUM})+)条`, 'y');
/** 第三十八、… or 第三十九至…: an article number whose 条 the list left out. */
const OPEN_ARTICLE_RE = new RegExp(`第\\s*(${NUM})(?=\\s*(?:[、，,]\\s*第|[至到]))`, 'y');
/** …、三十二条: an article number whose 第 the list left out, after a connector. */
const BARE_ARTICLE_RE = new RegExp(`(${NUM})\\s*条`, 'y');
const CONNECTOR_RE = new RegExp(`\\s*(?:以及|[、，,和及与])\\s*(?=第|${NUM}\\s*条)`, 'y');
const RANGE_RE = /\s*(?:至|到|—|-|～|~)\s*(?=第)/y;
const TAG_RE = /【([^【】]{1,8})】\s*$/;
const MENTION_RE = /(?:依照|依据|按照|根据|违反|参照|适用|执行|符合)\s*$/;
const DOC_NUMBER_RE = /[\p{Script=Han}A-Za-z、]*(?:[〔【\[（(﹝]\s*[0-9]{4,5}\s*[〕】\]）)﹞]\s*第?\s*[0-9]+\s*号|令\s*第?\s*[0-9零〇一二三四五六七八九十百六]+\s*号)/u;
/** A sentence that starts a new article of the law being quoted: …。第五十五条 … */
const INLINE_ARTICLE_RE = new RegExp(`(?:^|[。；;”\\s])(?=第${NUM}条)`, 'g');
const MAX_RANGE = 60;
/** Forms and certificates named in a passage (《…登记表》, 《残疾人证》) are not law. */
const FORM_RE = /(?:表|证|卡|单|册)$/;

function unquote(name: string): string {
  return name.replace(/[《》〈〉<>]/g, '');
}

/**
 * The law a title names, for grouping citations: brackets and spaces unified, 关于印发…的通知 reduced
 * to the document it issues, and a national law cited by its short name (社会保险法) given the
 * 中华人民共和国 its full title starts with.
 */
export function lawKey(title: string): string {
  let key = unquote(title)
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
  const issued = /^(?:.*?)关于印发(.+)的通知$/.exec(key);
  if (issued) key = issued[1]!;
  const notice = /^(.+(?:办法|规定|细则|条例|规程)(?:（试行）|（暂行）)?)的通知$/.exec(key);
  if (notice && !notice[1]!.includes('关于')) key = notice[1]!;
  if (/^[^省市县区州盟旗]{2,20}法$/.test(key) && !key.startsWith('中华人民共和国') && !key.includes('办法')) key = `中华人民共和国${key}`;
  return key;
}

/** End of the title opening at `start` (index of 》), or -1. Handles 《…〈…〉…》 and a stray inner 《. */
function titleEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length && i < start + 120; i++) {
    const c = text[i];
    if (c === '《') depth++;
    else if (c === '》' && --depth === 0) return i;
    else if ('。；;'.includes(c!)) break;
  }
  return text.indexOf('》', start);
}

function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

interface ArticleRun {
  articles: ArticleRef[];
  end: number;
}

/** Reads 第八条、第十条至第十二条第二款第（三）项 … at `pos`; chapters and sections are context only. */
export function readArticles(text: string, pos: number): ArticleRun {
  const articles: ArticleRef[] = [];
  let at = pos;
  let range = false;
  let lastKind = '';
  for (;;) {
    ARTICLE_LIST_RE.lastIndex = at;
    const list = ARTICLE_LIST_RE.exec(text);
    if (list) {
      for (const n of list[1]!.split(/[、，,]/)) articles.push({ article: numeralValue(n)! });
      at = ARTICLE_LIST_RE.lastIndex;
      lastKind = '条';
      continue;
    }
    const open = (OPEN_ARTICLE_RE.lastIndex = at, OPEN_ARTICLE_RE.exec(text));
    const bare = lastKind === 'sep' ? (BARE_ARTICLE_RE.lastIndex = at, BARE_ARTICLE_RE.exec(text)) : null;
    ARTICLE_RE.lastIndex = at;
    const m = ARTICLE_RE.exec(text) ?? (open ? [open[0], open[1], '条'] : bare ? [bare[0], bare[1], '条'] : null);
    if (m) {
      const matchedEnd = at + m[0].length;
      const value = numeralValue(m[1]!.replace(/[（()）]/g, ''));
      const kind = m[2]!;
      if (value === undefined) break;
      at = matchedEnd;
      const last = articles[articles.length - 1];
      if (kind === '条') {
        const ref: ArticleRef = { article: value, ...(m[3] ? { sub: numeralValue(m[3]) } : {}) };
        if (range && last && value > last.article && value - last.article <= MAX_RANGE)
          for (let n = last.article + 1; n < value; n++) articles.push({ article: n });
        articles.push(ref);
      } else if ((kind === '款' || kind === '项' || kind === '目') && last) {
        const field = kind === '款' ? 'paragraph' : 'clause';
        if (kind === '目') {
          // 目 is below 项: keep the 项 as the finest level we index.
        } else if (last[field] === undefined && (lastKind === '条' || (field === 'clause' && lastKind === '款'))) {
          last[field] = value;
        } else {
          const copy: ArticleRef = { article: last.article, ...(last.sub ? { sub: last.sub } : {}) };
          if (field === 'clause' && last.paragraph !== undefined) copy.paragraph = last.paragraph;
          copy[field] = value;
          articles.push(copy);
        }
      }
      lastKind = kind;
      range = false;
      continue;
    }
    CONNECTOR_RE.lastIndex = at;
    if (articles.length && CONNECTOR_RE.exec(text)) {
      at = CONNECTOR_RE.lastIndex;
      lastKind = 'sep';
      continue;
    }
    RANGE_RE.lastIndex = at;
    if (articles.length && RANGE_RE.exec(text)) {
      at = RANGE_RE.lastIndex;
      range = true;
      continue;
    }
    break;
  }
  return { articles, end: articles.length ? at : pos };
}

/** Skips what may stand between a title and its articles: 的通知, a stray 》, (文号), spaces, a colon. */
function skipAfterTitle(text: string, pos: number): { pos: number; documentNumber?: string } {
  let at = pos;
  let documentNumber: string | undefined;
  for (;;) {
    const rest = text.slice(at);
    const filler = /^(?:\s+|的通知|通知|》|[：:])/.exec(rest);
    if (filler) {
      at += filler[0].length;
      continue;
    }
    const paren = /^[（(]((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]/.exec(rest);
    if (paren && paren[1]!.length <= 160) {
      const doc = DOC_NUMBER_RE.exec(paren[1]!);
      if (doc && !documentNumber) documentNumber = doc[0].replace(/\s+/g, '');
      at += paren[0].length;
      continue;
    }
    return { pos: at, documentNumber };
  }
}

function cleanQuote(text: string): string | undefined {
  const quote = text
    .replace(/^[\s：:，,“"]+/, '')
    .replace(/[\s”"；;，,]+$/, '')
    .trim();
  return quote.length >= 4 ? quote : undefined;
}

/** Splits a quote at sentences that open another article (…。第五十五条 …) of the same law. */
function splitInlineArticles(quoteText: string): { articles: ArticleRef[]; quote?: string }[] {
  const starts = [...quoteText.matchAll(INLINE_ARTICLE_RE)].map((m) => m.index + (m[0].length ? 1 : 0)).filter((i) => i > 0);
  const parts: { articles: ArticleRef[]; quote?: string }[] = [];
  let cursor = 0;
  for (const start of starts) {
    const run = readArticles(quoteText, start);
    if (!run.articles.length) continue;
    if (parts.length === 0) parts.push({ articles: [], quote: cleanQuote(quoteText.slice(0, start)) });
    else parts[parts.length - 1]!.quote = cleanQuote(quoteText.slice(cursor, start));
    parts.push({ articles: run.articles });
    cursor = run.end;
  }
  if (parts.length === 0) return [{ articles: [], quote: cleanQuote(quoteText) }];
  parts[parts.length - 1]!.quote = cleanQuote(quoteText.slice(cursor));
  return parts;
}

interface TitleHit {
  start: number;
  end: number;
  title: string;
}

function citationTitles(text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('《', from);
    if (start < 0) break;
    const end = titleEnd(text, start);
    if (end < 0) break;
    from = end + 1;
    const before = text.slice(0, start);
    if (insideQuote(text, start) || MENTION_RE.test(before) || FORM_RE.test(text.slice(start + 1, end))) continue;
    hits.push({ start, end, title: text.slice(start + 1, end) });
  }
  return hits;
}

/** Parses the citations of an item's basis passages (one string per line, as the page shows them). */
export function parseBasis(passages: string[]): ParsedBasis {
  const citations: Citation[] = [];
  const problems: CitationProblem[] = [];
  let current: Citation | undefined;
  /** One citation per quoted stretch: 第五十四条 …。第五十五条 … gives two. */
  const pushArticles = (base: Citation, first: ArticleRef[], after: string, passage: number) => {
    splitInlineArticles(after).forEach((part, p) => {
      const articles = p === 0 ? first : part.articles;
      const quote = articles.length === 1 ? part.quote : undefined;
      citations.push({ ...base, articles, ...(quote ? { quote } : {}), passage });
    });
  };
  passages.forEach((text, passage) => {
    const hits = citationTitles(text);
    // A passage opening with an article continues the law cited before (第十七条 … on its own line).
    const lead = /^\s*(?:[0-9]+[、.．]|[（(][0-9一二三四五六七八九十]+[）)])?\s*/.exec(text)![0].length;
    const firstTitle = hits[0]?.start ?? text.length;
    if (current) {
      const run = readArticles(text, lead);
      if (run.articles.length && run.end <= firstTitle) pushArticles(current, run.articles, text.slice(run.end, firstTitle), passage);
    }
    hits.forEach((hit, h) => {
      const tag = TAG_RE.exec(text.slice(0, hit.start))?.[1];
      const skipped = skipAfterTitle(text, hit.end + 1);
      const run = readArticles(text, skipped.pos);
      const stop = hits[h + 1]?.start ?? text.length;
      const base: Citation = {
        title: hit.title,
        law: lawKey(hit.title),
        ...(tag ? { tag } : {}),
        ...(skipped.documentNumber ? { documentNumber: skipped.documentNumber } : {}),
        articles: [],
        passage,
      };
      current = base;
      const after = text.slice(run.end, Math.max(stop, run.end));
      if (!run.articles.length) {
        const bare = new RegExp(`^\\s*(?:第\\s*)?${NUM}\\s*条`).exec(text.slice(skipped.pos));
        if (bare || /^\s*第/.test(text.slice(skipped.pos)))
          problems.push({ passage, excerpt: text.slice(hit.start, Math.min(text.length, skipped.pos + 12)), reason: '条文编号无法识别 / article number not readable' });
        citations.push(base);
        return;
      }
      pushArticles(base, run.articles, after, passage);
    });
  });
  if (citations.length === 0 && passages.length > 0)
    problems.push({ passage: 0, excerpt: passages[0]!.slice(0, 30), reason: '依据中没有书名号《》标出的法律文件 / no titled law or document found' });
  return { citations, problems };
}

/** Text of an article reference: 第八十四条, 第二十七条第五项, 第十二条之一第二款. */
export function articleLabel(ref: ArticleRef): string {
  const n = (v: number) => chineseNumber(v);
  return `第${n(ref.article)}条${ref.sub ? `之${n(ref.sub)}` : ''}${ref.paragraph ? `第${n(ref.paragraph)}款` : ''}${ref.clause ? `第${n(ref.clause)}项` : ''}`;
}

const DIGITS = '零一二三四五六七八九';

/** 1–9999 as a Chinese numeral the way laws number articles (一百零四, 二十, 十一). */
export function chineseNumber(value: number): string {
  if (value < 10) return DIGITS[value]!;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

/** Stable key of a cited article within a law (84, 27-0-5 …): 条 with 之, the unit pages index by. */
export function articleKey(ref: ArticleRef): string {
  return ref.sub ? `${ref.article}-${ref.sub}` : String(ref.article);
}
