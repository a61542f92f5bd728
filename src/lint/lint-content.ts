/**
 * The linter: problems a list maintainer must look at, as warnings that never fail the build.
 * Each rule is a small function over the loaded content; each warning names a file and line.
 */
import type { LoadedContent } from '../validate/cross-checks.ts';
import type { Problem } from '../validate/problem.ts';
import { categoryLabelRule } from './rules/category-label.ts';
import { citationQuoteRule, citationUnparsedRule } from './rules/citations.ts';
import { invisibleCharacterRule } from './rules/invisible-characters.ts';
import { malformedCodeRule } from './rules/malformed-code.ts';
import { missingElementRule } from './rules/missing-element.ts';
import { missingNumberRule, numberingGapRule, summaryNumberingGapRule } from './rules/numbering-gap.ts';
import { sharedTextRule } from './rules/shared-text.ts';
import { statedTotalRule, summaryTableRule } from './rules/summary.ts';
import { textMarkupRule } from './rules/text-markup.ts';

export type LintRule = (content: LoadedContent) => Problem[];

export const LINT_RULES: LintRule[] = [statedTotalRule, summaryTableRule, numberingGapRule, summaryNumberingGapRule, missingNumberRule, categoryLabelRule, malformedCodeRule, sharedTextRule, textMarkupRule, invisibleCharacterRule, missingElementRule, citationUnparsedRule, citationQuoteRule];

export function lintContent(content: LoadedContent): Problem[] {
  return LINT_RULES.flatMap((rule) => rule(content));
}
