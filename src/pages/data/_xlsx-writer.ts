/**
 * A minimal, deterministic .xlsx (Office Open XML) writer: sheets of text cells, each with an optional
 * title row merged across the table, a header row that stays frozen while scrolling, wrapped text
 * aligned to the top, column widths. Cells are inline strings, so nothing in them is ever read as a
 * formula. The zip (fflate) has fixed timestamps, so the same list gives the same bytes on every
 * build. Spreadsheet readers (Excel, WPS, LibreOffice, SheetJS) open it.
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from '../../spreadsheet/a1.ts';

export interface XlsxSheet {
  /** Sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  /** A title row above the header, merged across all columns. */
  title?: string;
  header: string[];
  rows: string[][];
  /** Column widths in characters. */
  widths?: number[];
}

function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}


const STYLE_BODY = 1;
const STYLE_HEADER = 2;
const STYLE_TITLE = 3;

function rowXml(r: number, cells: string[], style: number): string {
  const cs = cells
    .map((text, c) => (text === '' ? `<c r="${columnLetter(c)}${r}" s="${style}"/>` : `<c r="${columnLetter(c)}${r}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`))
    .join('');
  return `<row r="${r}">${cs}</row>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const columns = sheet.header.length;
  const headerRow = sheet.title ? 2 : 1;
  const rows: string[] = [];
  if (sheet.title) rows.push(rowXml(1, [sheet.title, ...Array<string>(columns - 1).fill('')], STYLE_TITLE));
  rows.push(rowXml(headerRow, sheet.header, STYLE_HEADER));
  sheet.rows.forEach((row, i) => rows.push(rowXml(headerRow + 1 + i, row, STYLE_BODY)));
  const last = `${columnLetter(columns - 1)}${headerRow + sheet.rows.length}`;
  const cols = (sheet.widths ?? []).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A${headerRow}:${last}"/>` +
    (sheet.title ? `<mergeCells count="1"><mergeCell ref="A1:${columnLetter(columns - 1)}1"/></mergeCells>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The workbook's bytes: the sheets in order, the first one active. */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const xml = (s: string) => strToU8(s);
  const headerRow = (sheet: XlsxSheet) => (sheet.title ? 2 : 1);
  const sheetName = (sheet: XlsxSheet) => escapeXml(sheet.name.slice(0, 31));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>' +
        sheets.map((sheet, i) => `<sheet name="${sheetName(sheet)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets><definedNames>' +
        sheets
          .map((sheet, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheetName(sheet)}'!$A$${headerRow(sheet)}:$${columnLetter(sheet.header.length - 1)}$${headerRow(sheet) + sheet.rows.length}</definedName>`)
          .join('') +
        '</definedNames></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': xml(STYLES),
  };
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml(sheetXml(sheet))));
  return new Uint8Array(zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) }));
}
