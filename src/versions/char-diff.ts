/**
 * A character-level diff: legal text changes by a character (应当 → 可以), so changed fields are
 * compared character by character (jsdiff's diffChars, Myers' algorithm).
 */
import { diffChars } from 'diff';

export interface DiffPart {
  /** '=' kept, '-' removed, '+' added. */
  op: '=' | '-' | '+';
  text: string;
}

export function charDiff(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', text: c.value }));
}
