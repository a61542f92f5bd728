import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { itemSchema } from '../../src/content/item-schema.ts';
import { toYaml } from '../../src/import/yaml-writer.ts';

const item = {
  source: { lines: [54, 57], file: 'seeds/000_813c87bb2841e2da.txt' },
  name: '对用人单位不办理医疗保险登记的处罚',
  id: 'cf-001',
  bureau: 'jinzhou',
  category: '行政处罚',
  category_label: '行政处罚',
  number: '1',
  subject: '晋州市医疗保障局',
  basis: [{ items: ['《中华人民共和国社会保险法》第八十四条'], numbering: '1、' }],
  duties: [{ text: '发现违法行为。', stage: '立案责任' }],
  remarks: undefined,
};

describe('toYaml', () => {
  it('writes keys in schema order whatever order the object has, and reads back the same value', () => {
    const yaml = toYaml(item, itemSchema);
    expect(yaml.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0])).toEqual([
      'id', 'bureau', 'category', 'category_label', 'number', 'name', 'subject', 'basis', 'duties', 'source',
    ]);
    expect(yaml).toContain('  - numbering: 1、\n    items:');
    expect(yaml).toContain('  - stage: 立案责任\n    text: 发现违法行为。');
    const { remarks: _, ...defined } = item;
    expect(itemSchema.parse(load(yaml))).toEqual(itemSchema.parse(defined));
  });
  it('refuses a key no schema declares rather than writing it silently', () => {
    expect(() => toYaml({ ...item, catgory: 'x' }, itemSchema)).toThrow(/catgory/);
  });
  it('does not fold long lines', () => {
    const long = '因不履行或不正确履行行政职责'.repeat(20);
    expect(toYaml({ ...item, name: long }, itemSchema)).toContain(`name: ${long}\n`);
  });
});
