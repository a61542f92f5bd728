/**
 * npm run check — validates all content and prints every problem of the run, one per line:
 *   path:line:column  CODE  message
 * Exit code 1 when there is any error; warnings never fail.
 * Usage: node scripts/check.ts [contentDir]   (default: content)
 */
import { checkContent } from '../src/lint/check-content.ts';
import { formatProblem } from '../src/validate/problem.ts';

const contentDir = process.argv[2] ?? 'content';
const result = checkContent(process.cwd(), contentDir);
for (const problem of result.problems) console.log(formatProblem(problem));
console.log(
  `\n${result.errorCount} 个错误，${result.warningCount} 个警告 / ${result.errorCount} errors, ${result.warningCount} warnings` +
    ` — ${result.content.bureaus.length} 个部门，${result.content.items.length} 个事项，${result.content.flowcharts.length} 张流程图`,
);
process.exitCode = result.errorCount > 0 ? 1 : 0;
