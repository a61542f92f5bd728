/** Short texts the pages build from content fields: versions, provenance, an item's full title. */
import type { Bureau } from '../content/bureau-schema.ts';
import type { Item } from '../content/item-schema.ts';
import type { Provenance } from '../content/source-schema.ts';
import type { Block } from '../content/text-schema.ts';

/** 2025年版（示编办〔2025〕3号，2025-03-01） — whatever parts the list states. */
export function versionText(version: Bureau['version']): string {
  const details = [version.document_number, version.date].filter(Boolean);
  if (version.label) return details.length ? `${version.label}（${details.join('，')}）` : version.label;
  return details.join('，');
}

/** seeds/003_….txt 第 10–30 行 */
export function provenanceText(provenance: Provenance): string {
  const [from, to] = provenance.lines;
  return `${provenance.file} 第 ${from === to ? from : `${from}–${to}`} 行`;
}

/** The item's name with its 子项, as one title. */
export function itemTitle(item: Item): string {
  return item.subitem ? `${item.name}（${item.subitem}）` : item.name;
}

/** Every string of a basis, list items included, in order. */
export function basisPassages(basis: Block[]): string[] {
  return basis.flatMap((block) => (typeof block === 'string' ? [block] : block.items));
}

/** A bureau's stated publication date, if any (YYYY-MM-DD). */
export function pubDateOf(bureau: Bureau): string | undefined {
  return bureau.version.date;
}

/** A web address safe to link: http(s) only — a javascript: or data: URL in content stays text. */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
