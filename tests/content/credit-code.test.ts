import { describe, expect, it } from 'vitest';
import { creditCheckCharacter, creditCodeProblem, looksLikeCreditBasedCode, POWER_CODE_WITH_CREDIT_PATTERN } from '../../src/content/credit-code.ts';

describe('GB 32100 check character', () => {
  it('accepts the credit code inside 天水’s 地方权力编码 (seed 001)', () => {
    expect(creditCheckCharacter('11620500MB1617096')).toBe('7');
    expect(creditCodeProblem('11620500MB16170967')).toBeUndefined();
  });
  it('computes a check value of 31 as 0 and letters from the 31-symbol alphabet', () => {
    // 91350100M000100Y43 is a published example credit code; its check character is 3.
    expect(creditCheckCharacter('91350100M000100Y4')).toBe('3');
  });
  it('names what is wrong', () => {
    expect(creditCodeProblem('11620500MB16170968')).toBe('check');
    expect(creditCodeProblem('11620500MB1617096')).toBe('length');
    expect(creditCodeProblem('11620500MB1617096I')).toBe('characters');
  });
  it('recognises the credit code + 13 digits form and its near misses', () => {
    expect(POWER_CODE_WITH_CREDIT_PATTERN.test('11620500MB161709673620236001000')).toBe(true);
    expect(POWER_CODE_WITH_CREDIT_PATTERN.test('11620500MB1673620836001000')).toBe(false);
    expect(looksLikeCreditBasedCode('11620500MB1673620836001000')).toBe(true);
    expect(looksLikeCreditBasedCode('CF-001')).toBe(false);
  });
});
