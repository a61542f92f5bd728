/** Node measurement remembers line breaks (src/flowchart/measure.ts): same lines as wrapText, never shared arrays. */
import { describe, expect, it } from 'vitest';
import { STYLE } from '../../src/flowchart/chart-style.ts';
import { detailText, measureLabel, measureNode } from '../../src/flowchart/measure.ts';
import { wrapText } from '../../src/flowchart/wrap-text.ts';

describe('measureNode with remembered line breaks', () => {
  const node = { id: 's1', text: '审查申请材料是否齐全、是否符合法定形式，不齐全的一次性告知需要补正的全部内容', kind: 'step' as const, details: [{ label: '法定时限', text: '20个工作日，复杂的经批准可延长10个工作日' }] };

  it('gives wrapText’s lines the first time and every later time', () => {
    const expected = wrapText(node.text, STYLE.wrapEm);
    const expectedDetail = wrapText(detailText(node.details[0]!), (STYLE.wrapEm * STYLE.fontPx) / STYLE.detailFontPx);
    expect(expected.length).toBeGreaterThan(1);
    for (let i = 0; i < 3; i++) {
      const m = measureNode(node);
      expect(m.lines).toEqual(expected);
      expect(m.detailLines).toEqual([expectedDetail]);
    }
    expect(measureLabel('材料不全，需要补正').lines).toEqual(wrapText('材料不全，需要补正', STYLE.labelWrapEm));
  });

  it('hands out a fresh array each time, so changing one measurement cannot change the next', () => {
    const first = measureNode(node);
    first.lines.push('changed');
    first.detailLines[0]!.push('changed');
    const second = measureNode(node);
    expect(second.lines).not.toContain('changed');
    expect(second.detailLines[0]).not.toContain('changed');
  });
});
