/**
 * Numbered passages run together inside one paragraph, with the count carried on from earlier
 * paragraphs of the same cell (晋州):
 *
 *     <p>7、石家庄市人民政府印发《…》（市政办发【2016】78</p>   ← page break
 *     <p>号)全文;附件1全文; 8、石家庄市医疗保障局…全文。 9、《中华人民共和国社会保险法》…追偿。10、《…》全文。</p>
 *
 * Splits a paragraph before the marker that continues the cell's count (the next number after
 * the last one seen at the start of a paragraph or split off before), and nowhere else. A marker
 * counts only in the cell's own style (1、 or 1. — whichever the cell uses first), only at a
 * boundary (after whitespace or ：: 。；; ”) and never after a digit, so "附件1、附件2"
 * and a nested "1. 按9%费率…" list inside a 1、-numbered cell stay whole. With no number seen yet
 * the next marker is 1, which splits a lead sentence from its list ("…应承担相应责任： 1、…").
 * Markers stay on their passages; the caller decides whether to remove them.
 */
import { leadingNumber } from './numbered-lines.ts';

type Punctuation = '、' | '.';

function markerPattern(n: number, punctuation: Punctuation | undefined): RegExp {
  const mark = punctuation === undefined ? '[、.]' : punctuation === '.' ? '\\.' : '、';
  return new RegExp(`(?<=[\\s：:。；;”])(?<!\\d)${n}\\s*(${mark})(?!\\d)`);
}

/** The paragraphs with every paragraph also split before each inline marker that continues the count. */
export function splitContinuingNumbers(paragraphs: string[]): string[] {
  const out: string[] = [];
  let punctuation: Punctuation | undefined;
  let last = 0;
  for (const paragraph of paragraphs) {
    const lead = leadingNumber(paragraph);
    if (lead && (punctuation === undefined || lead.punctuation === punctuation)) {
      punctuation = lead.punctuation;
      last = lead.ordinal;
    }
    let rest = paragraph;
    for (;;) {
      const found = markerPattern(last + 1, punctuation).exec(rest);
      if (!found || found.index === 0) break;
      out.push(rest.slice(0, found.index));
      rest = rest.slice(found.index);
      punctuation = found[1] as Punctuation;
      last += 1;
    }
    out.push(rest);
  }
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}
