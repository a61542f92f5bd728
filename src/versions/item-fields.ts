/**
 * The fields of an item compared between versions, each as the text a reader sees (lists with
 * their markers, stages with their names), so that a diff shows exactly what changed.
 */
import { fieldTitle } from '../content/field-labels.ts';
import { itemSchema } from '../content/item-schema.ts';
import { listMarker, toBlocks, type RichText } from '../content/text-schema.ts';
import type { SnapshotItem } from './snapshot.ts';

function richTextLines(text: RichText | undefined): string {
  return toBlocks(text)
    .flatMap((block) => (typeof block === 'string' ? [block] : block.items.map((entry, i) => `${listMarker(block.numbering, i + 1)}${entry}`)))
    .join('\n');
}

export const COMPARED_FIELDS = [
  'name',
  'subitem',
  'category',
  'code',
  'subitem_code',
  'subject',
  'department',
  'level',
  'basis',
  'duties',
  'accountability',
  'process',
  'time_limits',
  'fee',
  'remarks',
  'flowcharts',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export function fieldLabel(field: ComparedField): string {
  return field === 'name' ? '职权名称' : fieldTitle(itemSchema, [field]) ?? field;
}

export function fieldText(item: SnapshotItem, field: ComparedField): string {
  switch (field) {
    case 'basis':
      return richTextLines(item.basis);
    case 'remarks':
      return richTextLines(item.remarks);
    case 'duties':
      return (item.duties ?? []).map((d) => (d.stage ? `${d.stage}：${richTextLines(d.text)}` : richTextLines(d.text))).join('\n');
    case 'accountability': {
      const a = item.accountability;
      return a ? [a.intro, ...a.cases.map((c, i) => `${i + 1}. ${c}`), a.outro].filter(Boolean).join('\n') : '';
    }
    case 'process':
      return (item.process ?? [])
        .map((s) => [s.stage, s.duty && richTextLines(s.duty), s.section, s.promised_time_limit, s.legal_time_limit, s.fee].filter(Boolean).join('；'))
        .join('\n');
    case 'time_limits':
      return [item.time_limits?.legal && `法定：${item.time_limits.legal}`, item.time_limits?.promised && `承诺：${item.time_limits.promised}`].filter(Boolean).join('；');
    case 'flowcharts':
      return (item.flowcharts ?? []).join('、');
    default:
      return item[field] ?? '';
  }
}
