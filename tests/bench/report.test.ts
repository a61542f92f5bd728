/** The bench's verdicts (scripts/bench/report.ts, targets.ts) on given measurements: what is judged, what is missed. */
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../scripts/bench/process-tree.ts';
import { renderReport, type MachineFacts, type SizeResult } from '../../scripts/bench/report.ts';
import { memoryTargetMiB } from '../../scripts/bench/targets.ts';

const facts: MachineFacts = { date: '2026-01-01 00:00 UTC', cpu: 'CPU', cores: 2, ramGiB: 24, node: '24.0.0', astro: '7.0.0', pagefind: '1.5.2', loadAtStart: 1, loadAtEnd: 2 };
const m = (seconds: number, peakMiB = 500): Measure => ({ seconds, peakMiB, status: 0, stderrTail: '' });

function size(items: number, over: Partial<SizeResult> = {}): SizeResult {
  return {
    items,
    bureaus: Math.round(items / 20),
    check: [m(1)],
    full: [m(30), m(34)],
    baseline: [m(25), m(21)],
    incremental: [m(2), m(3)],
    buildHasCache: true,
    sameAsFull: { files: 100, onlyInFirst: [], onlyInSecond: [], differing: [], explained: [] },
    ...over,
  };
}

describe('renderReport', () => {
  it('meets every target when the ratios are inside them, and projects from the two largest sizes', () => {
    const { markdown, missed } = renderReport({ facts, runs: 2, results: [size(1000), size(10_000, { full: [m(300, 2000)], baseline: [m(210)], incremental: [m(20)] })] });
    expect(missed).toEqual([]);
    expect(markdown).toContain('full build / baseline: **1.39×**'); // median 32 / median 23
    expect(markdown).toContain('incremental / full: **7.8 %**'); // 2.5 / 32
    expect(markdown).toContain('| qingdan full build, s | 32.0 | 300 | 29.8 | **2,980** |');
  });

  it('misses the time ratio, the memory target, the rebuild ratio and a differing file, each named', () => {
    const { missed } = renderReport({
      facts,
      runs: 1,
      results: [size(10_000, { full: [m(100, memoryTargetMiB(10_000) + 1)], baseline: [m(50)], incremental: [m(20)], sameAsFull: { files: 3, onlyInFirst: [], onlyInSecond: ['a.html'], differing: ['b/index.html'], explained: [] } })],
    });
    expect(missed).toHaveLength(4);
    expect(missed.join('\n')).toMatch(/2\.00× the baseline/);
    expect(missed.join('\n')).toMatch(/2,049 MiB \(target ≤ 2,048 MiB\)/);
    expect(missed.join('\n')).toMatch(/20 % of the full build/);
    expect(missed.join('\n')).toMatch(/≠ b\/index\.html.*only in full build: a\.html/);
  });

  it('reports the rebuild ratio below 1,000 items without judging it, but fails it without --cache', () => {
    const small = renderReport({ facts, runs: 1, results: [size(200, { incremental: [m(30)] })] });
    expect(small.missed).toEqual([]);
    expect(small.markdown).toContain('不评判 / not judged');
    const noCache = renderReport({ facts, runs: 1, results: [size(200, { buildHasCache: false })] });
    expect(noCache.missed.join('\n')).toMatch(/no --cache option/);
  });
});

describe('the 100,000-item projection', () => {
  it('extrapolates nothing from a figure that fell between the sizes, and warns about small sizes', () => {
    const { markdown } = renderReport({ facts, runs: 1, results: [size(200, { baseline: [m(6)] }), size(1000, { baseline: [m(5)] })] });
    expect(markdown).toMatch(/\| baseline \(bare Astro \+ Pagefind\), s \| 6\.0 \| 5\.0 \| -1\.3 \| — \(fell between the sizes/);
    expect(markdown).toContain('The smaller size here is under 1,000 items');
    expect(markdown).not.toMatch(/\*\*-/);
  });
});
