/** Any supported input file as sheets: the format detected from the bytes (detect-format.ts). */
import { decodeText } from './decode-text.ts';
import { detectFormat, type InputFormat } from './detect-format.ts';
import { readDocx } from './read-docx.ts';
import { readCsv, readWorkbook } from './read-workbook.ts';
import type { TableSheet } from './sheet.ts';

export interface ReadFile {
  format: InputFormat;
  /** For CSV: the encoding it was read in. */
  encoding?: 'UTF-8' | 'GB18030';
  sheets: TableSheet[];
}

export function readTableFile(bytes: Uint8Array, fileName: string): ReadFile {
  const format = detectFormat(bytes);
  if (format === 'docx') return { format, sheets: readDocx(bytes) };
  if (format === 'csv') {
    const { text, encoding } = decodeText(bytes);
    return { format, encoding, sheets: readCsv(text, fileName) };
  }
  return { format, sheets: readWorkbook(bytes) };
}
