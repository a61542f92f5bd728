import { describe, expect, it } from 'vitest';
import { bureauSchema } from '../../src/content/bureau-schema.ts';
import { FIELD_LABELS, describePath } from '../../src/content/field-labels.ts';
import { flowchartSchema } from '../../src/content/flowchart-schema.ts';
import { itemSchema } from '../../src/content/item-schema.ts';
import { schemaKeys } from '../../src/content/schema-keys.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const keys = schemaKeys(bureauSchema, itemSchema, flowchartSchema);

describe('field names for bureau staff', () => {
  it('every schema key has a Chinese label for error messages', () => {
    expect(keys.filter((key) => !FIELD_LABELS[key])).toEqual([]);
  });
  it('every schema key is documented in the content guide', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/content-guide.md'), 'utf8');
    expect(keys.filter((key) => !guide.includes(`\`${key}\``))).toEqual([]);
  });
  it('describes a nested path with the label of its last key', () => {
    expect(describePath(['duties', 2, 'stage'])).toBe('duties[2].stage（阶段/环节）');
  });
});
