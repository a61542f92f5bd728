/**
 * Where each contents entry of a printed volume landed: the PDF's named destinations. Chromium
 * writes one for every element a link of the page points to (the contents link to each part and
 * item by #id), with its page; poppler's `pdfinfo -dests` lists them.
 */
import { spawnSync } from 'node:child_process';

export function namedDestinationPages(pdfFile: string): Map<string, number> {
  const result = spawnSync('pdfinfo', ['-dests', pdfFile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`pdfinfo -dests ${pdfFile}: ${result.error?.message ?? result.stderr}`);
  const pages = new Map<string, number>();
  for (const line of result.stdout.split('\n')) {
    const match = line.match(/^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/);
    if (match && !pages.has(match[2]!)) pages.set(match[2]!, Number(match[1]));
  }
  return pages;
}
