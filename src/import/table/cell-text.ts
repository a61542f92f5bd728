/**
 * A cell's text into content fields. Only mechanical clean-up, as for the seeds: Word artefacts
 * removed, whitespace runs (full-width spaces included) collapsed, empty lines dropped, and runs
 * of lines numbered 1, 2, 3 … given their list structure (clean/text.ts). No word is changed.
 */
import type { DutyStage, Item } from '../../content/item-schema.ts';

type Accountability = NonNullable<Item['accountability']>;
import type { Block, RichText } from '../../content/text-schema.ts';
import { groupNumberedLines } from '../clean/numbered-lines.ts';
import { collapseWhitespace } from '../clean/spacing.ts';
import { removeWordArtefacts, splitEnumeration } from '../clean/text.ts';

/**
 * Cells that mean "nothing here": empty, /, —, and 无 — except in the time-limit and fee columns,
 * where 无 is itself the answer (法定时限：无, 收费：无) and is kept as written.
 */
const NOTHING = new Set(['', '/', '／', '—', '——', '－', '-']);
const NONE_IS_AN_ANSWER = new Set(['legal_time_limit', 'promised_time_limit', 'fee']);
export function isNothing(text: string, field?: string): boolean {
  const bare = text.replace(/\s+/g, '');
  return NOTHING.has(bare) || (bare === '无' && !(field !== undefined && NONE_IS_AN_ANSWER.has(field)));
}

const IDEOGRAPH = /[\u3400-\u9fff]/;
/** The cell's lines, each cleaned; empty lines dropped. Line breaks are kept: in running text they are the source's. */
export function cellLines(text: string): string[] {
  return removeWordArtefacts(text)
    .split(/\r\n|\r|\n/)
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
}

/** Text that keeps its line breaks (a time limit, a fee): the cleaned lines joined by line breaks. */
export function cellText(text: string): string {
  return cellLines(text).join('\n');
}

/**
 * A single-line value (name, 子项, subject, department …): a narrow column wraps it, so its lines
 * are joined — directly where the break falls between Chinese characters (对不按规定办理登记⏎行为的处罚),
 * with a space between other text.
 */
export function cellLine(text: string): string {
  return cellLines(text).reduce((acc, line) => (acc === '' ? line : IDEOGRAPH.test(acc.slice(-1)) || IDEOGRAPH.test(line.charAt(0)) ? acc + line : `${acc} ${line}`), '');
}

/** Rich text: one paragraph as a string, otherwise blocks with lists recognised. */
export function cellRichText(text: string): RichText | undefined {
  const blocks = cellBlocks(text);
  if (blocks.length === 0) return undefined;
  return blocks.length === 1 && typeof blocks[0] === 'string' ? blocks[0] : blocks;
}

export function cellBlocks(text: string): Block[] {
  return splitEnumeration(cellLines(text));
}

/** A line that is only a stage label: 直接实施责任： / 立案责任： (no more than 20 characters). */
const STAGE_LABEL = /^([^：:。；;，,]{1,20})[：:]$/;

/**
 * 责任事项: lines that are only a label ending in a colon (直接实施责任：, 指导监督责任：) start a
 * named stage; text before the first label is an unnamed stage, and so is text after an empty
 * line (the site's own export separates stages by an empty line, so an unnamed stage after a
 * named one reads back as its own stage).
 */
export function cellDuties(text: string): DutyStage[] | undefined {
  const stages: { stage?: string; lines: string[] }[] = [];
  let closed = true;
  for (const raw of removeWordArtefacts(text).split(/\r\n|\r|\n/)) {
    const line = collapseWhitespace(raw);
    if (line === '') {
      if (stages.length > 0 && stages[stages.length - 1]!.lines.length > 0) closed = true;
      continue;
    }
    const label = STAGE_LABEL.exec(line);
    if (label) stages.push({ stage: label[1]!.trim(), lines: [] });
    else if (closed && (stages.length === 0 || stages[stages.length - 1]!.lines.length > 0)) stages.push({ lines: [line] });
    else stages[stages.length - 1]!.lines.push(line);
    closed = false;
  }
  const out: DutyStage[] = [];
  for (const s of stages) {
    if (s.lines.length === 0) {
      // A label with no text under it is kept as text, not as an empty stage.
      out.push({ text: `${s.stage}：` });
      continue;
    }
    const blocks = splitEnumeration(s.lines);
    const richText: RichText = blocks.length === 1 && typeof blocks[0] === 'string' ? blocks[0] : blocks;
    out.push({ ...(s.stage ? { stage: s.stage } : {}), text: richText });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * 追责情形: the lines before the first line numbered 1 are the lead sentence; lines numbered
 * 1, 2, 3 … are the cases (a line without the next number continues the case above). A cell with
 * no numbered lines has each line as a case.
 */
export function cellAccountability(text: string): Accountability | undefined {
  const lines = cellLines(text);
  if (lines.length === 0) return undefined;
  const { lead, entries } = groupNumberedLines(lines);
  if (entries.length === 0) return { cases: lines };
  const cases = entries.map((e) => e.lines.join('\n').trim()).filter((c) => c.length > 0);
  if (cases.length === 0) return { cases: lines };
  return { ...(lead.length > 0 ? { intro: lead.join('\n') } : {}), cases };
}
