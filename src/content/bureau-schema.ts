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
  number: phoneSchema.meta({ title: '电话号码', description: '数字、连字符、括号和“转”' }),
  /** 服务内容 — what this number serves (e.g. the items or hours it covers). */
  serves: z.string().min(1).meta({ title: '服务内容', description: '该号码服务的事项或时间' }),
});

export const contactsSchema = z.strictObject({
  /** 服务电话 — one or more, each with what it serves. */
  service_phones: z.array(servicePhoneSchema).min(1).optional().meta({ title: '服务电话', description: '一个或多个，每项 number 号码 + serves 服务内容' }),
  /** 投诉机构 */
  complaint_office: z.string().min(1).optional().meta({ title: '投诉机构', description: '受理投诉的机构' }),
  /** 投诉电话 */
  complaint_phone: phoneSchema.optional().meta({ title: '投诉电话', description: '投诉电话号码' }),
  /** 受理地点 */
  address: z.string().min(1).optional().meta({ title: '受理地点', description: '受理地点的地址' }),
});

export const versionSchema = z
  .strictObject({
    /** 发布日期 (YYYY-MM-DD) */
    date: z.iso.date({ message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' }).optional().meta({ title: '发布日期', description: 'YYYY-MM-DD' }),
    /** 文号 (项编办〔2022〕27号) */
    document_number: z.string().min(1).optional().meta({ title: '文号', description: '如 项编办〔2022〕27号' }),
    /** 版本说明 (2025年版) */
    label: z.string().min(1).optional().meta({ title: '版本说明', description: '如 2025年版' }),
  })
  .refine((v) => v.date || v.document_number || v.label, {
    message: '版本至少需要 date、document_number 或 label 之一 / a version needs a date, document number or label',
  });

/** One line of the source's own summary table (统计表 / 目录). */
export const summaryEntrySchema = z.strictObject({
  /** 序号 as printed in the summary. */
  number: z.string().min(1).optional().meta({ title: '序号', description: '汇总表中印的序号' }),
  /** 事项名称 as printed in the summary. */
  name: z.string().min(1).meta({ title: '事项名称', description: '汇总表中印的事项名称' }),
  /** 行号 — line of the seed. */
  line: z.int().positive().optional().meta({ title: '行号', description: '来源文件中的行号' }),
});

export const summaryCategorySchema = z.strictObject({
  /** 原文类型 */
  category_label: z.string().min(1).meta({ title: '原文类型', description: '汇总表中类型的写法，照录' }),
  /** 权力类型 (normalized), absent when the label is not a category we know. */
  category: z.enum(CATEGORY_NAMES).optional().meta({ title: '权力类型', description: '对应的标准权力类型；不是已知类型时省略' }),
  /** 标注数量 — the count the summary states for this category, if it states one. */
  stated_count: z.int().nonnegative().optional().meta({ title: '标注数量', description: '汇总表对该类别标注的数量' }),
  /** 事项 */
  items: z.array(summaryEntrySchema).meta({ title: '事项', description: '汇总表列出的事项' }),
  /** 行号 */
  line: z.int().positive().optional().meta({ title: '行号', description: '来源文件中的行号' }),
});

export const sourceDocumentSchema = z.strictObject({
  /** 文件标题 */
  title: z.string().min(1).meta({ title: '文件标题', description: '来源文件的标题' }),
  /** 来源文件与行号 */
  provenance: provenanceSchema.meta({ title: '来源文件与行号', description: 'file 来源文件、lines 行号范围' }),
  /** 原文所述总数 — the total the document states (共24项), if it states one. */
  stated_total: z.int().nonnegative().optional().meta({ title: '原文所述总数', description: '原文所述的事项总数（如 共24项）' }),
  /** 原文汇总表 — the document's own 统计表 / 目录, as printed. */
  summary: z.array(summaryCategorySchema).optional().meta({ title: '原文汇总表', description: '原文自带的统计表或目录，照录' }),
  /** 网址 — where the document was published, if known. */
  url: z.url().optional().meta({ title: '网址', description: '原文发布的网址' }),
});

export const bureauSchema = z.strictObject({
  /** 部门标识 — ASCII slug, same as the folder name; it is the bureau's URL. */
  id: z.string().regex(SLUG_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII slug' }).meta({ title: '部门标识', description: '小写字母、数字、连字符；与文件夹同名，也是网址' }),
  /** 部门全称 */
  name: z.string().min(1).meta({ title: '部门全称', description: '部门的全称' }),
  /** 简称 */
  short_name: z.string().min(1).meta({ title: '简称', description: '部门的简称' }),
  /** 所属地区 (河北省石家庄市晋州市) */
  region: z.string().min(1).meta({ title: '所属地区', description: '如 河南省周口市项城市' }),
  /** 行政层级 */
  level: z.enum(ADMINISTRATIVE_LEVELS).meta({ title: '行政层级', description: '省级、市级、县级、乡级' }),
  /** 清单标题 */
  list_title: z.string().min(1).meta({ title: '清单标题', description: '清单的标题' }),
  /** 版本 */
  version: versionSchema.meta({ title: '版本', description: '至少写 date、document_number、label 之一' }),
  /** 联系方式 */
  contacts: contactsSchema.optional().meta({ title: '联系方式', description: '服务电话、投诉机构、投诉电话、受理地点' }),
  /** 统一社会信用代码 (GB 32100) */
  credit_code: z.string().min(1).optional().meta({ title: '统一社会信用代码', description: '18 位，检查 GB 32100 校验码' }),
  /** 来源文件 */
  source: sourceDocumentSchema.meta({ title: '来源文件', description: 'title 文件标题、provenance 来源文件与行号、stated_total、summary、url' }),
});

export type Bureau = z.infer<typeof bureauSchema>;
export type SummaryCategory = z.infer<typeof summaryCategorySchema>;
