/**
 * Checks across files and fields that a schema alone cannot make: ids that match file names and
 * are unique, 序号 unique within a bureau's category, references to bureaus and flowcharts that
 * exist, flowchart edges between existing nodes, and 地方权力编码 / 统一社会信用代码 check
 * characters (GB 32100), bureau ids that would collide with the site's own folders.
 *
 * A file that exists but failed its schema has already been reported; references to it are not
 * reported again as missing (an invalid bureau.yaml is invalid, not absent).
 */
import type { Bureau } from '../content/bureau-schema.ts';
import { POWER_CODE_WITH_CREDIT_PATTERN, creditCodeProblem } from '../content/credit-code.ts';
import { RESERVED_BUREAU_IDS, isReservedBureauId } from '../content/reserved-ids.ts';
import type { Flowchart } from '../content/flowchart-schema.ts';
import type { Item } from '../content/item-schema.ts';
import type { ContentFile } from './content-files.ts';
import type { Problem } from './problem.ts';
import type { LoadedDocument } from './read-document.ts';
import { positionOf } from './yaml-document.ts';

export interface LoadedContent {
  bureaus: LoadedDocument<Bureau>[];
  items: LoadedDocument<Item>[];
  flowcharts: LoadedDocument<Flowchart>[];
}

function at(doc: LoadedDocument<unknown>, path: PropertyKey[], level: Problem['level'], code: string, message: string): Problem {
  const { line, column } = positionOf(doc.positions, path);
  return { level, file: doc.file.path, line, column, code, message };
}

const CHECK_NAMES = { length: '长度应为 18 位', characters: '含有不允许的字符（不使用 I、O、S、V、Z）', check: '第 18 位校验码不符合 GB 32100-2015' };

function checkIds(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.bureaus) {
    if (doc.data.id !== doc.file.bureauSlug)
      problems.push(at(doc, ['id'], 'error', 'ID_MISMATCH', `部门标识 id “${doc.data.id}” 与所在文件夹名 “${doc.file.bureauSlug}” 不一致；两者必须相同（它就是网址） / id must equal the folder name`));
    if (isReservedBureauId(doc.data.id))
      problems.push(
        at(doc, ['id'], 'error', 'BUREAU_ID_RESERVED', `部门标识 “${doc.data.id}” 与网站自身的目录重名，请换一个标识（同时改文件夹名）。不能使用：${RESERVED_BUREAU_IDS.join('、')} / bureau id is reserved by the site`),
      );
  }
  const seen = new Map<string, LoadedDocument<Item> | LoadedDocument<Flowchart>>();
  // Each document with its kind (searching content.items for every document grew as items²).
  const documents = [...content.items.map((doc) => ['事项', doc] as const), ...content.flowcharts.map((doc) => ['流程图', doc] as const)];
  for (const [kind, doc] of documents) {
    if (doc.data.id !== doc.file.stem)
      problems.push(at(doc, ['id'], 'error', 'ID_MISMATCH', `${kind}标识 id “${doc.data.id}” 与文件名 “${doc.file.stem}.yaml” 不一致；文件名必须是 id 加 .yaml / id must equal the file name`));
    if (doc.data.bureau !== doc.file.bureauSlug)
      problems.push(at(doc, ['bureau'], 'error', 'BUREAU_MISMATCH', `所属部门 bureau “${doc.data.bureau}” 与所在文件夹 “${doc.file.bureauSlug}” 不一致 / bureau must equal the folder name`));
    const key = `${kind}:${doc.data.bureau}/${doc.data.id}`;
    const first = seen.get(key);
    if (first)
      problems.push(at(doc, ['id'], 'error', 'ID_DUPLICATE', `${kind}标识 “${doc.data.id}” 已在 ${first.file.path} 中使用；同一部门内标识不能重复 / duplicate id`));
    else seen.set(key, doc);
  }
  return problems;
}

