/**
 * Rich text as it appears in a list: paragraphs and enumerated lists, nothing else.
 *
 * Every string is plain text. Markup in a string is never interpreted: the site renders it as
 * text, and the linter warns about it (leftover markup from the source).
 */
import { z } from 'zod';

/** How a source enumerates a list; the site renders the same markers. */
export const LIST_NUMBERINGS = ['1、', '1.', '（1）', '(1)', '（一）', '一、', '①', 'none'] as const;

export const listBlockSchema = z.strictObject({
  /** 列表编号样式 — the source's own numbering style; items hold the text without the marker. */
  numbering: z.enum(LIST_NUMBERINGS).meta({ title: '列表编号样式', description: '原文的编号样式；列表项不含编号' }),
  /** 列表项 */
  items: z.array(z.string().min(1)).min(1).meta({ title: '列表项', description: '各项文字，不含编号' }),
});

/** A block is a paragraph (a string) or a list. */
export const blockSchema = z.union([z.string().min(1), listBlockSchema]);

/** Rich text: one paragraph, or ordered blocks. */
export const richTextSchema = z.union([z.string().min(1), z.array(blockSchema).min(1)]);

export type ListBlock = z.infer<typeof listBlockSchema>;
export type Block = z.infer<typeof blockSchema>;
export type RichText = z.infer<typeof richTextSchema>;

/** Rich text as ordered blocks, whatever form the YAML used. */
export function toBlocks(text: RichText | undefined): Block[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : text;
}

/** All the plain text of rich text, for search, comparison and linting. */
export function plainText(text: RichText | undefined): string {
  return toBlocks(text)
    .map((block) => (typeof block === 'string' ? block : block.items.join('\n')))
    .join('\n');
}

/** Marker for the n-th (1-based) item of a list in the given style. */
export function listMarker(numbering: ListBlock['numbering'], n: number): string {
  const chinese = chineseNumeral(n);
  switch (numbering) {
    case '1、':
      return `${n}、`;
    case '1.':
      return `${n}.`;
    case '（1）':
      return `（${n}）`;
    case '(1)':
      return `(${n})`;
    case '（一）':
      return `（${chinese}）`;
    case '一、':
      return `${chinese}、`;
    case '①':
      return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
    case 'none':
      return '';
  }
}

const DIGITS = '零一二三四五六七八九';

/** Chinese numeral for 1–99 (一, 十, 十一, 二十三). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
