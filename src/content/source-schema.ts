/** Provenance: where in a seed document a piece of content came from. */
import { z } from 'zod';

export const lineRangeSchema = z
  .tuple([z.int().positive(), z.int().positive()])
  .refine(([from, to]) => from <= to, { message: '行号范围的起始行必须不大于结束行 / range start must not exceed its end' });

export const provenanceSchema = z.strictObject({
  /** 来源文件 — path of the seed, relative to the project root (seeds/…). */
  file: z.string().regex(/^seeds\/[^/]+$/, { message: '必须是 seeds/ 下的文件名 / must be a file under seeds/' }).meta({ title: '来源文件', description: 'seeds/ 下的文件名' }),
  /** 行号范围 — first and last line of the seed this content was read from. */
  lines: lineRangeSchema.meta({ title: '来源行号', description: '行号范围 [起, 止]：来源文件中的首行和末行' }),
});

export type Provenance = z.infer<typeof provenanceSchema>;
