/**
 * The key of each bureau's part: a hash of everything its files are made from.
 *
 * - the code: every file under src/ and public/, astro.config.mjs, tsconfig.json, package.json and
 *   package-lock.json (the dependencies' versions), the Node version;
 * - the build's options: SITE_URL, --base, the content folder's path;
 * - the bureau's own folder under content/, every file byte for byte (items, bureau.yaml, charts,
 *   recorded versions);
 * - what its pages show of other bureaus: the same power elsewhere (src/components/item-relations.ts).
 *
 * Anything else a bureau's page showed from outside these would be served stale from the cache;
 * tests/build/parts.test.ts checks that a build from parts equals a full build after edits of
 * each kind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { elsewhereOf } from '../../components/item-relations.ts';
import type { SiteModel } from '../../model/site-model.ts';

const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Files under a path (itself if a file), sorted, relative to `base`. */
function filesUnder(base: string, path: string): string[] {
  const full = join(base, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, base: string, files: string[]): void {
  for (const file of files) {
    const bytes = readFileSync(join(base, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
}

export interface BuildOptions {
  siteUrl?: string;
  base?: string;
  contentDir: string;
}

/** Hash of the code and the build options: when it changes, no cached part is reused. */
export function codeDigest(root: string, options: BuildOptions): string {
  const hash = createHash('sha256').update(`node ${process.version}\0${JSON.stringify(options)}\0`);
  hashFiles(hash, root, CODE_PATHS.flatMap((p) => filesUnder(root, p)));
  return hash.digest('hex');
}

/** The key of every bureau's part, by bureau id. */
export function partKeys(site: SiteModel, contentRoot: string, code: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const model of site.bureaus) {
    const bureau = model.bureau.id;
    const hash = createHash('sha256').update(`${code}\0${bureau}\0`);
    hashFiles(hash, contentRoot, filesUnder(contentRoot, bureau));
    hash.update(JSON.stringify(model.items.map((item) => elsewhereOf(site, item))));
    keys.set(bureau, hash.digest('hex').slice(0, 32));
  }
  return keys;
}
