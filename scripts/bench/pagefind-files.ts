/**
 * Reads Pagefind's index files (gzip of "pagefind_dcd" + CBOR) into plain values, so two indexes
 * can be compared by what they hold rather than by bytes: Pagefind writes its filter map in the
 * order of a Rust HashMap, whose seed is random per process, so two builds of the same content
 * give filter files (and, through their content hashes, the file names, pf_meta and
 * pagefind-entry.json) that differ in bytes but not in content.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const MAGIC = 'pagefind_dcd';

/** Minimal CBOR decoder: the major types Pagefind writes (integers, byte and text strings, arrays, maps, simple values). */
export function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return (at += 2), view.getUint16(at - 2);
    if (info === 26) return (at += 4), view.getUint32(at - 4);
    if (info === 27) return (at += 8), Number(view.getBigUint64(at - 8));
    throw new Error(`CBOR: indefinite or reserved length ${info} at byte ${at}`);
  };
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        return Array.from(bytes.subarray(at, (at += n)));
      }
      case 3: {
        const n = length(info);
        return new TextDecoder().decode(bytes.subarray(at, (at += n)));
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const n = length(info);
        const entries: [unknown, unknown][] = [];
        for (let i = 0; i < n; i++) entries.push([item(), item()]);
        return { map: entries };
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 25) return (at += 2), view.getFloat16?.(at - 2);
        if (info === 26) return (at += 4), view.getFloat32(at - 4);
        if (info === 27) return (at += 8), view.getFloat64(at - 8);
        throw new Error(`CBOR: simple value ${info} at byte ${at}`);
      default:
        throw new Error(`CBOR: major type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
  return value;
}

/** A decoded value with every map's entries sorted, as a string: equal for equal content. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && 'map' in value) {
    const entries = (value as { map: [unknown, unknown][] }).map.map(([k, v]) => `${canonical(k)}:${canonical(v)}`);
    return `{${entries.sort().join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The decoded content of one Pagefind index file (.pf_filter, .pf_meta, .pf_index, .pf_fragment). */
export function readPagefindFile(path: string): unknown {
  const bytes = gunzipSync(readFileSync(path));
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error(`${path}: not a Pagefind file (no ${MAGIC} header)`);
  return decodeCbor(bytes.subarray(MAGIC.length));
}

/** A filter file, [name, [[value, pages] …]], with its values in sorted order. */
function canonicalFilter(value: unknown): string {
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) throw new Error('unexpected Pagefind filter file layout');
  return JSON.stringify([value[0], [...(value[1] as unknown[])].map((pair) => JSON.stringify(pair)).sort()]);
}

/**
 * What a Pagefind bundle folder holds, independent of the order Pagefind wrote its filters in:
 * for each language of pagefind-entry.json, its page count and its metadata file with every
 * filter file's hash replaced by that file's sorted content, and the filters sorted by name.
 * Index chunks and fragments stay referenced by hash (their bytes do not depend on that order and
 * are compared file by file).
 */
export function pagefindContent(bundleDir: string): string {
  const entry = JSON.parse(readFileSync(`${bundleDir}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { hash: string; page_count: number; wasm: unknown }> } & Record<string, unknown>;
  const languages = Object.entries(entry.languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, { hash, page_count, wasm }]) => {
      const meta = readPagefindFile(`${bundleDir}/pagefind.${hash}.pf_meta`);
      if (!Array.isArray(meta) || !Array.isArray(meta[3])) throw new Error('unexpected Pagefind metadata layout');
      const filters = (meta[3] as [string, string][])
        .map(([name, filterHash]) => [name, canonicalFilter(readPagefindFile(`${bundleDir}/filter/${filterHash}.pf_filter`))])
        .sort(([a], [b]) => a!.localeCompare(b!));
      return [language, page_count, wasm, JSON.stringify(meta.map((part, i) => (i === 3 ? filters : part)))];
    });
  return JSON.stringify({ ...entry, languages });
}
