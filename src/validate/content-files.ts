/**
 * Which files under content/ are what. The layout is the id scheme: the folder is the bureau's
 * slug, an item's file name is its id, and flowcharts live in the bureau's flowcharts/ folder.
 *
 *   content/<bureau>/bureau.yaml
 *   content/<bureau>/<id>.yaml            (cf-001.yaml …)
 *   content/<bureau>/flowcharts/<id>.yaml
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export type ContentFileKind = 'bureau' | 'item' | 'flowchart';

export interface ContentFile {
  kind: ContentFileKind;
  /** Project-relative path with forward slashes. */
  path: string;
  absolute: string;
  /** Folder name: the bureau slug this file belongs to. */
  bureauSlug: string;
  /** File name without extension. */
  stem: string;
}

export interface MisplacedFile {
  path: string;
  reason: 'extension' | 'location';
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export function listContentFiles(root: string, contentDir = 'content'): { files: ContentFile[]; misplaced: MisplacedFile[] } {
  const base = resolve(root, contentDir);
  const files: ContentFile[] = [];
  const misplaced: MisplacedFile[] = [];
  let all: string[];
  try {
    all = walk(base);
  } catch {
    return { files, misplaced };
  }
  for (const absolute of all) {
    const path = relative(root, absolute).split(sep).join('/');
    const parts = relative(base, absolute).split(sep);
    const name = parts[parts.length - 1]!;
    if (/\.(yml|YAML|YML)$/.test(name)) {
      misplaced.push({ path, reason: 'extension' });
      continue;
    }
    if (!name.endsWith('.yaml')) continue; // IMPORT.md and other notes
    const stem = name.slice(0, -'.yaml'.length);
    if (parts.length === 2) {
      files.push({ kind: stem === 'bureau' ? 'bureau' : 'item', path, absolute, bureauSlug: parts[0]!, stem });
    } else if (parts.length === 3 && parts[1] === 'flowcharts') {
      files.push({ kind: 'flowchart', path, absolute, bureauSlug: parts[0]!, stem });
    } else {
      misplaced.push({ path, reason: 'location' });
    }
  }
  return { files, misplaced };
}
