/**
 * npm run release -- --bureau SLUG [--label L] [--date YYYY-MM-DD] [--document-number 文号] [--content DIR]
 * Records the bureau's current list as its next published version (content/<bureau>/versions/NNN.json).
 * Without --label the version is the one bureau.yaml states (文号, else label, else date).
 * Prints what changed since the previous version and how items were matched. Exit 1 on refusal.
 */
import { parseArgs } from 'node:util';
import { release } from '../src/versions/release.ts';

const { values } = parseArgs({
  options: {
    bureau: { type: 'string' },
    label: { type: 'string' },
    date: { type: 'string' },
    'document-number': { type: 'string' },
    content: { type: 'string', default: 'content' },
    recorded: { type: 'string' },
  },
});
if (!values.bureau) {
  console.error('用法 / usage: npm run release -- --bureau SLUG [--label 标签] [--date YYYY-MM-DD] [--document-number 文号]');
  process.exit(1);
}
const result = release({
  root: process.cwd(),
  contentDir: values.content!,
  bureau: values.bureau,
  ...(values.label ? { label: values.label } : {}),
  ...(values.date ? { date: values.date } : {}),
  ...(values['document-number'] ? { documentNumber: values['document-number'] } : {}),
  ...(values.recorded ? { recorded: values.recorded } : {}),
});
if (!result.ok) {
  for (const message of result.messages) console.error(message);
  process.exit(1);
}
const { snapshot, diff } = result;
console.log(`已记录 ${result.path}：${snapshot.label}，${snapshot.items.length} 个事项 / recorded`);
if (diff) {
  const count = (kind: string) => diff.changes.filter((c) => c.kind === kind).length;
  console.log(`与上一版本相比：新增 ${count('新增')}，取消 ${count('取消')}，变更 ${count('变更')}，拆分 ${count('拆分')}，合并 ${count('合并')}，未变 ${diff.unchanged}`);
  console.log(`匹配方式 / matched by: ${Object.entries(diff.matched).map(([k, n]) => `${k} ${n}`).join('，')}`);
}
