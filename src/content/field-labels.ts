/**
 * Chinese names and one-line descriptions of content fields, read from the schemas' zod 4
 * `.meta({ title, description })` — the one place they are written. Error messages, the content
 * guide's tables (tested against these), the JSON Schema files editors read and the open-data CSV
 * headers all derive from there. A label is found by the field's full path in its schema, so
 * `contacts.service_phones[0].number` is 电话号码 and an item's `number` is 序号.
 */
import { z } from 'zod';

export interface FieldMeta {
  title?: string;
  description?: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'];

/** The schema under optional/default/pipe wrappers: the object, array, string … itself. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.includes(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The title and description on a schema or on any wrapper around it (outermost first). */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (meta?.title) return meta;
    const def = defOf(current);
    current = WRAPPERS.includes(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return undefined;
}

/** The schema a path leads to (`['duties', 2, 'stage']`), or undefined where the schema has no such field. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const part of path) {
    if (!current) return undefined;
    let def = defOf(unwrap(current));
    if (def.type === 'union') {
      // Rich text and blocks: a string or a list, a string or a list block — follow the branch the path can enter.
      const wanted = typeof part === 'number' ? ['array', 'tuple'] : ['object'];
      const branch = def.options!.find((o) => wanted.includes(defOf(unwrap(o)).type));
      if (!branch) return undefined;
      def = defOf(unwrap(branch));
    }
    if (def.type === 'object' && typeof part === 'string') current = def.shape![part];
    else if (def.type === 'array' && typeof part === 'number') current = def.element;
    else if (def.type === 'tuple' && typeof part === 'number') current = def.items![part];
    else return undefined;
  }
  return current;
}

/** The Chinese name of the field at a path: its own title, or for a list entry the list's title. */
export function fieldTitle(root: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  for (let end = path.length; end > 0; end--) {
    const schema = schemaAt(root, path.slice(0, end));
    const title = schema && metaOf(schema)?.title;
    if (title) return title;
    if (typeof path[end - 1] !== 'number') return undefined;
  }
  return undefined;
}

/** `duties[2].stage（阶段名称）` for a path in a schema. */
export function describePath(root: z.ZodType, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件顶层 / top level';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  const label = fieldTitle(root, path);
  return label ? `${out}（${label}）` : out;
}

export interface FieldDoc {
  key: string;
  title: string;
  description: string;
  required: boolean;
}

/** The top-level fields of an object schema, in declaration order, for the content guide's tables. */
export function fieldDocs(root: z.ZodType): FieldDoc[] {
  const shape = defOf(unwrap(root)).shape ?? {};
  return Object.entries(shape).map(([key, schema]) => {
    const meta = metaOf(schema);
    return { key, title: meta?.title ?? '', description: meta?.description ?? '', required: !schema.safeParse(undefined).success };
  });
}
