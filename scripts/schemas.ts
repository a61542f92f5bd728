/**
 * npm run schemas — writes schemas/item.schema.json, bureau.schema.json and flowchart.schema.json
 * from the zod schemas (src/content/json-schemas.ts), for editor completion and inline errors.
 * Run it after changing a schema; a test fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILES, jsonSchemaText, type SchemaFileName } from '../src/content/json-schemas.ts';

const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(SCHEMA_FILES) as SchemaFileName[]) {
  writeFileSync(join(dir, name), jsonSchemaText(name));
  console.log(`schemas/${name}`);
}
