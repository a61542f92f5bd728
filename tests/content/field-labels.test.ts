import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { describePath, fieldDocs, fieldTitle, metaOf, schemaAt, unwrap } from '../../src/content/field-labels.ts';
import { flowchartSchema } from '../../src/content/flowchart-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { schemaKeys } from '../../src/content/schema-keys.ts';
import { CSV_COLUMNS } from '../../src/pages/data/_open-data.ts';

const SCHEMAS = { item: itemSchema, bureau: bureauSchema, flowchart: flowchartSchema };
const keys = schemaKeys(bureauSchema, itemSchema, flowchartSchema);
const guide = readFileSync(join(import.meta.dirname, '../../docs/content-guide.md'), 'utf8');

/** Every field path of a schema (`contacts.service_phones[].number` as ['contacts', 'service_phones', 0, 'number']). */
function fieldPaths(schema: z.ZodType, prefix: PropertyKey[] = []): PropertyKey[][] {
  const def = (unwrap(schema) as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] } } })._zod.def;
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])]);
  if (def.type === 'array') return fieldPaths(def.element!, [...prefix, 0]);
  if (def.type === 'union') return def.options!.flatMap((option) => fieldPaths(option, prefix));
  return [];
}

/** Rows of the guide's field table under a heading: [key, 中文, 必填]. */
function guideTable(heading: string): string[][] {
  const section = guide.slice(guide.indexOf(heading));
  const table = section.slice(section.indexOf('| 字段 field'));
  return table
    .split('\n')
    .slice(2)
    .filter((line, i, all) => line.startsWith('|') && all.slice(0, i).every((l) => l.startsWith('|')))
    .map((line) => line.split('|').slice(1, 4).map((cell) => cell.trim().replace(/`/g, '')));
}

describe('field names for bureau staff, written once on the schemas', () => {
  it('every field of every schema, at every depth, has a Chinese title and a one-line description', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const missing = fieldPaths(schema).filter((path) => {
        const meta = metaOf(schemaAt(schema, path)!);
        return !meta?.title || !meta.description;
      });
      expect(missing.map((p) => `${name}: ${p.join('.')}`)).toEqual([]);
    }
  });

  it('finds a label by the full path, not by the last key', () => {
    expect(describePath(bureauSchema, ['contacts', 'service_phones', 0, 'number'])).toBe('contacts.service_phones[0].number（电话号码）');
    expect(describePath(itemSchema, ['number'])).toBe('number（序号）');
    expect(describePath(itemSchema, ['duties', 2, 'stage'])).toBe('duties[2].stage（阶段名称）');
    expect(describePath(itemSchema, ['process', 0, 'stage'])).toBe('process[0].stage（办理环节）');
    expect(describePath(flowchartSchema, ['nodes', 1, 'id'])).toBe('nodes[1].id（节点标识）');
    // A list entry is named by its list; a key the schema does not have gets no label.
    expect(describePath(itemSchema, ['basis', 0])).toBe('basis[0]（实施依据）');
    expect(fieldTitle(itemSchema, ['no_such_key'])).toBeUndefined();
  });

  it('uses the page’s word for the same field: 行使主体', () => {
    expect(fieldTitle(itemSchema, ['subject'])).toBe('行使主体');
  });

  it('the content guide’s field tables list each schema’s fields with the schema’s title and required flag', () => {
    for (const [heading, schema] of [
      ['## 事项 / Item', itemSchema],
      ['## 部门 / Bureau', bureauSchema],
      ['## 流程图 / Flowchart', flowchartSchema],
    ] as const) {
      const expected = fieldDocs(schema).map((d) => [d.key, d.title, d.required ? '是' : '否']);
      expect(guideTable(heading), heading).toEqual(expected);
    }
  });

  it('every schema key is documented in the content guide', () => {
    expect(keys.filter((key) => !guide.includes(`\`${key}\``))).toEqual([]);
  });

  it('the open-data CSV headers are the schema titles of their fields', () => {
    for (const column of CSV_COLUMNS.filter((c) => schemaAt(itemSchema, c.key.split('.')))) {
      expect(column.header, column.key).toBe(fieldTitle(itemSchema, column.key.split('.')));
    }
    expect(CSV_COLUMNS.find((c) => c.key === 'subject')!.header).toBe('行使主体');
  });
});
