import { describe, expect, it } from 'vitest';
import { charWidthEm, textWidthEm } from '../../src/flowchart/text-width.ts';
import { NO_LINE_END, NO_LINE_START, clusters, wrapText } from '../../src/flowchart/wrap-text.ts';
import { testCharts } from './corpus.ts';

/** All node texts and labels of the test charts, plus hand-picked hard cases. */
function sampleTexts(): string[] {
  const fromCharts = testCharts().flatMap(({ chart }) => [chart.title, ...chart.nodes.map((n) => n.text), ...chart.edges.flatMap((e) => (e.label ? [e.label] : []))]);
  return [
    ...fromCharts,
    '《中华人民共和国社会保险法》第八十四条：“用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正。”',
    '甲，乙，丙，丁，戊，己，庚，辛，壬，癸，子，丑，寅，卯，辰，巳，午，未，申，酉，戌，亥。',
    '（一）（二）（三）（四）（五）（六）（七）（八）（九）（十）',
    '服务电话 0394-4662166，投诉电话 0394-4662166；GB/T 42147-2022 规定的元数据',
    '…………——————。。。。',
    '前文…………——————。。。。后文字',
    '详见 https://example.org/a/very/long/path/that/is/long 之后',
  ];
}

describe('text width estimate', () => {
  it('counts CJK and full-width characters as 1 em, digits and most Latin letters as 0.55 em', () => {
    expect(charWidthEm('案')).toBe(1);
    expect(charWidthEm('，')).toBe(1);
    expect(charWidthEm('７')).toBe(1);
    expect(charWidthEm('7')).toBe(0.55);
    expect(charWidthEm('a')).toBe(0.55);
    expect(charWidthEm(' ')).toBe(0.3);
    expect(charWidthEm('i')).toBe(0.35);
    expect(charWidthEm('W')).toBe(0.95);
    expect(charWidthEm('G')).toBe(0.75);
    expect(textWidthEm('承办机构7日内')).toBeCloseTo(6.55);
  });
});

describe('wrapText', () => {
  const widths = [4, 6, 8, 12];

  it('keeps every character, in order (only spaces at a break are dropped)', () => {
    for (const text of sampleTexts()) {
      for (const w of widths) {
        const lines = wrapText(text, w);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/\s+/g, ''));
      }
    }
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation (kinsoku)', () => {
    for (const text of sampleTexts()) {
      for (const w of widths) {
        const lines = wrapText(text, w);
        lines.forEach((line, i) => {
          if (i > 0) expect(NO_LINE_START.has([...line][0]!), `line ${i} of ${JSON.stringify(lines)} at ${w} em`).toBe(false);
          if (i < lines.length - 1) expect(NO_LINE_END.has([...line].at(-1)!), `line ${i} of ${JSON.stringify(lines)} at ${w} em`).toBe(false);
        });
      }
    }
  });

  it('keeps lines within the width, letting only one closing mark hang past it', () => {
    for (const text of sampleTexts()) {
      for (const w of widths) {
        for (const line of wrapText(text, w)) {
          const chars = [...line];
          const hang = NO_LINE_START.has(chars.at(-1)!) ? textWidthEm(chars.at(-1)!) : 0;
          // A single cluster wider than the line (a mark run such as ……——) is the only excuse.
          const single = clusters(line).length === 1;
          if (!single) expect(textWidthEm(line) - hang, `${line} at ${w} em`).toBeLessThanOrEqual(w + 1e-9);
        }
      }
    }
  });

  it('does not split Latin words, codes, phone numbers, or a number from its unit', () => {
    const lines = wrapText('服务电话 0394-4662166，依据 GB/T 42147-2022，承办机构7日内送达', 7);
    expect(lines.some((l) => l.includes('0394-4662166'))).toBe(true);
    expect(lines.some((l) => l.includes('GB/T'))).toBe(true);
    expect(lines.some((l) => l.includes('42147-2022'))).toBe(true);
    expect(lines.some((l) => l.includes('7日'))).toBe(true);
  });

  it('hangs a comma rather than pushing a character onto the next line, and breaks at clauses', () => {
    expect(wrapText('承办机构提出初步处罚意见，处罚事先告知审批', 12)).toEqual(['承办机构提出初步处罚意见，', '处罚事先告知审批']);
    expect(wrapText('行政机关负责人集体讨论，作出行政处罚决定', 12)).toEqual(['行政机关负责人集体讨论，', '作出行政处罚决定']);
  });

  it('keeps an opening bracket with what follows and a closing one with what precedes', () => {
    const lines = wrapText('执行行政处罚决定（当事人不履行处罚决定的，行政机关依法强制执行或申请法院强制执行）', 8);
    for (const line of lines) {
      expect(line.endsWith('（')).toBe(false);
      expect(line.startsWith('）')).toBe(false);
    }
    expect(lines.at(-1)!.endsWith('执行）')).toBe(true);
  });

  it('balances lines: a 13-character text at 12 per line is not 12 + 1', () => {
    const lines = wrapText('形成调查终结报告并提交审核', 12);
    expect(lines).toHaveLength(2);
    expect(Math.abs(textWidthEm(lines[0]!) - textWidthEm(lines[1]!))).toBeLessThanOrEqual(2);
  });

  it('returns one line when the text fits and nothing for blank text', () => {
    expect(wrapText('立案', 12)).toEqual(['立案']);
    expect(wrapText('  ', 12)).toEqual([]);
  });
});
