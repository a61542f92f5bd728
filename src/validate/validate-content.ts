/**
 * The whole of validation: every content file read and checked, then the checks across files.
 * Used by `npm run check`, by the build (before Astro runs) and by the site model.
 */
import { bureauSchema, type Bureau } from '../content/bureau-schema.ts';
import { flowchartSchema, type Flowchart } from '../content/flowchart-schema.ts';
import { itemSchema, type Item } from '../content/item-schema.ts';
import { listContentFiles, walkProblemMessage } from './content-files.ts';
import { crossCheck, type LoadedContent } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readDocument } from './read-document.ts';

export interface ValidationResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Present even when there are errors, holding the files that passed their schema. */
  content: LoadedContent;
}

export function validateContent(root: string, contentDir = 'content'): ValidationResult {
  const { files, misplaced, problems: walkProblems } = listContentFiles(root, contentDir);
  const problems: Problem[] = walkProblems.map((w) => ({ level: 'error', file: w.path, line: 1, column: 1, code: w.code, message: walkProblemMessage(w) }));
  problems.push(...misplaced.map((m): Problem => ({
    level: 'error',
    file: m.path,
    line: 1,
    column: 1,
    code: m.reason === 'extension' ? 'FILE_EXTENSION' : 'FILE_LOCATION',
    message:
      m.reason === 'extension'
        ? '内容文件的扩展名必须是 .yaml（小写） / content files must end in .yaml'
        : '文件位置不对：事项放在 content/<部门>/ 下，流程图放在 content/<部门>/flowcharts/ 下 / unexpected location',
  })));
  const content: LoadedContent = { bureaus: [], items: [], flowcharts: [] };
  for (const file of files) {
    if (file.kind === 'bureau') {
      const r = readDocument<Bureau>(file, bureauSchema);
      problems.push(...r.problems);
      if (r.document) content.bureaus.push(r.document);
    } else if (file.kind === 'item') {
      const r = readDocument<Item>(file, itemSchema);
      problems.push(...r.problems);
      if (r.document) content.items.push(r.document);
    } else {
      const r = readDocument<Flowchart>(file, flowchartSchema);
      problems.push(...r.problems);
      if (r.document) content.flowcharts.push(r.document);
    }
  }
  problems.push(...crossCheck(content, files));
  const sorted = sortProblems(problems);
  return {
    problems: sorted,
    errorCount: sorted.filter((p) => p.level === 'error').length,
    warningCount: sorted.filter((p) => p.level === 'warning').length,
    content,
  };
}
