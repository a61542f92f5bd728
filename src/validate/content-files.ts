/**
 * Which files under content/ are what. The layout is the id scheme: the folder is the bureau's
 * slug, an item's file name is its id, and flowcharts live in the bureau's flowcharts/ folder.
 *
 *   content/<bureau>/bureau.yaml
 *   content/<bureau>/<id>.yaml            (cf-001.yaml …)
 *   content/<bureau>/flowcharts/<id>.yaml
 *
 * The walk never swallows a problem: an entry that cannot be read, a link that is broken, loops
 * or leads out of the content folder, a FIFO, socket or device, a missing content folder and a
 * content folder without any bureau are all reported (see `WalkProblem`). Hidden files and
 * editor temporary files are skipped by the rule in `isIgnoredName`. Special files are never
 * opened (opening a FIFO would block).
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
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

export type WalkProblemCode =
  | 'CONTENT_DIR_MISSING'
  | 'CONTENT_NO_BUREAU'
  | 'CONTENT_UNREADABLE'
  | 'CONTENT_LINK_BROKEN'
  | 'CONTENT_LINK_OUTSIDE'
  | 'CONTENT_LINK_LOOP'
  | 'CONTENT_SPECIAL_FILE';

/** An entry of content/ that could not be walked, or a content folder that cannot be a list. */
export interface WalkProblem {
  /** Project-relative path with forward slashes. */
  path: string;
  code: WalkProblemCode;
  /** The system's error code (ENOENT, EACCES, ELOOP …) where there is one. */
  cause?: string;
}

/**
 * Names skipped by rule, never read: hidden files and folders (`.git`, `.DS_Store`, Emacs lock
 * files `.#cf-001.yaml`, Vim swap files `.cf-001.yaml.swp`), backups ending in `~`, Emacs
 * auto-saves `#cf-001.yaml#` and Office lock files `~$清单.docx`.
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.startsWith('~$') || (name.length > 1 && name.startsWith('#') && name.endsWith('#'));
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..' && !/^[a-zA-Z]:/.test(rel));
}

function kindOfSpecial(stats: Stats): boolean {
  return stats.isFIFO() || stats.isSocket() || stats.isCharacterDevice() || stats.isBlockDevice();
}

interface Walk {
  base: string;
  realBase: string;
  /** Real paths of the folders being walked, to catch a link back to an ancestor. */
  open: Set<string>;
  files: string[];
  problems: { absolute: string; code: WalkProblemCode; cause?: string }[];
}

function walkFolder(walk: Walk, dir: string, realDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    walk.problems.push({ absolute: dir, code: 'CONTENT_UNREADABLE', cause: errorCode(error) });
    return;
  }
  walk.open.add(realDir);
  for (const name of names) {
    if (isIgnoredName(name)) continue;
    const full = join(dir, name);
    let stats: Stats;
    try {
      stats = lstatSync(full);
    } catch (error) {
      walk.problems.push({ absolute: full, code: 'CONTENT_UNREADABLE', cause: errorCode(error) });
      continue;
    }
    let real = join(realDir, name);
    if (stats.isSymbolicLink()) {
      try {
        real = realpathSync(full);
        stats = statSync(real);
      } catch (error) {
        const cause = errorCode(error);
        walk.problems.push({ absolute: full, code: cause === 'ELOOP' ? 'CONTENT_LINK_LOOP' : 'CONTENT_LINK_BROKEN', cause });
        continue;
      }
      if (!isInside(walk.realBase, real)) {
        walk.problems.push({ absolute: full, code: 'CONTENT_LINK_OUTSIDE' });
        continue;
      }
    }
    if (stats.isDirectory()) {
      if (walk.open.has(real)) walk.problems.push({ absolute: full, code: 'CONTENT_LINK_LOOP' });
      else walkFolder(walk, full, real);
    } else if (stats.isFile()) walk.files.push(full);
    else if (kindOfSpecial(stats)) walk.problems.push({ absolute: full, code: 'CONTENT_SPECIAL_FILE' });
    else walk.problems.push({ absolute: full, code: 'CONTENT_UNREADABLE' });
  }
  walk.open.delete(realDir);
}

const toProjectPath = (root: string, absolute: string) => relative(root, absolute).split(sep).join('/') || '.';

export function listContentFiles(
  root: string,
  contentDir = 'content',
): { files: ContentFile[]; misplaced: MisplacedFile[]; problems: WalkProblem[] } {
  const base = resolve(root, contentDir);
  const files: ContentFile[] = [];
  const misplaced: MisplacedFile[] = [];
  const problems: WalkProblem[] = [];
  let realBase: string;
  try {
    realBase = realpathSync(base);
    if (!statSync(realBase).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    problems.push({ path: toProjectPath(root, base), code: 'CONTENT_DIR_MISSING', cause: errorCode(error) });
    return { files, misplaced, problems };
  }
  const walk: Walk = { base, realBase, open: new Set(), files: [], problems: [] };
  walkFolder(walk, base, realBase);
  for (const p of walk.problems) problems.push({ path: toProjectPath(root, p.absolute), code: p.code, ...(p.cause ? { cause: p.cause } : {}) });

  for (const absolute of walk.files) {
    const path = toProjectPath(root, absolute);
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
  if (!files.some((f) => f.kind === 'bureau')) problems.push({ path: toProjectPath(root, base), code: 'CONTENT_NO_BUREAU' });
  return { files, misplaced, problems };
}

/** The Chinese (and English) message for a walk problem. */
export function walkProblemMessage(p: WalkProblem): string {
  const cause = p.cause ? `（${p.cause}）` : '';
  switch (p.code) {
    case 'CONTENT_DIR_MISSING':
      return `内容文件夹不存在或不是文件夹${cause}；请检查 --content 参数或 content/ 的位置 / content folder missing or not a folder`;
    case 'CONTENT_NO_BUREAU':
      return '内容文件夹中没有任何部门（没有 <部门>/bureau.yaml）；不会生成空站点 / no bureau in the content folder: refusing an empty site';
    case 'CONTENT_UNREADABLE':
      return `无法读取此条目${cause}；请检查文件权限 / entry cannot be read`;
    case 'CONTENT_LINK_BROKEN':
      return `符号链接指向不存在的目标${cause}；请删除或修正该链接 / broken symbolic link`;
    case 'CONTENT_LINK_LOOP':
      return `符号链接形成循环${cause}；请删除该链接 / symbolic link loop`;
    case 'CONTENT_LINK_OUTSIDE':
      return '符号链接指向内容文件夹之外；内容只能来自内容文件夹本身 / link leads outside the content folder';
    case 'CONTENT_SPECIAL_FILE':
      return '这不是普通文件（管道、套接字或设备），不会读取；请删除 / special file (FIFO, socket or device) not read';
  }
}
