/**
 * Chinese names of every content field, for error messages and the content guide.
 * tests/validate/field-labels.test.ts fails when a schema gains a key without a label here.
 */
export const FIELD_LABELS: Record<string, string> = {
  // item
  id: '标识',
  bureau: '所属部门',
  category: '权力类型',
  category_label: '原文类型',
  number: '序号',
  name: '名称',
  subitem: '子项',
  code: '地方权力编码',
  subitem_code: '子项地方权力编码',
  subject: '行政主体',
  department: '承办机构',
  level: '层级',
  level_scope: '实施权限',
  department_duties: '部门职责',
  duty_basis: '责任事项依据',
  accountable_parties: '追责对象范围',
  basis: '实施依据',
  duties: '责任事项',
  stage: '阶段/环节',
  text: '文字',
  accountability: '追责情形',
  intro: '引言',
  cases: '情形列表',
  outro: '结语',
  process: '运行流程',
  duty: '责任事项',
  section: '责任科室',
  promised_time_limit: '承诺时限',
  legal_time_limit: '法定时限',
  fee: '收费',
  time_limits: '时限',
  legal: '法定时限',
  promised: '承诺时限',
  remarks: '备注',
  flowcharts: '流程图',
  source: '来源',
  file: '来源文件',
  lines: '行号',
  line: '行号',
  numbering: '列表编号样式',
  items: '列表项',
  // bureau
  short_name: '简称',
  region: '所属地区',
  list_title: '清单标题',
  version: '版本',
  date: '发布日期',
  document_number: '文号',
  label: '标签',
  contacts: '联系方式',
  service_phones: '服务电话',
  serves: '服务内容',
  complaint_office: '投诉机构',
  complaint_phone: '投诉电话',
  address: '受理地点',
  credit_code: '统一社会信用代码',
  title: '标题',
  provenance: '来源文件与行号',
  stated_total: '原文所述总数',
  summary: '原文汇总表',
  stated_count: '标注数量',
  url: '网址',
  // flowchart
  title_line: '标题所在行',
  nodes: '节点',
  edges: '连线',
  kind: '节点类型',
  from: '起点节点',
  to: '终点节点',
  label_line: '标签来源行号',
  inferred: '是否推断',
  evidence: '依据说明',
  notes: '说明',
};

/** `duties[2].stage（阶段/环节）` for a path. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件顶层 / top level';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  const lastKey = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  const label = lastKey ? FIELD_LABELS[lastKey] : undefined;
  return label ? `${out}（${label}）` : out;
}
