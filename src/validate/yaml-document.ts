/**
 * YAML text to a value plus a map from each value's path to where it stands in the file, so a
 * schema problem at `duties.2.stage` can be reported at its line and column.
 *
 * js-yaml reports a position only for syntax errors; its event stream (parseEvents) carries the
 * source offset of every node, which we walk to build the map.
 */
import { EVENT_ID, load, parseEvents, type Event } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import type { Position } from './problem.ts';

export type PathKey = string;

export interface NodePositions {
  /** Where the value at a path starts. */
  value: Map<PathKey, Position>;
  /** Where the key of a mapping entry at a path stands. */
  key: Map<PathKey, Position>;
}

export type ParsedYaml =
  | { ok: true; value: unknown; positions: NodePositions }
  | { ok: false; code: string; message: string; at: Position };

export function pathKey(path: readonly PropertyKey[]): PathKey {
  return path.map(String).join('.');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * Mistakes that make YAML mean something else or fail with an unhelpful message, found before
 * parsing: tab indentation and a full-width colon（：）used as the key separator.
 */
function lexicalProblem(text: string): { code: string; message: string; at: Position } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.includes('\t') && line.trim() !== '') {
      return {
        code: 'YAML_TAB_INDENT',
        message: '缩进中含有制表符（Tab）；YAML 只允许用空格缩进，请把 Tab 换成两个空格 / tab used for indentation; use spaces',
        at: { line: i + 1, column: indent.indexOf('\t') + 1 },
      };
    }
    const fullWidth = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*：/.exec(line);
    if (fullWidth) {
      return {
        code: 'YAML_FULLWIDTH_COLON',
        message: `字段名 ${fullWidth[2]} 后使用了全角冒号“：”；键与值之间必须用半角冒号加空格“: ” / full-width colon after key ${fullWidth[2]}; use ": "`,
        at: { line: i + 1, column: fullWidth[1]!.length + fullWidth[2]!.length + 1 },
      };
    }
  }
  return undefined;
}

/**
 * What a syntax error is, told by the `yaml` package's error codes (BAD_INDENT, DUPLICATE_KEY …),
 * which are part of its API, rather than by js-yaml's English wording, which may change with any
 * release. js-yaml still parses (its events give every node's position); when it fails, the same
 * text is parsed again with `yaml` only to classify the failure.
 */
const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: '缩进不足或不一致，请检查本行与上一级字段的缩进，同一层级的字段必须左对齐',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或上一行的引号没有闭合',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号，或上一行的引号没有闭合',
  MISSING_CHAR: '引号、方括号 [ ] 或花括号 { } 没有闭合，或缺少冒号',
  UNEXPECTED_TOKEN: '此处不应出现内容，可能是缩进错误或缺少冒号',
  BAD_DQ_ESCAPE: '双引号中的转义（\\ 开头）无效；文字中的反斜杠请写成 \\\\ 或改用单引号',
  BAD_SCALAR_START: '值不能以这个字符开头，请给整个值加上引号',
  BAD_ALIAS: '别名（* 开头）写法不对',
  BAD_DIRECTIVE: '以 % 开头的行不是有效的 YAML 指令',
  TAB_AS_INDENT: '缩进中含有制表符（Tab）；请改用空格',
};

/** The first problem `yaml` finds in a text js-yaml rejected: its error code, or MULTIPLE_DOCS. */
function classifySyntaxError(text: string): string | undefined {
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents)) return undefined;
  if (documents.length > 1) return 'MULTIPLE_DOCS';
  return documents.flatMap((d) => d.errors)[0]?.code;
}

function secondDocumentAt(text: string): Position {
  const lines = text.split('\n');
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^(---|\.\.\.)(\s|$)/.test(lines[i]!)) {
      if (seenContent) return { line: i + 1, column: 1 };
    } else if (lines[i]!.trim() !== '' && !lines[i]!.trim().startsWith('#')) seenContent = true;
  }
  return { line: 1, column: 1 };
}

function collectPositions(text: string, events: Event[]): NodePositions {
  const starts = lineStarts(text);
  const positions: NodePositions = { value: new Map(), key: new Map() };
  type Frame = { kind: 'map' | 'seq'; path: PropertyKey[]; index: number; pendingKey?: string };
  const stack: Frame[] = [];
  const place = (offset: number): PropertyKey[] | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'seq') return [...top.path, top.index++];
    return top.pendingKey === undefined ? undefined : [...top.path, top.pendingKey];
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(event.start);
        if (path === undefined) {
          stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', path: ['?'], index: 0 });
          break;
        }
        positions.value.set(pathKey(path), toPosition(starts, event.start));
        const top = stack[stack.length - 1];
        if (top?.kind === 'map') top.pendingKey = undefined;
        stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', path, index: 0 });
        break;
      }
      case EVENT_ID.SCALAR:
      case EVENT_ID.ALIAS: {
        const offset =
          event.type === EVENT_ID.SCALAR
            ? event.style === 2 || event.style === 3
              ? event.valueStart - 1
              : event.valueStart
            : event.anchorStart - 1;
        const top = stack[stack.length - 1];
        if (top?.kind === 'map' && top.pendingKey === undefined) {
          const key = event.type === EVENT_ID.SCALAR ? text.slice(event.valueStart, event.valueEnd) : '*';
          top.pendingKey = key;
          positions.key.set(pathKey([...top.path, key]), toPosition(starts, offset));
          break;
        }
        const path = place(offset)!;
        positions.value.set(pathKey(path), toPosition(starts, offset));
        if (top?.kind === 'map') top.pendingKey = undefined;
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return positions;
}

