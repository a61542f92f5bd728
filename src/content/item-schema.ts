/**
 * 权力事项 (power item): one YAML file per item, content/<bureau>/<id>.yaml.
 *
 * The id is the category code and the item's ordinal within its category (cf-001) and never
 * changes when the title is edited; together with the bureau slug it is the URL
 * (/xiangcheng/cf-001/).
 */
import { CHART_LIMITS } from './chart-limits.ts';
import { z } from 'zod';
import { CATEGORY_NAMES } from './categories.ts';
import { provenanceSchema } from './source-schema.ts';
import { blockSchema, richTextSchema } from './text-schema.ts';

export const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
export const ITEM_ID_PATTERN = /^(xk|cf|qz|zs|gf|jc|qr|jl|cj|qt|ba)-\d{3}$/;
export const FLOWCHART_ID_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;

/** One stage of the 责任事项 (立案, 调查, 审查, 告知, 决定, 送达, 执行, 其他 …). */
export const dutyStageSchema = z.strictObject({
  /** 阶段名称 — the stage's name as the source words it (立案责任, 调查阶段责任 …); absent for an unnamed stage. */
  stage: z.string().min(1).optional(),
  /** 责任内容 */
  text: richTextSchema,
});

/** 追责情形: an optional lead sentence, then the ordered cases. */
export const accountabilitySchema = z.strictObject({
  /** 引言 — the sentence before the cases (因不履行或不正确履行行政职责，有下列情形之一的…). */
  intro: z.string().min(1).optional(),
  /** 追责情形列表 */
  cases: z.array(z.string().min(1)).min(1),
  /** 结语 — text after the cases, if any. */
  outro: z.string().min(1).optional(),
});

/** One step of a 运行流程 table (项城's lists give one per 办理环节). */
export const processStepSchema = z.strictObject({
  /** 办理环节 */
  stage: z.string().min(1),
  /** 责任事项 */
  duty: richTextSchema.optional(),
  /** 责任科室 */
  section: z.string().min(1).optional(),
  /** 承诺时限 */
  promised_time_limit: z.string().min(1).optional(),
  /** 法定时限 */
  legal_time_limit: z.string().min(1).optional(),
  /** 收费情况及依据 */
  fee: z.string().min(1).optional(),
});

export const timeLimitsSchema = z.strictObject({
  /** 法定时限 */
  legal: z.string().min(1).optional(),
  /** 承诺时限 */
  promised: z.string().min(1).optional(),
});

export const itemSchema = z.strictObject({
  /** 事项标识 — category code + ordinal, same as the file name (cf-001). */
  id: z.string().regex(ITEM_ID_PATTERN, { message: '格式应为 类别代码-三位序号，如 cf-001 / must look like cf-001' }),
  /** 所属部门 — slug of the bureau (a folder under content/). */
  bureau: z.string().regex(SLUG_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII slug' }),
  /** 权力类型 — one of the standard categories. */
  category: z.enum(CATEGORY_NAMES),
  /** 原文类型 — the category exactly as the source labels it (其他权力, 其他类 …). */
  category_label: z.string().min(1),
  /** 序号 — the item's number as printed in the source; absent where the source has none. */
  number: z.string().min(1).optional(),
  /** 权力事项 (主项) — the item's name. */
  name: z.string().min(1),
  /** 子项 — sub-item name where the item is one part of a main item. */
  subitem: z.string().min(1).optional(),
  /** 地方权力编码 */
  code: z.string().min(1).optional(),
  /** 子项地方权力编码 */
  subitem_code: z.string().min(1).optional(),
  /** 行政主体 / 实施主体 */
  subject: z.string().min(1),
  /** 承办机构 */
  department: z.string().min(1).optional(),
  /** 办事层级 */
  level: z.string().min(1).optional(),
  /** 实施依据 — ordered passages. */
  basis: z.array(blockSchema).min(1),
  /** 责任事项 — ordered stages; absent where the source leaves the cell empty (the linter warns). */
  duties: z.array(dutyStageSchema).min(1).max(CHART_LIMITS.nodes - 2).optional(),
  /** 追责情形 */
  accountability: accountabilitySchema.optional(),
  /** 运行流程 — steps of the procedure where the source gives them. */
  process: z.array(processStepSchema).min(1).max(CHART_LIMITS.nodes - 2).optional(),
  /** 时限 */
  time_limits: timeLimitsSchema.optional(),
  /** 收费 */
  fee: z.string().min(1).optional(),
  /** 备注 */
  remarks: richTextSchema.optional(),
  /** 流程图 — ids of shared flowcharts of the same bureau that govern this item. */
  flowcharts: z.array(z.string().regex(FLOWCHART_ID_PATTERN)).min(1).optional(),
  /** 来源 — the seed lines this item was imported from. */
  source: provenanceSchema.optional(),
});

export type Item = z.infer<typeof itemSchema>;
export type DutyStage = z.infer<typeof dutyStageSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
