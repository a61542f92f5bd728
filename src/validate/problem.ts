/**
 * A problem found in content: one line of `npm run check` output,
 * `path:line:column  CODE  message`. Errors fail the check and the build; warnings never do.
 */
export type Level = 'error' | 'warning';

export interface Problem {
  level: Level;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  code: string;
  /** Chinese, naming the field and what is allowed; English after a slash where it helps. */
  message: string;
}

export function formatProblem(p: Problem): string {
  const level = p.level === 'error' ? '错误' : '警告';
  return `${p.file}:${p.line}:${p.column}  ${p.code}  ${level}：${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Where a problem is, before a file and a code are attached. */
export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };
