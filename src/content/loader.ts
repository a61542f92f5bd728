/**
 * The content layer's loader: Astro's collections (src/content.config.ts) are filled by the
 * project's own validation — the located Chinese messages of `npm run check`, not Astro's schema
 * errors, which have no line and no Chinese. One validation serves all four collections of a
 * sync: it is kept while the content files are unchanged (same paths, sizes and times), so
 * content is validated once per build, and under `npm run dev` once per edit, read 200 ms after
 * the last change (SETTLE_MS).
 *
 * - `bureaus` (id: slug), `items` and `flowcharts` (id: `<bureau>/<id>`) hold the validated data.
 * - `status` holds one entry, `current`, with the errors. In a build there are none: the loader
 *   throws, listing them all.
 *   Under `astro dev` the loader keeps serving and pages throw the first error with its file,
 *   line and column (src/model/site-data.ts), so Astro's overlay shows it with a code frame;
 *   fixing the file reloads the page.
 *
 * The content folder is `content/`, or QINGDAN_CONTENT_DIR (relative to the project root or absolute).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, type Problem } from '../validate/problem.ts';
import type { LoadedContent } from '../validate/cross-checks.ts';
import type { LoadedDocument } from '../validate/read-document.ts';
import { validateContent, type ValidationResult } from '../validate/validate-content.ts';

export type CollectionName = 'bureaus' | 'items' | 'flowcharts' | 'status';

export function contentDirectory(): string {
  return process.env.QINGDAN_CONTENT_DIR || 'content';
}

/** Paths, sizes and modification times of every file under the folder: what a validation depends on. */
function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(d, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else parts.push(`${full}\t${stat.size}\t${stat.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

// Kept on globalThis: Astro loads this module once through Vite (the collections) and once
// through Node (the search-index integration); both must see the same validation.
const MEMO = Symbol.for('qingdan.content-validation');
type Memo = { key: string; result: ValidationResult };
const memo = globalThis as unknown as Record<symbol, Memo | undefined>;

/** The validation of the content folder as it is now, computed once per state of its files. */
export function currentValidation(root: string, contentDir: string): ValidationResult {
  return currentState(root, contentDir).result;
}

function stateKey(root: string, contentDir: string): string {
  return `${resolve(root)}\n${contentDir}\n${fingerprint(resolve(root, contentDir))}`;
}

function currentState(root: string, contentDir: string): Memo {
  const key = stateKey(root, contentDir);
  if (memo[MEMO]?.key !== key) memo[MEMO] = { key, result: handedOverValidation(key) ?? validateContent(root, contentDir) };
  return memo[MEMO]!;
}

/**
 * `npm run build` validates the content before it starts Astro (scripts/build.ts: errors are
 * printed cleanly and nothing is built). It hands that validation over in a file named by
 * QINGDAN_VALIDATION_FILE, keyed by the state of the files it read; while they are unchanged the
 * loader takes it instead of validating again, so a build validates its content once.
 */
export const VALIDATION_FILE_ENV = 'QINGDAN_VALIDATION_FILE';

/** The key of the files as they are now: take it before validating, hand it over with the result. */
export function validationKey(root: string, contentDir: string): string {
  return stateKey(root, contentDir);
}

export function writeValidationHandOver(file: string, key: string, result: ValidationResult): void {
  // Only what the collections and the search index read: the data of each document and its file.
  const documents = <T>(docs: LoadedDocument<T>[]) => docs.map((d) => ({ file: d.file, data: d.data }));
  const { bureaus, items, flowcharts } = result.content;
  writeFileSync(file, JSON.stringify({ key, problems: result.problems, errorCount: result.errorCount, warningCount: result.warningCount, content: { bureaus: documents(bureaus), items: documents(items), flowcharts: documents(flowcharts) } }));
}

function handedOverValidation(key: string): ValidationResult | undefined {
  const file = process.env[VALIDATION_FILE_ENV];
  if (!file) return undefined;
  let handed: Omit<ValidationResult, 'content'> & { key: string; content: Record<keyof LoadedContent, { file: LoadedDocument<unknown>['file']; data: unknown }[]> };
  try {
    handed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (handed.key !== key) return undefined;
  const documents = (docs: { file: LoadedDocument<unknown>['file']; data: unknown }[]) => docs.map((d) => ({ ...d, positions: { value: new Map(), key: new Map() } }));
  const { bureaus, items, flowcharts } = handed.content;
  return { ...handed, content: { bureaus: documents(bureaus), items: documents(items), flowcharts: documents(flowcharts) } as LoadedContent };
}

export class ContentErrors extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`内容有 ${problems.length} 个错误 / ${problems.length} content errors:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

function fill(collection: CollectionName, context: LoaderContext, root: string, contentDir: string): void {
  const { key, result } = currentState(root, contentDir);
  const errors = result.problems.filter((p) => p.level === 'error');
  if (errors.length > 0 && !context.watcher) throw new ContentErrors(errors);
  const { store } = context;
  store.clear();
  if (collection === 'status') {
    // version: which state of the content files the collections hold (pages cache the model by it).
    store.set({ id: 'current', data: { version: context.generateDigest(key), errors: errors.map((p) => ({ ...p })) } });
    for (const p of errors) context.logger.error(formatProblem(p));
    return;
  }
  // With errors, pages show the error, not a partial site: the data collections stay empty.
  if (errors.length > 0) return;
  const { content } = result;
  if (collection === 'bureaus') for (const d of content.bureaus) store.set({ id: d.data.id, data: { ...d.data }, filePath: d.file.path });
  if (collection === 'items') for (const d of content.items) store.set({ id: `${d.data.bureau}/${d.data.id}`, data: { ...d.data }, filePath: d.file.path });
  if (collection === 'flowcharts') for (const d of content.flowcharts) store.set({ id: `${d.data.bureau}/${d.data.id}`, data: { ...d.data }, filePath: d.file.path });
}

/** How long `npm run dev` waits after the last change under the content folder before it reads it again. */
const SETTLE_MS = 200;

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `qingdan-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = contentDirectory();
      fill(collection, context, root, contentDir);
      const { watcher } = context;
      if (!watcher) return;
      // astro dev: any change under the content folder (edit, new or deleted file or folder) reloads.
      const absolute = resolve(root, contentDir);
      watcher.add(absolute);
      // The watcher (chokidar, through Vite) passes on one `change` of a file per 50 ms and drops
      // the rest without a trailing event. A file saved in two steps — emptied, then written, as
      // many editors and writeFile do — could leave the collections holding the empty file for
      // good. So a change only (re)starts a timer, and the collections are filled from the files
      // as they are once no change came for SETTLE_MS: longer than the watcher's window, so any
      // write whose event it dropped has happened by then (its 50 ms timer fires before ours).
      let timer: ReturnType<typeof setTimeout> | undefined;
      const refill = () => {
        timer = undefined;
        try {
          fill(collection, context, root, contentDir);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      };
      const onChange = (path: string) => {
        const changed = resolve(path);
        if (changed !== absolute && !changed.startsWith(absolute + sep)) return;
        clearTimeout(timer);
        timer = setTimeout(refill, SETTLE_MS);
      };
      for (const event of ['change', 'add', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, onChange);
    },
  };
}
