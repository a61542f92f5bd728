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

/**
 * Control characters (C0 including newline, tab and ESC, DEL, C1) and the invisible characters
 * that reorder or hide text (bidi controls, zero-width characters, BOM) — everything that could
 * make a printed line lie, e.g. a file name holding "\n0 个错误" or an ESC sequence that clears
 * the terminal.
 */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text made safe to print: each unsafe character shown as a visible escape, `\u001B`. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function formatProblem(p: Problem): string {
  const level = p.level === 'error' ? '错误' : '警告';
  return `${escapeControl(p.file)}:${p.line}:${p.column}  ${escapeControl(p.code)}  ${level}：${escapeControl(p.message)}`;
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
