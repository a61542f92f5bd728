/** The suffix automaton the lint rules use, against the obvious quadratic search on random strings. */
import { describe, expect, it } from 'vitest';
import { SubstringIndex } from '../../src/lint/substring-index.ts';

function naiveLongestRun(text: string, s: string): string {
  for (let length = s.length; length >= 1; length--)
    for (let start = 0; start + length <= s.length; start++) if (text.includes(s.slice(start, start + length))) return s.slice(start, start + length);
  return '';
}

function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('SubstringIndex', () => {
  it('finds the same longest run (leftmost) and containment as the naive search', () => {
    const next = random(7);
    const alphabet = '医疗保障基金处罚𠀀';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const text = word(1 + Math.floor(next() * 40));
      const s = word(1 + Math.floor(next() * 20));
      const index = new SubstringIndex(text);
      expect(index.longestCommonRun(s), `${text} / ${s}`).toBe(naiveLongestRun(text, s));
      expect(index.contains(s)).toBe(text.includes(s));
      expect(index.contains(text.slice(3, 9))).toBe(true);
    }
  });

  it('finds a run in the middle of a long text and a long query', () => {
    const index = new SubstringIndex('对违反医疗保障基金使用管理规定的行为进行处罚'.repeat(5_000));
    expect(index.longestCommonRun(`${'甲'.repeat(100_000)}基金使用管理规定${'乙'.repeat(100_000)}`)).toBe('基金使用管理规定');
  });
});
