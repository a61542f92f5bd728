/** Provenance: where in a seed document a piece of content came from. */
import { z } from 'zod';

export const lineRangeSchema = z
  .tuple([z.int().positive(), z.int().positive()])
  .refine(([from, to]) => from <= to, { message: '行号范围的起始行必须不大于结束行 / range start must not exceed its end' });

export const provenanceSchema = z.strictObject({
  /**
   * 来源文件 — path of the seed, relative to the project root (seeds/…), or the name of the
   * spreadsheet, CSV or Word file a list was imported from (npm run import -- FILE), with
   * `#工作表` for a workbook's sheet or a document's table (清单.xls#附表1).
   */
  file: z.string().regex(/^(seeds\/)?[^/\\]+$/, { message: '必须是 seeds/ 下的文件名或导入文件的文件名 / must be a file under seeds/ or the name of an imported file' }).meta({ title: '来源文件', description: 'seeds/ 下的文件名，或导入的表格、Word 文件名（工作表用 #工作表 标明）' }),
  /** 行号范围 — first and last line of the seed this content was read from. */
  lines: lineRangeSchema.meta({ title: '来源行号', description: '行号范围 [起, 止]：来源文件中的首行和末行' }),
});

export type Provenance = z.infer<typeof provenanceSchema>;
