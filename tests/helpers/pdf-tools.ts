/** Reading PDFs the tests print, with poppler-utils (pdfinfo, pdftotext): Debian's, installed by scripts/setup-test-machine.sh. */
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export function pdfInfo(file: string): { pages: number; pageSize: string } {
  const info = run('pdfinfo', [file]);
  return { pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]), pageSize: info.match(/^Page size:\s+(.*)$/m)![1]! };
}

/** The text of each page, in order (pdftotext puts a form feed after every page). */
export function pdfPages(file: string): string[] {
  const text = run('pdftotext', ['-layout', file, '-']);
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** Spaces and line breaks removed, so Chinese text wrapped or spaced in the PDF still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
