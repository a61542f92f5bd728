/**
 * JSON Schema files for editors, generated from the zod schemas (zod 4 `z.toJSONSchema`), so
 * field names complete, unknown keys and wrong values are underlined, and hovering a key shows
 * its Chinese title and description (from `.meta()`). `npm run schemas` writes them to schemas/;
 * .vscode/settings.json maps them onto content/ for VS Code's YAML extension (yaml-language-server),
 * and a `# yaml-language-server: $schema=…` modeline at the top of a file does the same in other
 * editors. tests/content/json-schemas.test.ts fails when the committed files are stale.
 *
 * Cross-file rules (ids equal to file names, references, check digits) are not expressible here;
 * `npm run check` remains the full check.
 */
import { z } from 'zod';
import { bureauSchema } from './bureau-schema.ts';
import { flowchartSchema } from './flowchart-schema.ts';
import { itemSchema } from './item-schema.ts';

export const SCHEMA_FILES = {
  'item.schema.json': { schema: itemSchema, title: '权力事项 / power item', description: 'content/<部门>/<id>.yaml：一个权力事项。字段说明见 docs/content-guide.md。' },
  'bureau.schema.json': { schema: bureauSchema, title: '部门 / bureau', description: 'content/<部门>/bureau.yaml：部门信息。字段说明见 docs/content-guide.md。' },
  'flowchart.schema.json': { schema: flowchartSchema, title: '流程图 / flowchart', description: 'content/<部门>/flowcharts/<id>.yaml：共用流程图。字段说明见 docs/content-guide.md。' },
} as const;

export type SchemaFileName = keyof typeof SCHEMA_FILES;

/** The text of one schema file, as committed in schemas/ (stable key order, trailing newline). */
export function jsonSchemaText(name: SchemaFileName): string {
  const { schema, title, description } = SCHEMA_FILES[name];
  // io 'input': what a YAML file may contain (before any transform); draft-07 is what yaml-language-server reads best.
  const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}

/**
 * The first-line comment that points yaml-language-server based editors (other than VS Code with
 * this repo's settings) at the schema, relative to where the file lives:
 * content/<bureau>/<id>.yaml, content/<bureau>/bureau.yaml, content/<bureau>/flowcharts/<id>.yaml.
 * For importers that write new bureau folders.
 */
export function schemaModeline(kind: 'item' | 'bureau' | 'flowchart'): string {
  const up = kind === 'flowchart' ? '../../../' : '../../';
  return `# yaml-language-server: $schema=${up}schemas/${kind}.schema.json`;
}
