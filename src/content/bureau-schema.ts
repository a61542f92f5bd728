/**
 * 部门 (bureau): content/<slug>/bureau.yaml.
 *
 * Besides who the bureau is and how to reach it, it keeps what the source document says about
 * itself — its stated total and its own summary table — so the linter can compare them with the
 * items actually present.
 */
import { z } from 'zod';
import { CATEGORY_NAMES } from './categories.ts';
import { provenanceSchema } from './source-schema.ts';
import { SLUG_PATTERN } from './item-schema.ts';

export const ADMINISTRATIVE_LEVELS = ['省级', '市级', '县级', '乡级'] as const;

const phoneSchema = z.string().regex(/^[0-9０-９\-－—()（）\s转,，/]{5,40}$/, {
  message: '电话号码只能包含数字、连字符、括号和“转” / digits, hyphens, brackets and 转 only',
});

export const servicePhoneSchema = z.strictObject({
  /** 电话号码 */
  number: phoneSchema,
  /** 服务内容 — what this number serves (e.g. the items or hours it covers). */
  serves: z.string().min(1),
});

export const contactsSchema = z.strictObject({
  /** 服务电话 — one or more, each with what it serves. */
  service_phones: z.array(servicePhoneSchema).min(1).optional(),
  /** 投诉机构 */
  complaint_office: z.string().min(1).optional(),
  /** 投诉电话 */
  complaint_phone: phoneSchema.optional(),
  /** 受理地点 */
  address: z.string().min(1).optional(),
});

export const versionSchema = z
  .strictObject({
    /** 发布日期 (YYYY-MM-DD) */
    date: z.iso.date({ message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' }).optional(),
    /** 文号 (项编办〔2022〕27号) */
    document_number: z.string().min(1).optional(),
    /** 版本说明 (2025年版) */
    label: z.string().min(1).optional(),
  })
  .refine((v) => v.date || v.document_number || v.label, {
    message: '版本至少需要 date、document_number 或 label 之一 / a version needs a date, document number or label',
  });

/** One line of the source's own summary table (统计表 / 目录). */
export const summaryEntrySchema = z.strictObject({
  /** 序号 as printed in the summary. */
  number: z.string().min(1).optional(),
  /** 事项名称 as printed in the summary. */
  name: z.string().min(1),
  /** 行号 — line of the seed. */
  line: z.int().positive().optional(),
});

export const summaryCategorySchema = z.strictObject({
  /** 原文类型 */
  category_label: z.string().min(1),
  /** 权力类型 (normalized), absent when the label is not a category we know. */
  category: z.enum(CATEGORY_NAMES).optional(),
  /** 标注数量 — the count the summary states for this category, if it states one. */
  stated_count: z.int().nonnegative().optional(),
  /** 事项 */
  items: z.array(summaryEntrySchema),
  /** 行号 */
  line: z.int().positive().optional(),
});

export const sourceDocumentSchema = z.strictObject({
  /** 文件标题 */
  title: z.string().min(1),
  /** 来源文件与行号 */
  provenance: provenanceSchema,
  /** 原文所述总数 — the total the document states (共24项), if it states one. */
  stated_total: z.int().nonnegative().optional(),
  /** 原文汇总表 — the document's own 统计表 / 目录, as printed. */
  summary: z.array(summaryCategorySchema).optional(),
  /** 网址 — where the document was published, if known. */
  url: z.url().optional(),
});

export const bureauSchema = z.strictObject({
  /** 部门标识 — ASCII slug, same as the folder name; it is the bureau's URL. */
  id: z.string().regex(SLUG_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII slug' }),
  /** 部门全称 */
  name: z.string().min(1),
  /** 简称 */
  short_name: z.string().min(1),
  /** 所属地区 (河北省石家庄市晋州市) */
  region: z.string().min(1),
  /** 行政层级 */
  level: z.enum(ADMINISTRATIVE_LEVELS),
  /** 清单标题 */
  list_title: z.string().min(1),
  /** 版本 */
  version: versionSchema,
  /** 联系方式 */
  contacts: contactsSchema.optional(),
  /** 统一社会信用代码 (GB 32100) */
  credit_code: z.string().min(1).optional(),
  /** 来源文件 */
  source: sourceDocumentSchema,
});

export type Bureau = z.infer<typeof bureauSchema>;
export type SummaryCategory = z.infer<typeof summaryCategorySchema>;
