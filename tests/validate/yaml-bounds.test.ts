/**
 * A document's size once its YAML aliases are expanded is capped (YAML_EXPANDED_TOO_LARGE), so a
 * small file cannot stand for hundreds of millions of characters.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lint/check-content.ts';
import { MAX_EXPANDED_CHARS, parseYamlDocument } from '../../src/validate/yaml-document.ts';
import { contentSandbox } from '../helpers/content-sandbox.ts';

/** "Billion laughs": each level lists the previous one ten times. */
function laughs(levels: number): string {
  const lines = ['id: cf-001', 'bureau: demo', 'category: 行政处罚', 'a0: &a0 "哈哈哈哈哈哈哈哈哈哈"'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`remarks: *a${levels}`);
  return `${lines.join('\n')}\n`;
}

describe('YAML alias expansion', () => {
  it('a billion-laughs file of a few hundred bytes: YAML_EXPANDED_TOO_LARGE at the alias that crosses the cap', () => {
    const text = laughs(9);
    expect(text.length).toBeLessThan(1000);
    const parsed = parseYamlDocument(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.code).toBe('YAML_EXPANDED_TOO_LARGE');
    expect(parsed.at.line).toBeGreaterThan(4);
  });

  it('is reported by check as a located error of the file', () => {
    const sandbox = contentSandbox();
    try {
      sandbox.put('content/demo/cf-001.yaml', laughs(12));
      const own = checkContent(sandbox.root).problems.filter((p) => p.file === 'content/demo/cf-001.yaml');
      expect(own.map((p) => [p.level, p.code])).toEqual([['error', 'YAML_EXPANDED_TOO_LARGE']]);
    } finally {
      sandbox.dispose();
    }
  });

  it('a few small aliases, and a large file without aliases, stay allowed', () => {
    expect(parseYamlDocument(laughs(3)).ok).toBe(true);
    const big = `remarks: "${'长'.repeat(MAX_EXPANDED_CHARS / 2 - 100)}"\n`;
    expect(parseYamlDocument(big).ok).toBe(true);
  });
});
