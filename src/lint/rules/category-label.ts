/** A source label that is not the standard name of its category (其他权力 for 其他行政权力 …). */
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import { warnAt } from './warn.ts';

export function categoryLabelRule(content: LoadedContent): Problem[] {
  return content.items
    .filter((doc) => doc.data.category_label !== doc.data.category)
    .map((doc) => warnAt(doc, ['category_label'], 'CATEGORY_LABEL_NONSTANDARD', `原文类型“${doc.data.category_label}”不是标准名称，按“${doc.data.category}”归类 / non-standard category label`));
}
