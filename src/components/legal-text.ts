/**
 * Splits a passage of legal basis into runs so that pages can set apart what a reader looks for:
 * law titles (《中华人民共和国社会保险法》), document numbers (〔2019〕7号, 令第735号 → 第735号) and
 * article numbers (第八十七条, 第四十条第一款, 第十二条第（三）项). Joining the runs gives back the
 * passage unchanged: this only marks, it never rewrites legal text.
 */
export type LegalRunKind = 'text' | 'title' | 'document-number' | 'article-number';

export interface LegalRun {
  kind: LegalRunKind;
  text: string;
}

const NUMERAL = '[〇零一二三四五六七八九十百千0-9０-９]+';
const TITLE = '《[^《》]*》';
const DOCUMENT_NUMBER = `[〔［\\[]\\s*[0-9０-９]{4}\\s*[〕］\\]]\\s*第?\\s*[0-9０-９]+\\s*号|第\\s*[0-9０-９]+\\s*号`;
const ARTICLE_PART = `第(?:${NUMERAL}|[（(]${NUMERAL}[）)])[编章节条款项目](?:之[一二三四五六七八九十]+)?`;
const ARTICLE_NUMBER = `(?:${ARTICLE_PART})+`;
const PATTERN = new RegExp(`(${TITLE})|(${DOCUMENT_NUMBER})|(${ARTICLE_NUMBER})`, 'g');

export function legalRuns(passage: string): LegalRun[] {
  const runs: LegalRun[] = [];
  let last = 0;
  for (const match of passage.matchAll(PATTERN)) {
    const start = match.index;
    if (start > last) runs.push({ kind: 'text', text: passage.slice(last, start) });
    const kind: LegalRunKind = match[1] !== undefined ? 'title' : match[2] !== undefined ? 'document-number' : 'article-number';
    runs.push({ kind, text: match[0] });
    last = start + match[0].length;
  }
  if (last < passage.length) runs.push({ kind: 'text', text: passage.slice(last) });
  return runs;
}

/** The law titles a basis cites, in order of first mention (for comparing offices). */
export function citedTitles(passages: string[]): string[] {
  const titles = passages.flatMap((p) => legalRuns(p).filter((r) => r.kind === 'title').map((r) => r.text));
  return [...new Set(titles)];
}
