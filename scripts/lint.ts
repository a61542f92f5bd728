/**
 * npm run lint — the warnings of `npm run check`, grouped by bureau, with a count per kind.
 * Exit code 1 only when there are errors (warnings never fail).
 * Usage: node scripts/lint.ts [contentDir]
 */
import { checkContent } from '../src/lint/check-content.ts';
import { groupByBureau } from '../src/lint/group-by-bureau.ts';
import { escapeControl, formatProblem } from '../src/validate/problem.ts';

const contentDir = process.argv[2] ?? 'content';
const result = checkContent(process.cwd(), contentDir);
for (const group of groupByBureau(result.problems, contentDir)) {
  console.log(`\n## ${escapeControl(group.bureau)}（${group.problems.length} 条 / problems）`);
  for (const [code, count] of group.counts) console.log(`   ${code}: ${count}`);
  for (const problem of group.problems) console.log(formatProblem(problem));
}
console.log(`\n${result.errorCount} 个错误，${result.warningCount} 个警告 / ${result.errorCount} errors, ${result.warningCount} warnings`);
process.exitCode = result.errorCount > 0 ? 1 : 0;
