/**
 * A category label of a list (a 权力类型 cell or a sheet name) to its standard category: the
 * shared mapping of src/content/categories.ts (其他权力, 其他职权 … → 其他行政权力), and the same
 * label with a trailing 类 (行政许可类) that templates add.
 */
import { normalizeCategoryLabel, type CategoryName } from '../../content/categories.ts';

export function categoryOf(label: string): CategoryName | undefined {
  return normalizeCategoryLabel(label) ?? normalizeCategoryLabel(label.replace(/\s+/g, '').replace(/类$/, ''));
}
