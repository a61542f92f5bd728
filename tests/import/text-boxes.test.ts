import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextBoxes } from '../../src/import/clean/text-boxes.ts';

// Seed 003 (项城) keeps the text boxes of its flowcharts one per line; a box of two paragraphs is
// two lines with exactly two blank lines between them (3 lines apart).
const seedLines = readFileSync(new URL('../../seeds/003_cae92fea1141363e.txt', import.meta.url), 'utf8').split('\n');

describe('readTextBoxes', () => {
  it('joins two paragraphs three lines apart into one box and keeps the next box apart (seed 003 lines 2470-2495)', () => {
    const boxes = readTextBoxes(seedLines, 2470, 2495, 3);
    expect(boxes).toEqual([
      { lines: [2472], parts: ['法制审核'], text: '法制审核' },
      // 2481 carries a trailing full-width space: '作出行政处罚决定　'
      {
        lines: [2478, 2481],
        parts: ['行政机关负责人集体讨论，', '作出行政处罚决定'],
        text: '行政机关负责人集体讨论，作出行政处罚决定',
      },
      { lines: [2490], parts: ['行政机关负责人审查，作出行政处罚决定'], text: '行政机关负责人审查，作出行政处罚决定' },
    ]);
  });

  it('treats a line of full-width spaces as blank and strips the leading tab (seed 003 lines 2210-2230)', () => {
    // 2213 is '\t重大行政处罚', 2218 holds only full-width spaces, 2227 is '\t情节复杂或重大违法行为'.
    const boxes = readTextBoxes(seedLines, 2210, 2230, 3);
    expect(boxes.map((b) => [b.lines, b.text])).toEqual([
      [[2213], '重大行政处罚'],
      [[2227], '情节复杂或重大违法行为'],
    ]);
  });

  it('keeps boxes six lines apart separate and strips leading spaces (seed 003 lines 2622-2632)', () => {
    const boxes = readTextBoxes(seedLines, 2622, 2632, 3);
    expect(boxes.map((b) => [b.lines, b.text])).toEqual([
      [[2625], '经行政机关负责人审查，不采取行政强制措施'],
      [[2631], '经行政机关负责人审查，采取行政强制措施'],
    ]);
  });

  it('uses the stated gap only: with a gap of 2 the same lines stay apart', () => {
    const boxes = readTextBoxes(seedLines, 3553, 3559, 2);
    expect(boxes.map((b) => b.lines)).toEqual([[3555], [3558]]);
    const joined = readTextBoxes(seedLines, 3553, 3559, 3);
    expect(joined.map((b) => b.text)).toEqual(['申请人（低保、特困供养人员、建档立卡）']);
  });
});
