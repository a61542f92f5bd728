/**
 * 地方权力编码 that start like a credit code (统一社会信用代码 + 13 digits) but are not of that
 * form: wrong length, or a credit-code part whose GB 32100 check fails. A code of the exact form
 * with a failing check is an error (cross-checks.ts); this catches the near misses.
 */
import { POWER_CODE_WITH_CREDIT_PATTERN, creditCodeProblem, looksLikeCreditBasedCode } from '../../content/credit-code.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { warnAt } from './warn.ts';

export function malformedCodeRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const bureauCredit = new Map(content.bureaus.map((b) => [b.data.id, b.data.credit_code]));
  for (const doc of content.items) {
    for (const field of ['code', 'subitem_code'] as const) {
      const code = doc.data[field];
      if (!code || POWER_CODE_WITH_CREDIT_PATTERN.test(code)) {
        const credit = bureauCredit.get(doc.data.bureau);
        if (code && credit && !code.startsWith(credit))
          problems.push(warnAt(doc, [field], 'CODE_MALFORMED', `地方权力编码“${code}”的前 18 位不是本部门的统一社会信用代码 ${credit} / code does not start with the bureau's credit code`));
        continue;
      }
      if (!looksLikeCreditBasedCode(code)) continue;
      const checkFails = creditCodeProblem(code.slice(0, 18)) !== undefined;
      problems.push(
        warnAt(doc, [field], 'CODE_MALFORMED', `地方权力编码“${code}”有 ${code.length} 位，应为 31 位（18 位统一社会信用代码 + 13 位数字）${checkFails ? '，且前 18 位的校验码不符合 GB 32100' : ''} / malformed code: ${code.length} characters, expected 31`),
      );
    }
  }
  return problems;
}