/**
 * Characters a document may hold once its aliases are expanded: twice the 1 MB file cap. Aliases
 * (`&a` … `*a`) let a 1 MB file stand for hundreds of millions of characters ("billion laughs"),
 * which every later step (schema, lint, pages) would walk; a real item uses no aliases at all.
 */
export const MAX_EXPANDED_CHARS = 2 * 1024 * 1024;

/**
 * Where the document, its aliases expanded, first grows past MAX_EXPANDED_CHARS (each scalar
 * counts its characters plus one, each collection one); undefined when it stays below. Linear in
 * the number of events: an anchored node's expanded size is recorded once, an alias adds it.
 */
export function aliasExpansionOverflow(text: string, events: Event[]): Position | undefined {
  const sizes = new Map<string, number>();
  const stack: { size: number; anchor?: string }[] = [{ size: 0 }];
  const anchorOf = (e: { anchorStart: number; anchorEnd: number }) => (e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd).replace(/^[&*]/, '') : undefined);
  const add = (size: number, at: number): Position | undefined => {
    const top = stack[stack.length - 1]!;
    top.size += size;
    return top.size > MAX_EXPANDED_CHARS ? toPosition(lineStarts(text), Math.max(0, at)) : undefined;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ size: 0 });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ size: 1, anchor: anchorOf(event) });
        break;
      case EVENT_ID.SCALAR: {
        const size = event.valueEnd - event.valueStart + 1;
        const anchor = anchorOf(event);
        if (anchor !== undefined) sizes.set(anchor, size);
        const over = add(size, event.valueStart);
        if (over) return over;
        break;
      }
      case EVENT_ID.ALIAS: {
        const over = add(sizes.get(anchorOf(event) ?? '') ?? 1, event.anchorStart - 1);
        if (over) return over;
        break;
      }
      case EVENT_ID.POP: {
        const done = stack.pop()!;
        if (done.anchor !== undefined) sizes.set(done.anchor, done.size);
        if (stack.length === 0) stack.push({ size: 0 });
        const over = add(done.size, 0);
        if (over) return over;
        break;
      }
    }
  }
  return undefined;
}

export function parseYamlDocument(text: string): ParsedYaml {
  const lexical = lexicalProblem(text);
  if (lexical) return { ok: false, ...lexical };
  try {
    const events = parseEvents(text, {});
    const overflow = aliasExpansionOverflow(text, events);
    if (overflow)
      return {
        ok: false,
        code: 'YAML_EXPANDED_TOO_LARGE',
        message: `别名（*引用）展开后文件超过 ${MAX_EXPANDED_CHARS / 1024 / 1024} M 个字符；事项文件不应使用 YAML 锚点和别名，请把文字直接写出 / document larger than ${MAX_EXPANDED_CHARS} characters once its aliases are expanded`,
        at: overflow,
      };
    const value = load(text);
    const positions = collectPositions(text, events);
    return { ok: true, value, positions };
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? String(error);
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const at = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 };
    const kind = classifySyntaxError(text);
    if (kind === 'DUPLICATE_KEY') return { ok: false, code: 'YAML_DUPLICATE_KEY', message: '同一层级中出现了重复的字段名；每个字段只能写一次 / duplicated key', at };
    if (kind === 'MULTIPLE_DOCS')
      return { ok: false, code: 'YAML_MULTI_DOCUMENT', message: '文件中有多个 YAML 文档（“---” 分隔）；每个文件只能写一个事项 / more than one document in the file', at: secondDocumentAt(text) };
    const hint = (kind && SYNTAX_HINTS[kind]) ?? '请检查本行及上一行的缩进、冒号和引号';
    return { ok: false, code: 'YAML_SYNTAX', message: `YAML 语法错误：${hint} / YAML syntax error${kind ? ` (${kind})` : ''}: ${reason}`, at };
  }
}

/** Nearest recorded position for a path: the value itself, else its key, else its parent. */
export function positionOf(positions: NodePositions, path: readonly PropertyKey[], preferKey = false): Position {
  for (let n = path.length; n >= 0; n--) {
    const key = pathKey(path.slice(0, n));
    const found = preferKey && n === path.length ? positions.key.get(key) ?? positions.value.get(key) : positions.value.get(key) ?? positions.key.get(key);
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
