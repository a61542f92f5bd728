/**
 * The output folder is deleted and replaced by every build, so it must be a folder the build owns.
 * Refused: the project itself or any folder above it, the content folder, seeds/, anything inside
 * or above those, and an existing folder that is neither empty nor a site an earlier build wrote
 * (recognised by SITE_MARKER, or for sites built before the marker by index.html + pagefind/).
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, basename } from 'node:path';

/** Written into every built site; marks a folder as one the build may replace. */
export const SITE_MARKER = '.qingdan-site';

function real(path: string): string {
  // The folder may not exist yet: resolve its nearest existing ancestor's links.
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(real(parent), basename(path));
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

export function isPreviousSite(dir: string): boolean {
  return existsSync(join(dir, SITE_MARKER)) || (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'pagefind', 'pagefind-entry.json')));
}

/** Why `outDir` must not be written, in Chinese and English; undefined when it may. */
export function outDirRefusal(projectRoot: string, outDir: string, contentDir: string): string | undefined {
  const out = real(resolve(projectRoot, outDir));
  const project = real(projectRoot);
  const protectedFolders: [string, string][] = [
    [project, '项目文件夹 / the project folder'],
    [real(resolve(projectRoot, contentDir)), '内容文件夹 / the content folder'],
    [real(resolve(projectRoot, 'seeds')), 'seeds/（原始文件） / seeds/'],
    [real(resolve(projectRoot, 'src')), 'src/'],
  ];
  for (const [folder, name] of protectedFolders) {
    if (isWithin(out, folder)) return `输出文件夹是${name}或其上级文件夹，构建会删除它；请换一个输出文件夹 / --outDir is or contains ${name}`;
    if (folder !== project && isWithin(folder, out)) return `输出文件夹位于${name}之内；请换一个输出文件夹 / --outDir is inside ${name}`;
  }
  if (!existsSync(out)) return undefined;
  if (!lstatSync(out).isDirectory()) return '输出路径已存在且不是文件夹 / --outDir exists and is not a folder';
  if (readdirSync(out).length > 0 && !isPreviousSite(out))
    return `输出文件夹不是空的，也不是以前构建的站点（没有 ${SITE_MARKER}），构建不会删除它 / --outDir is not empty and not a site built before; refusing to delete it`;
  return undefined;
}
