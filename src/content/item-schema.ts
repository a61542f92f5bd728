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
  stage: z.string().min(1).optional().meta({ title: '阶段名称', description: '阶段或环节的名称，照录原文（如 立案责任）；无名称的阶段省略' }),
  /** 责任内容 */
  text: richTextSchema.meta({ title: '责任内容', description: '该阶段的责任内容，按原文' }),
});

/** 追责情形: an optional lead sentence, then the ordered cases. */
export const accountabilitySchema = z.strictObject({
  /** 引言 — the sentence before the cases (因不履行或不正确履行行政职责，有下列情形之一的…). */
  intro: z.string().min(1).optional().meta({ title: '引言', description: '情形列表之前的引导句' }),
  /** 追责情形列表 */
  cases: z.array(z.string().min(1)).min(1).meta({ title: '情形列表', description: '各追责情形，按原文顺序，每项一条' }),
  /** 结语 — text after the cases, if any. */
  outro: z.string().min(1).optional().meta({ title: '结语', description: '情形列表之后的文字' }),
});

/** One step of a 运行流程 table (项城's lists give one per 办理环节). */
export const processStepSchema = z.strictObject({
  /** 办理环节 */
  stage: z.string().min(1).meta({ title: '办理环节', description: '运行流程中的环节名称' }),
  /** 责任事项 */
  duty: richTextSchema.optional().meta({ title: '责任事项', description: '本环节的责任事项' }),
  /** 责任科室 */
  section: z.string().min(1).optional().meta({ title: '责任科室', description: '承担本环节的科室' }),
  /** 承诺时限 */
  promised_time_limit: z.string().min(1).optional().meta({ title: '承诺时限', description: '本环节的承诺时限' }),
  /** 法定时限 */
  legal_time_limit: z.string().min(1).optional().meta({ title: '法定时限', description: '本环节的法定时限' }),
  /** 收费情况及依据 */
  fee: z.string().min(1).optional().meta({ title: '收费情况及依据', description: '本环节的收费情况及依据' }),
});

export const timeLimitsSchema = z.strictObject({
  /** 法定时限 */
  legal: z.string().min(1).optional().meta({ title: '法定时限', description: '法律规定的办理时限' }),
  /** 承诺时限 */
  promised: z.string().min(1).optional().meta({ title: '承诺时限', description: '本部门承诺的办理时限' }),
});

export const itemSchema = z.strictObject({
  /** 事项标识 — category code + ordinal, same as the file name (cf-001). */
  id: z.string().regex(ITEM_ID_PATTERN, { message: '格式应为 类别代码-三位序号，如 cf-001 / must look like cf-001' }).meta({ title: '事项标识', description: '类别代码-三位序号，如 cf-001；必须与文件名相同，也是网址' }),
  /** 所属部门 — slug of the bureau (a folder under content/). */
  bureau: z.string().regex(SLUG_PATTERN, { message: '应为小写字母、数字和连字符 / lowercase ASCII slug' }).meta({ title: '部门标识', description: '所属部门的标识，与所在文件夹同名，且有对应的 bureau.yaml' }),
  /** 权力类型 — one of the standard categories. */
  category: z.enum(CATEGORY_NAMES).meta({ title: '权力类型', description: '标准权力类型之一' }),
  /** 原文类型 — the category exactly as the source labels it (其他权力, 其他类 …). */
  category_label: z.string().min(1).meta({ title: '原文类型', description: '原文对类型的写法，照录（如 其他权力）' }),
  /** 序号 — the item's number as printed in the source; absent where the source has none. */
  number: z.string().min(1).optional().meta({ title: '序号', description: '原文印的序号，文字形式（加引号）；同一部门同一类别内不能重复，同一主项的各子项可共用主项的序号' }),
  /** 权力事项 (主项) — the item's name. */
  name: z.string().min(1).meta({ title: '事项名称', description: '权力事项名称（主项）' }),
  /** 子项 — sub-item name where the item is one part of a main item. */
  subitem: z.string().min(1).optional().meta({ title: '子项', description: '子项名称' }),
  /** 地方权力编码 */
  code: z.string().min(1).optional().meta({ title: '地方权力编码', description: '原文编码；含统一社会信用代码时检查其校验码' }),
  /** 子项地方权力编码 */
  subitem_code: z.string().min(1).optional().meta({ title: '子项地方权力编码', description: '子项的原文编码' }),
  /** 行政主体 / 实施主体 */
  subject: z.string().min(1).meta({ title: '行使主体', description: '行使该职权的机关（原文的行政主体、实施主体）' }),
  /** 承办机构 */
  department: z.string().min(1).optional().meta({ title: '承办机构', description: '承办的科室或机构' }),
  /** 办事层级 */
  level: z.string().min(1).optional().meta({ title: '办事层级', description: '办理该事项的层级' }),
  /** 实施权限 — what the level may do (the second column under 实施层级及权限 in provincial templates). */
  level_scope: richTextSchema.optional().meta({ title: '实施权限', description: '省级模板「实施层级及权限」下第二列：该层级的权限，照录' }),
  /** 部门职责 — the bureau's duty this item serves, where the list states it. */
  department_duties: richTextSchema.optional().meta({ title: '部门职责', description: '该事项对应的部门职责，原文列出时照录' }),
  /** 实施依据 — ordered passages. */
  basis: z.array(blockSchema).min(1).meta({ title: '实施依据', description: '依据的各段，按原文顺序' }),
  /** 责任事项 — ordered stages; absent where the source leaves the cell empty (the linter warns). */
  duties: z.array(dutyStageSchema).min(1).max(CHART_LIMITS.nodes - 2).optional().meta({ title: '责任事项', description: '各阶段的责任：stage 阶段名称，text 责任内容' }),
  /** 责任事项依据 — the legal basis of the 责任事项, where the list states it. */
  duty_basis: richTextSchema.optional().meta({ title: '责任事项依据', description: '责任事项的依据，原文列出时照录' }),
  /** 追责对象范围 — who is held accountable. */
  accountable_parties: richTextSchema.optional().meta({ title: '追责对象范围', description: '被追责的对象范围，原文列出时照录' }),
  /** 追责情形 */
  accountability: accountabilitySchema.optional().meta({ title: '追责情形', description: 'intro 引言、cases 情形列表、outro 结语' }),
  /** 运行流程 — steps of the procedure where the source gives them. */
  process: z.array(processStepSchema).min(1).max(CHART_LIMITS.nodes - 2).optional().meta({ title: '运行流程', description: '各办理环节，原文给出时填写' }),
  /** 时限 */
  time_limits: timeLimitsSchema.optional().meta({ title: '时限', description: 'legal 法定时限、promised 承诺时限' }),
  /** 收费 */
  fee: z.string().min(1).optional().meta({ title: '收费', description: '收费情况' }),
  /** 备注 */
  remarks: richTextSchema.optional().meta({ title: '备注', description: '原文的备注' }),
  /** 流程图 — ids of shared flowcharts of the same bureau that govern this item. */
  flowcharts: z.array(z.string().regex(FLOWCHART_ID_PATTERN)).min(1).optional().meta({ title: '流程图', description: '本部门共用流程图的标识列表，如 [cf-general]' }),
  /** 来源 — the seed lines this item was imported from. */
  source: provenanceSchema.optional().meta({ title: '来源', description: '导入时的来源文件与行号' }),
});

export type Item = z.infer<typeof itemSchema>;
export type DutyStage = z.infer<typeof dutyStageSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
