/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8,
 * otherwise GB18030 (the encoding Excel and WPS use for "CSV" on Chinese Windows; it contains
 * GBK and GB2312). Which one was used goes into the report.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GB18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}
