/**
 * What the per-seed parser tests share: reading a seed, and small views of parsed items. Expected
 * values stay in each test file, copied from the seed by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/content/text-schema.ts';
import type { ParsedItem, ParsedSeed, SeedParser } from '../../src/import/types.ts';

/** The seed's text and what its parser makes of it. */
export function parseSeed(parser: SeedParser): { text: string; parsed: ParsedSeed } {
  const text = readFileSync(join(import.meta.dirname, '../../seeds', parser.seedFile), 'utf8');
  return { text, parsed: parser.parse(text) };
}

/** The 责任事项 stage names of an item, in order (undefined for an unnamed stage). */
export function stages(item: ParsedItem): (string | undefined)[] {
  return (item.duties ?? []).map((d) => d.stage);
}

/** Items per standard category. */
export function countByCategory(items: ParsedItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.category] = (counts[item.category] ?? 0) + 1;
  return counts;
}

/** The first passage of a basis: its first paragraph, or the first item of its first list. */
export function firstPassage(basis: Block[]): string {
  const block = basis[0]!;
  return typeof block === 'string' ? block : block.items[0]!;
}
