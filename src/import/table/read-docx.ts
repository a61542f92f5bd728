/**
 * The tables of a Word document (.docx): the document is a zip (fflate) holding
 * word/document.xml, read with fast-xml-parser in document order. Every top-level w:tbl becomes a
 * sheet 表1, 表2 …, with the paragraphs before it (its title) kept as title lines; a cell's paragraphs are its lines (w:br and w:cr break lines, w:tab is a
 * tab); w:gridSpan and w:vMerge become merged ranges, as in a spreadsheet.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { CellRange, TableSheet } from './sheet.ts';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function tag(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}

function children(node: Node): Node[] {
  const value = node[tag(node)];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function attr(node: Node, name: string): string | undefined {
  return node[':@']?.[`@_${name}`];
}

/** The text of a run container (a paragraph or hyperlink), in order. */
function runText(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    const t = tag(node);
    if (t === '#text') out += String(node['#text']);
    else if (t === 'w:t') out += children(node).map((n) => String(n['#text'] ?? '')).join('');
    else if (t === 'w:br' || t === 'w:cr') out += '\n';
    else if (t === 'w:tab') out += '\t';
    else if (t === 'w:r' || t === 'w:hyperlink' || t === 'w:ins' || t === 'w:smartTag' || t === 'w:sdt' || t === 'w:sdtContent' || t === 'w:fldSimple') out += runText(children(node));
  }
  return out;
}

function cellLines(cell: Node): string {
  const paragraphs: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const t = tag(node);
      if (t === 'w:p') paragraphs.push(runText(children(node)));
      else if (t === 'w:sdt' || t === 'w:sdtContent' || t === 'w:customXml') walk(children(node));
      else if (t === 'w:tbl') paragraphs.push(...tableLines(node));
    }
  };
  walk(children(cell));
  return paragraphs.join('\n');
}

/** A table nested in a cell is kept as lines of tab-separated cells. */
function tableLines(table: Node): string[] {
  return children(table)
    .filter((n) => tag(n) === 'w:tr')
    .map((tr) => children(tr).filter((n) => tag(n) === 'w:tc').map(cellLines).join('\t'));
}

function cellProperties(cell: Node): { span: number; vMerge?: 'restart' | 'continue' } {
  const pr = children(cell).find((n) => tag(n) === 'w:tcPr');
  if (!pr) return { span: 1 };
  const grid = children(pr).find((n) => tag(n) === 'w:gridSpan');
  const vm = children(pr).find((n) => tag(n) === 'w:vMerge');
  return {
    span: grid ? Number(attr(grid, 'w:val') ?? 1) : 1,
    ...(vm ? { vMerge: attr(vm, 'w:val') === 'restart' ? ('restart' as const) : ('continue' as const) } : {}),
  };
}

function readTable(table: Node, name: string): TableSheet {
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  /** Open vertical merges by grid column. */
  const open = new Map<number, CellRange>();
  children(table)
    .filter((n) => tag(n) === 'w:tr')
    .forEach((tr, r) => {
      const row: string[] = [];
      let c = 0;
      for (const cell of children(tr).filter((n) => tag(n) === 'w:tc')) {
        const { span, vMerge } = cellProperties(cell);
        const text = vMerge === 'continue' ? '' : cellLines(cell);
        row[c] = text;
        for (let k = 1; k < span; k++) row[c + k] = '';
        if (vMerge === 'continue' && open.has(c)) open.get(c)!.e.r = r;
        else {
          if (open.has(c)) open.delete(c);
          const range = { s: { r, c }, e: { r, c: c + span - 1 } };
          if (vMerge === 'restart') open.set(c, range);
          if (span > 1 || vMerge === 'restart') merges.push(range);
        }
        c += span;
      }
      rows.push(row);
    });
  return { name, rows, merges: merges.filter((m) => m.e.r > m.s.r || m.e.c > m.s.c) };
}

export function readDocx(bytes: Uint8Array): TableSheet[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('Word 文档缺少 word/document.xml / not a Word document');
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, parseTagValue: false });
  const doc = parser.parse(strFromU8(xml)) as Node[];
  const tables: { table: Node; above: string[] }[] = [];
  let paragraphs: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const t = tag(node);
      if (t === 'w:tbl') {
        tables.push({ table: node, above: paragraphs });
        paragraphs = [];
      } else if (t === 'w:p') {
        const text = runText(children(node)).trim();
        if (text) paragraphs.push(text);
      } else if (t === 'w:document' || t === 'w:body' || t === 'w:sdt' || t === 'w:sdtContent' || t === 'w:customXml') walk(children(node));
    }
  };
  walk(doc);
  // The paragraphs between the previous table and this one are its title lines.
  return tables.map(({ table, above }, i) => ({ ...readTable(table, `表${i + 1}`), above }));
}
