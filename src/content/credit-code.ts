/**
 * 统一社会信用代码 (GB 32100-2015) and 地方权力编码 checks.
 *
 * A credit code is 18 characters; the 18th is a check character computed from the first 17.
 * Some provinces build a 地方权力编码 as the bureau's credit code followed by 13 digits; any
 * other code is an opaque string whose rules differ by province.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character GB 32100 requires for the first 17 characters. */
export function creditCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check];
}

export type CreditCodeProblem = 'length' | 'characters' | 'check';

/** Why a credit code is malformed, or undefined when it is well formed. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return 'length';
  if (!CREDIT_CODE_PATTERN.test(code)) return 'characters';
  if (creditCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check';
  return undefined;
}

/** A 地方权力编码 of the form credit code + 13 digits (31 characters). */
export const POWER_CODE_WITH_CREDIT_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}\d{13}$/;

/** Starts like a credit code (two registration characters, six-digit region) but may be malformed. */
export function looksLikeCreditBasedCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-Z]{2,}/.test(code) && /\d{6,}$/.test(code) && code.length >= 20;
}
