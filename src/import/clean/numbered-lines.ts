/**
 * Cell lines (or items) numbered 1、2、3 … / 1. 2. 3. …, with lines that continue the item above.
 *
 * A line starts a new entry only when it starts with the next number of the count (1 first, then
 * 2 …), so sub-lists such as （一）…（五） and unnumbered sentences stay with the entry they belong
 * to. Both 、 and . count as the marker's punctuation, because the seeds mix them inside one list
 * (玉田: 1、 2. 3、 4、); each entry keeps the punctuation it was printed with so that the caller can
 * report the mix.
 */

export interface LeadingNumber {
  ordinal: number;
  /** The punctuation after the number, as printed. */
  punctuation: '、' | '.';
  /** The line without its marker. */
  rest: string;
}

/** The number at the start of a line (1、 / 1. / "1. " with a space), or undefined. */
export function leadingNumber(line: string): LeadingNumber | undefined {
  const match = /^(\d{1,2})\s*([、.])(?!\d)\s*/.exec(line);
  if (!match) return undefined;
  return { ordinal: Number(match[1]), punctuation: match[2] as '、' | '.', rest: line.slice(match[0].length) };
}

export interface NumberedEntry {
  ordinal: number;
  punctuation: '、' | '.';
  /** Index of the entry's first line in the input. */
  index: number;
  /** The entry's text: its first line without the marker, then its continuation lines. */
  lines: string[];
}

export interface NumberedGroups {
  /** Lines before the first numbered line (a lead sentence such as 因不履行…应承担相应责任：). */
  lead: string[];
  entries: NumberedEntry[];
}

/** Splits lines into a lead and entries numbered 1, 2, 3 … in order. */
export function groupNumberedLines(lines: string[]): NumberedGroups {
  const lead: string[] = [];
  const entries: NumberedEntry[] = [];
  lines.forEach((line, index) => {
    const number = leadingNumber(line);
    if (number && number.ordinal === entries.length + 1) {
      entries.push({ ordinal: number.ordinal, punctuation: number.punctuation, index, lines: [number.rest] });
    } else if (entries.length > 0) {
      entries[entries.length - 1]!.lines.push(line);
    } else {
      lead.push(line);
    }
  });
  return { lead, entries };
}

/** Whether an enumeration mixes 、 and . after its numbers. */
export function mixesPunctuation(entries: NumberedEntry[]): boolean {
  return new Set(entries.map((e) => e.punctuation)).size > 1;
}
