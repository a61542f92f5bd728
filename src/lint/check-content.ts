/**
 * Validation plus the linter's warnings: what `npm run check`, `npm run lint` and the build run.
 */
import { sortProblems } from '../validate/problem.ts';
import { validateContent, type ValidationResult } from '../validate/validate-content.ts';
import { lintContent } from './lint-content.ts';

export function checkContent(root: string, contentDir = 'content'): ValidationResult {
  const result = validateContent(root, contentDir);
  const warnings = lintContent(result.content);
  const problems = sortProblems([...result.problems, ...warnings]);
  return { ...result, problems, warningCount: result.warningCount + warnings.length };
}
