/**
 * The synthetic content of the scale test (src/search/synth-content.ts) is valid content: it
 * passes the real validation, keeps the real bureaus unchanged, and gives every copy its own
 * place name and valid credit code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { creditCodeProblem } from '../../src/content/credit-code.ts';
import { placeStem, regionStem, synthesizeContent, syntheticCreditCode } from '../../src/search/synth-content.ts';
import { validateContent } from '../../src/validate/validate-content.ts';

const work = mkdtempSync(join(tmpdir(), 'qingdan-synth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthesizeContent', () => {
  it('writes the number of items asked for, as content that validates', () => {
    const summary = synthesizeContent('tests/fixtures/site/content', 57, join(work, 'content'));
    expect(summary.items).toBe(57);
    const result = validateContent(process.cwd(), join(work, 'content'));
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.content.items).toHaveLength(57);
    expect(result.content.bureaus).toHaveLength(summary.bureaus);
  });

  it('keeps the real bureaus as they are and renames the place in every copy', () => {
    const real = readFileSync('tests/fixtures/site/content/shifan/cf-001.yaml', 'utf8');
    expect(readFileSync(join(work, 'content', 'shifan', 'cf-001.yaml'), 'utf8')).toBe(real);
    const copy = readFileSync(join(work, 'content', 'shifan-0002', 'bureau.yaml'), 'utf8');
    expect(copy).toContain(`name: ${placeStem(2)}县医疗保障局`);
    expect(copy).not.toContain('示范');
  });

  it('makes distinct place names and valid credit codes', () => {
    const stems = Array.from({ length: 1500 }, (_, k) => placeStem(k));
    expect(new Set(stems).size).toBe(1500);
    expect(regionStem('河北省石家庄市晋州市')).toBe('晋州');
    expect(regionStem('甘肃省天水市')).toBe('天水');
    for (const k of [5, 77, 1499]) expect(creditCodeProblem(syntheticCreditCode('11620500MB16170967', k))).toBeUndefined();
  });
});
