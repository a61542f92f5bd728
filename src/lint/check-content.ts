/**
 * Validation plus the linter's warnings: what `npm run check`, `npm run lint` and the build run.
 */
import { sortProblems } from '../validate/problem.ts';
import { validateContent, type ValidationResult } from '../validate/validate-content.ts';
import { checkSnapshots } from '../versions/check-snapshots.ts';
import { lintContent } from './lint-content.ts';

export function checkContent(root: string, contentDir = 'content'): ValidationResult {
  const result = validateContent(root, contentDir);
  const warnings = lintContent(result.content);
  const snapshotErrors = checkSnapshots(root, contentDir);
  const problems = sortProblems([...result.problems, ...snapshotErrors, ...warnings]);
  return { ...result, problems, errorCount: result.errorCount + snapshotErrors.length, warningCount: result.warningCount + warnings.length };
}
