/**
 * What a seed parser hands to the importer. Parsers never touch the file system: they turn the
 * text of one seed into content objects, and say what they could not take at face value.
 */
import type { Bureau } from '../content/bureau-schema.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';

/** An item before the importer gives it its id (category code + ordinal). */
export type ParsedItem = Omit<Item, 'id'>;

/**
 * A line of the import report (content/<bureau>/IMPORT.md).
 * - disagreement: the document contradicts itself (stated total vs rows, summary vs detail …);
 * - decision: a cleaning step that needed judgement (a row joined across a page break …).
 */
export interface ReportEntry {
  kind: 'disagreement' | 'decision';
  /** What was found or decided, in Chinese (English welcome). */
  text: string;
  /** Seed lines it concerns. */
  lines?: [number, number];
}

export interface ParsedSeed {
  bureau: Bureau;
  items: ParsedItem[];
  flowcharts: Flowchart[];
  report: ReportEntry[];
}

export interface SeedParser {
  /** Bureau slug: the folder under content/. */
  slug: string;
  /** File name under seeds/. */
  seedFile: string;
  /** Parses the whole seed text (UTF-8, as read from disk). */
  parse(text: string): ParsedSeed;
}
