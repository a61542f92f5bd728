/**
 * Deterministic YAML for content files: keys in schema order, no line folding, no anchors.
 * Two runs over the same seeds give byte-identical files.
 */
import { dump } from 'js-yaml';
import type { z } from 'zod';
import { bureauSchema } from '../content/bureau-schema.ts';
import { flowchartSchema } from '../content/flowchart-schema.ts';
import { itemSchema } from '../content/item-schema.ts';

/** Every object key of the content schemas, in the order the schemas declare them. */
const KEY_ORDER: string[] = (() => {
  const order: string[] = [];
  const visit = (schema: z.ZodType): void => {
    const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, z.ZodType>;
        for (const [key, child] of Object.entries(shape)) {
          if (!order.includes(key)) order.push(key);
          visit(child);
        }
        break;
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'pipe':
        visit((def.innerType ?? def.in) as z.ZodType);
        break;
      case 'array':
        visit(def.element as z.ZodType);
        break;
      case 'union':
        for (const option of def.options as z.ZodType[]) visit(option);
        break;
      case 'tuple':
        for (const entry of def.items as z.ZodType[]) visit(entry);
        break;
    }
  };
  visit(bureauSchema);
  visit(itemSchema);
  visit(flowchartSchema);
  return order;
})();

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const rank = (key: string) => {
    const i = KEY_ORDER.indexOf(key);
    if (i < 0) throw new Error(`yaml-writer: key "${key}" is not declared by any content schema`);
    return i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

export function toYaml(value: unknown, header?: string): string {
  const body = dump(ordered(value), { lineWidth: -1, noRefs: true, quoteStyle: 'double' });
  return header ? `# ${header}\n${body}` : body;
}
