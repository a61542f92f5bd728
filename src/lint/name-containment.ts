/**
 * Containment between one name and a whole list of names, in time linear in their lengths: the
 * summary-table rule asks whether a listed name occurs inside some item's name, or some item's
 * name inside it, and comparing it with every name of its category was quadratic.
 *
 * - occursIn(s): is `s` a substring of one of the names? A suffix automaton of the names joined
 *   by a character no name holds (src/lint/substring-index.ts), so no match spans two names.
 * - containsOneOf(s): does `s` contain one of the names? An Aho–Corasick automaton of the names.
 */
import { SubstringIndex } from './substring-index.ts';

const SEPARATOR = '\u0000';

export class NameContainment {
  private readonly joined: SubstringIndex;
  /** Aho–Corasick: goto transitions per state, failure links, and whether a name ends at a state (or a suffix of it). */
  private readonly goto: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly ends: boolean[] = [false];

  constructor(names: string[]) {
    this.joined = new SubstringIndex(names.map((n) => n.replaceAll(SEPARATOR, '')).join(SEPARATOR));
    for (const name of names) {
      let state = 0;
      for (const c of name) {
        let next = this.goto[state]!.get(c);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.ends.push(false);
          this.goto[state]!.set(c, next);
        }
        state = next;
      }
      this.ends[state] = true; // '' ends at the root: every text contains it, as String.includes says
    }
    // Failure links breadth first; a state also ends a name when its failure state does.
    const queue = [...this.goto[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, next] of this.goto[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(c)) f = this.fail[f]!;
        const target = this.goto[f]!.get(c);
        this.fail[next] = target !== undefined && target !== next ? target : 0;
        this.ends[next] = this.ends[next]! || this.ends[this.fail[next]!]!;
        queue.push(next);
      }
    }
  }

  /** Whether `s` occurs inside one of the names. */
  occursIn(s: string): boolean {
    return !s.includes(SEPARATOR) && this.joined.contains(s);
  }

  /** Whether one of the names occurs inside `s`. */
  containsOneOf(s: string): boolean {
    let state = 0;
    if (this.ends[0]) return true;
    for (const c of s) {
      while (state !== 0 && !this.goto[state]!.has(c)) state = this.fail[state]!;
      state = this.goto[state]!.get(c) ?? 0;
      if (this.ends[state]) return true;
    }
    return false;
  }
}
