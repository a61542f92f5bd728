/**
 * The format of an input file, from its bytes (never its name: real lists are often old binary
 * workbooks renamed .xlsx, or CSV saved as .xls).
 * - D0 CF 11 E0 A1 B1 1A E1: an OLE compound file — Excel 97–2003 (BIFF8) workbook;
 * - PK\x03\x04: a zip — an OOXML workbook (xl/workbook.xml) or Word document (word/document.xml);
 * - anything else is read as delimited text (CSV).
 */
import { unzipSync } from 'fflate';

export type InputFormat = 'xls' | 'xlsx' | 'docx' | 'csv';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function detectFormat(bytes: Uint8Array): InputFormat {
  if (startsWith(bytes, OLE)) return 'xls';
  if (startsWith(bytes, ZIP)) {
    const names = Object.keys(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'xl/workbook.xml' }));
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    throw new Error('这是一个 zip 文件，但既不是 Excel 工作簿也不是 Word 文档 / a zip file that is neither an Excel workbook nor a Word document');
  }
  return 'csv';
}