function checkReferences(content: LoadedContent, files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const bureaus = new Set(content.bureaus.map((b) => b.data.id));
  const charts = new Set(content.flowcharts.map((c) => `${c.data.bureau}/${c.data.id}`));
  // Files present but invalid: their own problems are reported; a reference to them is not "missing".
  const invalidBureaus = new Set(files.filter((f) => f.kind === 'bureau' && !bureaus.has(f.bureauSlug)).map((f) => f.bureauSlug));
  const invalidCharts = new Set(files.filter((f) => f.kind === 'flowchart').map((f) => `${f.bureauSlug}/${f.stem}`).filter((key) => !charts.has(key)));
  for (const doc of [...content.items, ...content.flowcharts]) {
    if (!bureaus.has(doc.data.bureau) && !invalidBureaus.has(doc.data.bureau))
      problems.push(at(doc, ['bureau'], 'error', 'BUREAU_MISSING', `所属部门 “${doc.data.bureau}” 不存在：缺少 content/${doc.data.bureau}/bureau.yaml。已有部门：${[...bureaus].join('、') || '无'} / bureau not found`));
  }
  for (const doc of content.items) {
    (doc.data.flowcharts ?? []).forEach((id, i) => {
      if (!charts.has(`${doc.data.bureau}/${id}`) && !invalidCharts.has(`${doc.data.bureau}/${id}`))
        problems.push(at(doc, ['flowcharts', i], 'error', 'FLOWCHART_MISSING', `流程图 “${id}” 不存在：缺少 content/${doc.data.bureau}/flowcharts/${id}.yaml / flowchart not found`));
    });
  }
  return problems;
}

/** 子项 of one 主项 share its 序号 in lists where the 主项's cells are merged over its 子项 rows. */
export function isSubitemOfSameItem(a: Item, b: Item): boolean {
  return a.name === b.name && a.subitem !== undefined && b.subitem !== undefined && a.subitem !== b.subitem;
}

function checkNumbers(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, LoadedDocument<Item>>();
  for (const doc of content.items) {
    if (doc.data.number === undefined) continue;
    const key = `${doc.data.bureau}|${doc.data.category}|${doc.data.number}`;
    const first = seen.get(key);
    // 子项 of one 主项 share its 序号 (the 主项's cells merged over its 子项 rows).
    if (first && isSubitemOfSameItem(first.data, doc.data)) continue;
    if (first)
      problems.push(at(doc, ['number'], 'error', 'NUMBER_DUPLICATE', `序号 “${doc.data.number}” 在本部门的${doc.data.category}中已由 ${first.file.path} 使用；同一类别内序号不能重复 / duplicate number within category`));
    else seen.set(key, doc);
  }
  return problems;
}

function checkCodes(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.bureaus) {
    const code = doc.data.credit_code;
    const problem = code && creditCodeProblem(code);
    if (problem) problems.push(at(doc, ['credit_code'], 'error', 'CREDIT_CODE_INVALID', `统一社会信用代码 “${code}” ${CHECK_NAMES[problem]} / malformed credit code`));
  }
  for (const doc of content.items) {
    for (const field of ['code', 'subitem_code'] as const) {
      const code = doc.data[field];
      if (!code || !POWER_CODE_WITH_CREDIT_PATTERN.test(code)) continue;
      const problem = creditCodeProblem(code.slice(0, 18));
      if (problem)
        problems.push(at(doc, [field], 'error', 'CODE_CHECKSUM', `地方权力编码 “${code}” 的前 18 位应为统一社会信用代码，但${CHECK_NAMES[problem]} / the credit-code part fails its GB 32100 check`));
    }
  }
  return problems;
}

function checkFlowcharts(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.flowcharts) {
    const ids = new Set<string>();
    doc.data.nodes.forEach((node, i) => {
      if (ids.has(node.id)) problems.push(at(doc, ['nodes', i, 'id'], 'error', 'NODE_DUPLICATE', `节点标识 “${node.id}” 重复 / duplicate node id`));
      ids.add(node.id);
    });
    doc.data.edges.forEach((edge, i) => {
      for (const end of ['from', 'to'] as const)
        if (!ids.has(edge[end]))
          problems.push(at(doc, ['edges', i, end], 'error', 'EDGE_NODE_MISSING', `连线的${end === 'from' ? '起点' : '终点'} “${edge[end]}” 不是本图的节点。已有节点：${[...ids].join('、')} / edge names a missing node`));
    });
  }
  return problems;
}

/** `files` is every content file found, valid or not (see the note on invalid files above). */
export function crossCheck(content: LoadedContent, files: readonly ContentFile[] = []): Problem[] {
  return [...checkIds(content), ...checkReferences(content, files), ...checkNumbers(content), ...checkCodes(content), ...checkFlowcharts(content)];
}
