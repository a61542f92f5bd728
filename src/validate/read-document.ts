/**
 * One content file, from bytes to a value checked against its schema. Every problem of the file
 * is returned; nothing is thrown.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { ContentFile } from './content-files.ts';
import { START, type Problem, type Position } from './problem.ts';
import { decodeContentFile } from './text-decoding.ts';
import { parseYamlDocument, type NodePositions } from './yaml-document.ts';
import { locateIssues } from './zod-issues.ts';

z.config(z.locales.zhCN());

/** Far larger than any real item (the largest imported one is a few tens of KB). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface LoadedDocument<T> {
  file: ContentFile;
  data: T;
  positions: NodePositions;
}

export function readDocument<T>(file: ContentFile, schema: z.ZodType<T>): { document?: LoadedDocument<T>; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (level: Problem['level'], code: string, message: string, at: Position) =>
    problems.push({ level, file: file.path, line: at.line, column: at.column, code, message });

  let bytes: Buffer;
  try {
    // Checked again here, not only by the walk: a special file is never opened (a FIFO blocks).
    const stats = statSync(file.absolute);
    if (!stats.isFile()) {
      report('error', 'CONTENT_SPECIAL_FILE', '这不是普通文件（管道、套接字或设备），不会读取；请删除 / special file (FIFO, socket or device) not read', START);
      return { problems };
    }
    if (stats.size > MAX_FILE_BYTES) return tooLarge(stats.size);
    bytes = readFileSync(file.absolute);
  } catch (error) {
    report('error', 'CONTENT_UNREADABLE', `无法读取此文件（${(error as NodeJS.ErrnoException).code ?? 'error'}）；请检查文件权限 / file cannot be read`, START);
    return { problems };
  }
  // The size may have changed between stat and read.
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  function tooLarge(size: number) {
    report('error', 'FILE_TOO_LARGE', `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限 1 MB；一个事项文件不应这么大，请检查是否粘贴了整份文档 / file larger than 1 MB`, { line: 1, column: 1 });
    return { problems };
  }
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) {
    report('error', 'FILE_ENCODING', '文件不是有效的 UTF-8 编码（可能以 GBK/GB2312 保存）；请用 UTF-8 编码另存 / invalid UTF-8', decoded.at);
    return { problems };
  }
  if (decoded.hadBom) report('warning', 'FILE_BOM', '文件开头有 UTF-8 BOM 标记，已忽略；建议保存为“UTF-8 无 BOM” / UTF-8 BOM ignored', { line: 1, column: 1 });
  if (decoded.firstCrlfLine !== undefined)
    report('warning', 'FILE_CRLF', '文件使用 Windows 换行符（CRLF），已按 LF 读取；建议保存为 LF 换行 / CRLF line ends read as LF', { line: decoded.firstCrlfLine, column: 1 });

  if (decoded.text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
    report('error', 'FILE_EMPTY', '文件是空的（没有任何字段） / file is empty', { line: 1, column: 1 });
    return { problems };
  }
  const parsed = parseYamlDocument(decoded.text);
  if (!parsed.ok) {
    report('error', parsed.code, parsed.message, parsed.at);
    return { problems };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    for (const issue of locateIssues(result.error.issues, parsed.value, schema, parsed.positions)) report('error', issue.code, issue.message, issue.at);
    return { problems };
  }
  return { document: { file, data: result.data, positions: parsed.positions }, problems };
}
