/**
 * Bytes of a content file to text, with the first problem that stops us reading it.
 * Invalid UTF-8 is found byte by byte so the error can name its line.
 */
import type { Position } from './problem.ts';

export type Decoded =
  | { ok: true; text: string; hadBom: boolean; firstCrlfLine?: number }
  | { ok: false; code: 'FILE_ENCODING'; at: Position };

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { extra = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { extra = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { extra = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}

export function decodeContentFile(bytes: Uint8Array): Decoded {
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) return { ok: false, code: 'FILE_ENCODING', at: positionOfByte(bytes, bad) };
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const hadBom = text.startsWith('\ufeff');
  if (hadBom) text = text.slice(1);
  let firstCrlfLine: number | undefined;
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    firstCrlfLine = text.slice(0, crlf).split('\n').length;
    text = text.replace(/\r\n/g, '\n');
  }
  return { ok: true, text, hadBom, firstCrlfLine };
}
