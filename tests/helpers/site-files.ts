/** Files of a built site, as paths relative to its folder with forward slashes. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function siteFiles(root: string, extension?: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!extension || entry.name.endsWith(extension)) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The page path of a built HTML file: 'shifan/cf-001/index.html' → 'shifan/cf-001/'. */
export function pagePathOfFile(file: string): string {
  return file.replace(/index\.html$/, '');
}
