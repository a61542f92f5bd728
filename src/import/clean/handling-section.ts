/**
 * The handling section (承办机构) at the start of a 备注 cell (晋州 writes it there):
 *
 *     综合科
 *     综合科、晋州市医疗保障中心
 *     晋州市医疗保障中心(政务服务事项)含4个子项:产前检查费支付、…
 *
 * The leading run of unit names — names ending in 科 or 中心, joined by 、 — is the section; the
 * rest of the cell, from the first bracket on, is a remark and is kept word for word. A cell that
 * does not start with such a run (or where the run is followed by anything but the end or a
 * bracket) has no section.
 */

export interface SectionAndRemark {
  section?: string;
  remark?: string;
}

const UNIT = '[^、，,。；;：:（()）\\s]+?(?:科|中心)';
const LEADING_SECTIONS = new RegExp(`^(${UNIT}(?:、${UNIT})*)(?=$|[（(])`);

export function splitHandlingSection(text: string): SectionAndRemark {
  const match = LEADING_SECTIONS.exec(text);
  if (!match) return { remark: text };
  const remark = text.slice(match[0].length).trim();
  return remark ? { section: match[1]!, remark } : { section: match[1]! };
}
