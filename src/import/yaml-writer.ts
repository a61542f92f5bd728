/**
 * Deterministic YAML for content files: keys in schema order, no line folding, no anchors.
 * Two runs over the same seeds give byte-identical files.
 */
import { dump } from 'js-yaml';
import type { z } from 'zod';
import { schemaModeline } from '../content/json-schemas.ts';
import { schemaKeys } from '../content/schema-keys.ts';

function ordered(value: unknown, keyOrder: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, keyOrder));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const rank = (key: string) => {
    const i = keyOrder.indexOf(key);
    if (i < 0) throw new Error(`yaml-writer: key "${key}" is not declared by any content schema`);
    return i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v, keyOrder)]));
}

/** YAML for a value of the given schema, its keys in the order the schema declares them. */
type ContentKind = Parameters<typeof schemaModeline>[0];

export function toYaml(value: unknown, schema: z.ZodType, header?: string, kind?: ContentKind): string {
  const body = dump(ordered(value, schemaKeys(schema)), { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
  // The modeline tells editors other than VS Code (which reads .vscode/settings.json) which JSON Schema checks the file.
  const lines = [header && `# ${header}`, kind && schemaModeline(kind)].filter(Boolean);
  return lines.length ? `${lines.join('\n')}\n${body}` : body;
}
