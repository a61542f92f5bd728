/**
 * 责任事项 or 追责情形 text copied word for word from another item of the same list while naming
 * that other item's power — a copy-and-paste slip. Generic text shared by many items (其他法律法规
 * 规章规定应履行的责任, …致使医疗保障基金损失的) names no power and is not reported: the text must
 * contain a long run of the other item's name (NAMING_RUN characters, or half the name).
 * Different bureaus describing the same power alike is normal and not compared.
 *
 * Linear time: texts are grouped by bureau and exact text (a hash map); each shared text gets one
 * suffix automaton (substring-index.ts), and each distinct name of its owners is scanned once
 * against it. The naive version compared every pair of owners and tried every substring of the
 * name: 1,000 items with the usual boilerplate took 31 s, a 100,000-character name never ended.
 */
import type { Item } from '../../content/item-schema.ts';
import { plainText } from '../../content/text-schema.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { SubstringIndex } from '../substring-index.ts';
import { warnAt } from './warn.ts';

/** Shortest run of a power's name that is looked for at all. */
const MIN_NAME_RUN = 8;
/** A run this long (or half the name) names the power rather than echoing a common phrase. */
const NAMING_RUN = 12;

function dutyTexts(item: Item): [string, PropertyKey[]][] {
  const texts: [string, PropertyKey[]][] = (item.duties ?? []).map((d, i) => [plainText(d.text), ['duties', i, 'text']]);
  item.accountability?.cases.forEach((c, i) => texts.push([c, ['accountability', 'cases', i]]));
  return texts;
}

/** Longest run of `name` (≥ MIN_NAME_RUN characters) that occurs in `text`, or ''. */
export function namedRun(text: string, name: string, index = new SubstringIndex(text)): string {
  const run = index.longestCommonRun(name);
  return run.length >= MIN_NAME_RUN ? run : '';
}

interface Naming {
  /** The first owner (in content order) with this name. */
  owner: LoadedDocument<Item>;
  run: string;
}

/** The owners' names that a text names, in order of their first owner. */
function namings(text: string, owners: LoadedDocument<Item>[]): Naming[] {
  const seen = new Set<string>();
  const found: Naming[] = [];
  let index: SubstringIndex | undefined;
  for (const owner of owners) {
    const name = owner.data.name;
    if (seen.has(name)) continue;
    seen.add(name);
    index ??= new SubstringIndex(text);
    const run = namedRun(text, name, index);
    if (run && run.length >= Math.min(NAMING_RUN, name.length / 2)) found.push({ owner, run });
  }
  return found;
}

export function sharedTextRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  // bureau → text → the items holding it, each once, in content order.
  const owners = new Map<string, Map<string, LoadedDocument<Item>[]>>();
  for (const doc of content.items) {
    let byText = owners.get(doc.data.bureau);
    if (!byText) owners.set(doc.data.bureau, (byText = new Map()));
    for (const [text] of dutyTexts(doc.data)) {
      if (text.length < 20) continue;
      const list = byText.get(text);
      if (!list) byText.set(text, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }
  const named = new Map<LoadedDocument<Item>[], Naming[]>();
  for (const doc of content.items) {
    const own = `${doc.data.name}${doc.data.subitem ?? ''}`;
    for (const [text, path] of dutyTexts(doc.data)) {
      const sharers = owners.get(doc.data.bureau)?.get(text);
      if (!sharers || sharers.length < 2) continue;
      let found = named.get(sharers);
      if (!found) named.set(sharers, (found = namings(text, sharers)));
      const other = found.find((n) => n.owner.data.name !== doc.data.name && !own.includes(n.run));
      if (other)
        problems.push(
          warnAt(doc, path, 'TEXT_SHARED_OTHER_POWER', `此段文字与 ${other.owner.file.path}（${other.owner.data.name}）逐字相同，且写的是“${other.run}”，不是本事项 / text copied from another item names that item's power`),
        );
    }
  }
  return problems;
}
