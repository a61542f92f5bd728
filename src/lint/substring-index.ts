/**
 * A suffix automaton of one text: built in time linear in the text, it answers "which is the
 * longest run of `s` that occurs in the text?" in time linear in `s`. The lint rules use it
 * instead of trying every substring (which was quadratic or worse: a 100,000-character name did
 * not finish in 25 minutes). Transitions live in one Map keyed by state and UTF-16 code unit.
 */
const UNITS = 0x10000;

export class SubstringIndex {
  private readonly next = new Map<number, number>();
  /** The code units each state has a transition on, so a clone can copy them. */
  private readonly outgoing: number[][] = [[]];
  private readonly link: number[] = [-1];
  private readonly length: number[] = [0];

  private addState(length: number, link: number): number {
    this.length.push(length);
    this.link.push(link);
    this.outgoing.push([]);
    return this.length.length - 1;
  }

  private setTransition(state: number, c: number, target: number): void {
    const key = state * UNITS + c;
    if (!this.next.has(key)) this.outgoing[state]!.push(c);
    this.next.set(key, target);
  }

  constructor(text: string) {
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const current = this.addState(this.length[last]! + 1, 0);
      let p = last;
      while (p !== -1 && !this.next.has(p * UNITS + c)) {
        this.setTransition(p, c, current);
        p = this.link[p]!;
      }
      if (p !== -1) {
        const q = this.next.get(p * UNITS + c)!;
        if (this.length[p]! + 1 === this.length[q]) this.link[current] = q;
        else {
          const clone = this.addState(this.length[p]! + 1, this.link[q]!);
          for (const u of this.outgoing[q]!) this.setTransition(clone, u, this.next.get(q * UNITS + u)!);
          while (p !== -1 && this.next.get(p * UNITS + c) === q) {
            this.next.set(p * UNITS + c, clone);
            p = this.link[p]!;
          }
          this.link[q] = clone;
          this.link[current] = clone;
        }
      }
      last = current;
    }
  }

  /** The longest substring of `s` that occurs in the text (leftmost of the longest), or ''. */
  longestCommonRun(s: string): string {
    let state = 0;
    let length = 0;
    let best = 0;
    let bestEnd = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      while (state !== 0 && !this.next.has(state * UNITS + c)) {
        state = this.link[state]!;
        length = this.length[state]!;
      }
      const target = this.next.get(state * UNITS + c);
      if (target !== undefined) {
        state = target;
        length++;
      } else length = 0;
      if (length > best) {
        best = length;
        bestEnd = i + 1;
      }
    }
    return s.slice(bestEnd - best, bestEnd);
  }

  /** Whether `s` occurs in the text. */
  contains(s: string): boolean {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const target = this.next.get(state * UNITS + s.charCodeAt(i));
      if (target === undefined) return false;
      state = target;
    }
    return true;
  }
}
