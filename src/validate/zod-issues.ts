/**
 * zod issues to problems that bureau staff can act on: the field's path and Chinese name, what
 * is wrong, what is allowed, at the line and column where the field stands.
 * (After Starlight's utils/error-map.ts: one entry point, small named helpers.)
 */
import type { z } from 'zod';
import { describePath, fieldTitle } from '../content/field-labels.ts';
import { positionOf, type NodePositions } from './yaml-document.ts';
import type { Position } from './problem.ts';

export interface LocatedIssue {
  code: string;
  message: string;
  at: Position;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  array: '列表（每项以 “- ” 开头）',
  object: '字段集合（键: 值）',
  tuple: '列表',
  undefined: '空',
  null: '空值',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** The closest known key for a misspelt one (catgory → category), by edit distance. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const dist = distance(key.toLowerCase(), candidate);
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
    }
  }
  return best;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  return value;
}

function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of [...path, undefined]) {
    let def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    while (['optional', 'nullable', 'default', 'pipe'].includes(def.type as string)) {
      current = def.innerType ?? def.in;
      def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    }
    if (part === undefined) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(part)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'union') {
      const options = def.options as z.ZodType[];
      current = options.find((o) => ['object', 'array'].includes((o as unknown as { _zod: { def: { type: string } } })._zod.def.type));
    } else return [];
    if (!current) return [];
  }
  return [];
}

interface DescribedIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  atKey?: string;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): DescribedIssue[] {
  return describe(issue, input, schema).map((d) => ({ ...d, path: d.path ?? issue.path }));
}

function describe(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): (Omit<DescribedIssue, 'path'> & { path?: readonly PropertyKey[] })[] {
  const where = describePath(schema, issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = closestKey(key, known);
        const hint = guess ? `是否想写 ${guess}（${fieldTitle(schema, [...issue.path, guess]) ?? guess}）？` : '';
        return {
          code: 'FIELD_UNKNOWN',
          message: `未知字段 “${key}”。${hint}此处允许的字段：${known.join('、')} / unknown key "${key}"${guess ? `, did you mean "${guess}"?` : ''}`,
          atKey: key,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ code: 'FIELD_REQUIRED', message: `缺少必填字段 ${where} / required field missing` }];
      }
      return [
        {
          code: 'FIELD_TYPE',
          message: `${where} 的类型不对：应为${typeName(issue.expected)}，实际是${typeName(receivedType(value))} / expected ${issue.expected}`,
        },
      ];
    }
    case 'invalid_value': {
      if (value === undefined) return [{ code: 'FIELD_REQUIRED', message: `缺少必填字段 ${where} / required field missing` }];
      const allowed = issue.values.map(String).join('、');
      const last = issue.path[issue.path.length - 1];
      if (last === 'category') {
        return [
          {
            code: 'CATEGORY_UNKNOWN',
            message: `权力类型 “${String(value)}” 不是标准类型。允许的值：${allowed}（原文的其他写法请写在 category_label）/ unknown category`,
          },
        ];
      }
      return [{ code: 'FIELD_VALUE', message: `${where} 的值 “${String(value)}” 不在允许范围内。允许的值：${allowed} / value not allowed` }];
    }
    case 'too_small': {
      const what = issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
      return [{ code: 'FIELD_EMPTY', message: `${where} ${what} / too small or empty` }];
    }
    case 'invalid_union': {
      // A branch whose root type did not match says nothing useful; one whose type matched got
      // further, and its problems are the real ones (a typo inside a list item …).
      const rootMismatch = (branch: readonly z.core.$ZodIssue[]) => branch.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0);
      const matched = issue.errors.filter((branch) => !rootMismatch(branch));
      if (matched.length === 0) {
        const types = new Set(issue.errors.flat().filter((sub) => sub.code === 'invalid_type' && sub.path.length === 0).map((sub) => typeName((sub as { expected: string }).expected)));
        return [{ code: 'FIELD_TYPE', message: `${where} 的类型不对：应为${[...types].join('或')}，实际是${typeName(receivedType(value))} / wrong type` }];
      }
      const best = [...matched].sort((a, b) => a.length - b.length)[0]!;
      return best.flatMap((sub) => describeIssue({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue, input, schema));
    }
    default:
      return [{ code: 'FIELD_VALUE', message: `${where}：${issue.message}` }];
  }
}

export function locateIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema: z.ZodType, positions: NodePositions): LocatedIssue[] {
  return issues.flatMap((issue) =>
    describeIssue(issue, input, schema).map((described) => {
      const path = described.atKey ? [...described.path, described.atKey] : described.path;
      const missing = described.code === 'FIELD_REQUIRED';
      const at = positionOf(positions, missing ? described.path.slice(0, -1) : path, described.atKey !== undefined);
      return { code: described.code, message: described.message, at };
    }),
  );
}
