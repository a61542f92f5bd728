/**
 * The index terms (src/search/tokens.ts) and the normalisation both sides share: a page whose
 * text contains a query must hold every index term the query looks up — for any text and any
 * piece of it, which a seeded random sample checks on texts like the content's.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, queryTerms } from '../../src/search/normalize.ts';
import { indexTerms, queryIndexTerms, termBigrams } from '../../src/search/tokens.ts';

const SAMPLE = [
  '《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正。',
  '编码 11620500MB161709673620236001000 冀医保规〔2022〕6号 投诉电话：0394-4662166',
  '参保人在河北智慧医保申请备案→查询备案结果备案成功。ＡＢＣ１２３　全角',
  '罕用字𠀀𠀁（扩展B）与 Latin Mixed123abc 文本',
].join('\n');

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('normalizeForSearch', () => {
  it('folds full-width ASCII, the ideographic space and Latin capitals, keeping every offset', () => {
    expect(normalizeForSearch('ＡＢＣ１２３（一）　Code')).toBe('abc123(一) code');
    const text = SAMPLE;
    expect(normalizeForSearch(text)).toHaveLength(text.length);
  });

  it('leaves Chinese characters, circled numbers and traditional forms alone', () => {
    expect(normalizeForSearch('医醫①㈠')).toBe('医醫①㈠');
  });

  it('splits a query into distinct terms at any whitespace', () => {
    expect(queryTerms('  异地就医　备案 异地就医 ')).toEqual(['异地就医', '备案']);
  });
});

describe('index terms', () => {
  const text = normalizeForSearch(SAMPLE);
  const terms = new Set(indexTerms(text));

  it('are lower-case ASCII of a fixed length per kind, so none is a prefix of another', () => {
    for (const term of terms) expect(term).toMatch(/^(u[0-9a-z]{4}|v[0-9a-z]{8}|w[0-9a-z]{4}|x[0-9a-z]{8})$/);
  });

  it('cover every piece of the text: a query cut from it finds all its terms there', () => {
    const next = random(20250101);
    const runs = text.split(/\s+/).filter(Boolean);
    for (let n = 0; n < 2000; n++) {
      const run = Array.from(runs[Math.floor(next() * runs.length)]!);
      const start = Math.floor(next() * run.length);
      const end = start + 1 + Math.floor(next() * Math.min(40, run.length - start));
      const piece = run.slice(start, end).join('');
      for (const term of queryIndexTerms(piece)) expect(terms.has(term), `${piece} → ${term}`).toBe(true);
    }
  });

  it('are not all present for a text that lacks the query', () => {
    const missing = queryIndexTerms('异地就依');
    expect(missing.some((t) => !terms.has(t))).toBe(true);
  });

  it('look up a 31-character code by four 8-character windows, not sixteen digit pairs', () => {
    expect(queryIndexTerms('11620500mb161709673620236001000')).toEqual(['x11620500', 'xmb161709', 'x67362023', 'x36001000']);
  });

  it('look up every pair of a short term and one character by itself', () => {
    expect(queryIndexTerms('第八十四条')).toHaveLength(4);
    expect(queryIndexTerms('诊')).toHaveLength(1);
    expect(termBigrams('异地就依')).toHaveLength(3);
  });

  it('keep characters outside the Basic Multilingual Plane whole', () => {
    expect(queryIndexTerms('𠀀𠀁').every((t) => terms.has(t))).toBe(true);
    expect(queryIndexTerms('𠀀𠀁')).toHaveLength(1);
  });

  it('are exactly the definition: every character, every adjacent pair in a run, every 4- and 8-window of a Latin run, as sorted strings', () => {
    // The definition written plainly (the module collects numbers for speed; the terms must be the same).
    const spell = (c: string) => c.codePointAt(0)!.toString(36).padStart(4, '0');
    const plain = (text: string) => {
      const set = new Set<string>();
      for (const run of text.split(/\s+/)) {
        const chars = Array.from(run);
        chars.forEach((c, i) => {
          set.add(`u${spell(c)}`);
          if (i + 1 < chars.length) set.add(`v${spell(c)}${spell(chars[i + 1]!)}`);
        });
        for (const [latin] of run.matchAll(/[0-9a-z]+/g)) {
          for (let i = 0; i + 4 <= latin.length; i++) set.add(`w${latin.slice(i, i + 4)}`);
          for (let i = 0; i + 8 <= latin.length; i++) set.add(`x${latin.slice(i, i + 8)}`);
        }
      }
      return [...set].sort();
    };
    const texts = [normalizeForSearch(SAMPLE), '', ' 一 ', '\u{10FFFF}\u{10FFFE}\u{10FFFF}', 'zz9 0000 abcdefghij 𠀀a𠀀', ...SAMPLE.split('\n').map(normalizeForSearch)];
    for (const text of texts) expect(indexTerms(text), text).toEqual(plain(text));
  });
});
