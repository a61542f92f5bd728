/** An item without 责任事项: the source left the cell empty, and nothing may be invented for it. */
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { warnAt } from './warn.ts';

export function missingElementRule(content: LoadedContent): Problem[] {
  return content.items
    .filter((doc) => !doc.data.duties)
    .map((doc) => warnAt(doc, ['name'], 'ELEMENT_MISSING', '本事项没有责任事项（duties）；原文此栏为空，请向发布部门核实后补充 / no 责任事项: empty in the source'));
}
