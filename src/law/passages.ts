/** An item's 实施依据 as lines: each paragraph, and each entry of a list, is one passage. */
import type { Block } from '../content/text-schema.ts';

export function basisPassages(basis: Block[]): string[] {
  return basis.flatMap((block) => (typeof block === 'string' ? [block] : block.items));
}
