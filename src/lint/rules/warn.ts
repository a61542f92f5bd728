/** A warning at a field of a loaded document. */
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { positionOf } from '../../validate/yaml-document.ts';

export function warnAt(doc: LoadedDocument<unknown>, path: PropertyKey[], code: string, message: string): Problem {
  const { line, column } = positionOf(doc.positions, path);
  return { level: 'warning', file: doc.file.path, line, column, code, message };
}

/** Every string in a value with its path, for rules that read all text. */
export function* stringsWithPaths(value: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsWithPaths(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsWithPaths(v, [...path, k]);
}
