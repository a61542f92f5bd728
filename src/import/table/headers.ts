/**
 * Columns found by their headers. A header is compared without its whitespace (序  号, 事项\n名称)
 * and trailing colon: first exactly against every known wording of every field, then — for a
 * header with more words (如 事项名称（子项）) — by the longest known wording it contains, so
 * 责任事项依据 is never taken for 责任事项 nor 依据. `--map 表头=field` overrides both.
 */
export const IMPORT_FIELDS = [
  'number',
  'name',
  'subitem',
  'category',
  'category_label',
  'code',
  'subitem_code',
  'subject',
  'department',
  'level',
  'level_scope',
  'department_duties',
  'basis',
  'duties',
  'duty_basis',
  'accountable_parties',
  'accountability',
  'legal_time_limit',
  'promised_time_limit',
  'fee',
  'remarks',
  'source_file',
  'source_lines',
  'item_id',
  'step',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Every wording of each field that lists use (compared without whitespace). */
export const HEADER_WORDINGS: Record<ImportField, string[]> = {
  number: ['序号', '编号', '序列号'],
  name: ['事项名称', '职权名称', '权力名称', '权力事项名称', '权责事项名称', '权力事项', '主项名称', '项目名称', '事项', '项目'],
  subitem: ['子项名称', '子项', '子项事项名称'],
  category: ['权力类型', '职权类型', '职权类别', '事项类型', '权力类别', '事项类别', '类型', '类别'],
  category_label: ['原文类型'],
  code: ['编码', '职权编码', '权力编码', '事项编码', '地方权力编码', '主项编码'],
  subitem_code: ['子项编码', '子项地方权力编码'],
  subject: ['行使主体', '实施主体', '行政主体', '责任主体', '实施机关'],
  department: ['承办机构', '承办科室', '承办单位', '内设机构', '具体承办机构', '责任科室'],
  level: ['实施层级及权限', '实施层级', '行使层级', '办事层级', '层级'],
  level_scope: ['实施权限'],
  department_duties: ['部门职责'],
  basis: ['实施依据', '设定依据', '依据', '设定和实施依据', '法律依据'],
  duties: ['责任事项', '责任事项内容'],
  duty_basis: ['责任事项依据'],
  accountable_parties: ['追责对象范围', '追责对象'],
  accountability: ['追责情形', '问责情形'],
  legal_time_limit: ['法定时限', '法定办结时限'],
  promised_time_limit: ['承诺时限', '承诺办结时限'],
  fee: ['收费', '收费标准', '收费情况', '收费依据及标准'],
  remarks: ['备注'],
  source_file: ['来源文件'],
  source_lines: ['来源行号'],
  item_id: ['事项标识'],
  step: ['办理环节'],
};

/**
 * A header merged over two columns whose second column is a field of its own (实施层级及权限:
 * the level, e.g. 地州市级, then what that level may do).
 */
export const SECOND_COLUMN: Partial<Record<ImportField, ImportField>> = { level: 'level_scope' };

/** A header as compared: no whitespace of any kind, no trailing colon. */
export function headerKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[：:]$/, '');
}

const BY_WORDING = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const w of HEADER_WORDINGS[field]) BY_WORDING.set(w, field);
/** Wordings too general to be looked for inside a longer header (收费项目 is not 项目). */
const EXACT_ONLY = new Set(['事项', '项目', '类型', '类别']);
const WORDINGS_LONGEST_FIRST = [...BY_WORDING.keys()].filter((w) => !EXACT_ONLY.has(w)).sort((a, b) => b.length - a.length);

/**
 * Columns the site's own Excel/CSV export adds that an import does not read back: 运行流程 as one
 * text (the workbook's 运行流程 sheet is read instead), 流程图 (kept in content/ only), page links.
 * Their cells are listed in the report like any unmapped column.
 */
export const EXPORT_ONLY_HEADERS = new Set(['运行流程', '流程图', '页面', '部门标识', '部门', '投诉电话']);

/** The field a header names, and how it was found; undefined when no wording matches. */
export function fieldForHeader(text: string, overrides: Map<string, ImportField> = new Map()): { field: ImportField; how: 'map' | 'exact' | 'contains' } | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  const forced = overrides.get(key);
  if (forced) return { field: forced, how: 'map' };
  if (EXPORT_ONLY_HEADERS.has(key)) return undefined;
  const exact = BY_WORDING.get(key);
  if (exact) return { field: exact, how: 'exact' };
  const contained = WORDINGS_LONGEST_FIRST.find((w) => w.length >= 2 && key.includes(w));
  return contained ? { field: BY_WORDING.get(contained)!, how: 'contains' } : undefined;
}

/** `--map 表头=field` arguments as an override table; throws with every bad one listed. */
export function parseMapOptions(options: string[]): Map<string, ImportField> {
  const map = new Map<string, ImportField>();
  const errors: string[] = [];
  for (const option of options) {
    const at = option.lastIndexOf('=');
    const header = headerKey(option.slice(0, at));
    const field = option.slice(at + 1).trim();
    if (at <= 0 || header === '') errors.push(`--map ${option}：应写成 表头=字段 / must be HEADER=field`);
    else if (!(IMPORT_FIELDS as readonly string[]).includes(field)) errors.push(`--map ${option}：未知字段 “${field}”；允许的字段：${IMPORT_FIELDS.join('、')} / unknown field`);
    else map.set(header, field as ImportField);
  }
  if (errors.length > 0) throw new ImportInputError(errors);
  return map;
}

/** Bad input: every problem found, each a complete Chinese (and English) sentence. */
export class ImportInputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}
