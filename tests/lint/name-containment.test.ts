/**
 * The automata behind the summary-table rule answer exactly what String.includes answers over the
 * whole list — checked against the plain loops on random names over a small alphabet (so that
 * matches, overlaps and shared prefixes are common), and on edge cases.
 */
import { describe, expect, it } from 'vitest';
import { NameContainment } from '../../src/lint/name-containment.ts';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const ALPHABET = ['医', '保', '基', '金', '处', '罚', 'a'];
const word = (next: () => number, max: number) => Array.from({ length: Math.floor(next() * max) + 1 }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');

describe('NameContainment', () => {
  it('agrees with String.includes on 2,000 random queries against random lists', () => {
    const next = random(42);
    for (let round = 0; round < 40; round++) {
      const names = Array.from({ length: Math.floor(next() * 12) + 1 }, () => word(next, 6));
      const index = new NameContainment(names);
      for (let q = 0; q < 50; q++) {
        const s = word(next, 9);
        expect(index.occursIn(s), `${s} in [${names}]`).toBe(names.some((n) => n.includes(s)));
        expect(index.containsOneOf(s), `[${names}] in ${s}`).toBe(names.some((n) => s.includes(n)));
      }
    }
  });

  it('never matches across two names, and treats an empty name as String.includes does', () => {
    const index = new NameContainment(['医保', '基金']);
    expect(index.occursIn('保基')).toBe(false);
    expect(index.occursIn('医保')).toBe(true);
    expect(index.containsOneOf('对骗取基金的处罚')).toBe(true);
    expect(index.containsOneOf('医疗保障')).toBe(false);
    expect(new NameContainment(['']).containsOneOf('任何文字')).toBe(true);
    expect(new NameContainment([]).containsOneOf('任何文字')).toBe(false);
    expect(new NameContainment([]).occursIn('字')).toBe(false);
  });
});
