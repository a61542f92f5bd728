/**
 * 责任事项 or 追责情形 text copied word for word from another item while naming that other
 * item's power — a copy-and-paste slip in a list. Generic text shared by many items (其他法律法规
 * 规章规定应履行的责任) names no power and is not reported.
 */
import type { Item } from '../../content/item-schema.ts';
import { plainText } from '../../content/text-schema.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
import { warnAt } from './warn.ts';

/** Shortest run of a power's name that counts as naming it. */
const MIN_NAME_RUN = 8;

function dutyTexts(item: Item): [string, PropertyKey[]][] {
  const texts: [string, PropertyKey[]][] = item.duties.map((d, i) => [plainText(d.text), ['duties', i, 'text']]);
  item.accountability?.cases.forEach((c, i) => texts.push([c, ['accountability', 'cases', i]]));
  return texts;
}

/** Longest run of `name` (≥ MIN_NAME_RUN characters) that occurs in `text`, or ''. */
export function namedRun(text: string, name: string): string {
  for (let length = name.length; length >= MIN_NAME_RUN; length--)
    for (let start = 0; start + length <= name.length; start++) {
      const run = name.slice(start, start + length);
      if (text.includes(run)) return run;
    }
  return '';
}

export function sharedTextRule(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, LoadedDocument<Item>[]>();
  for (const doc of content.items)
    for (const [text] of dutyTexts(doc.data)) if (text.length >= 20) owners.set(text, [...new Set([...(owners.get(text) ?? []), doc])]);
  for (const doc of content.items) {
    const own = `${doc.data.name}${doc.data.subitem ?? ''}`;
    for (const [text, path] of dutyTexts(doc.data)) {
      for (const other of owners.get(text) ?? []) {
        if (other === doc || other.data.name === doc.data.name) continue;
        const run = namedRun(text, other.data.name);
        if (run && !own.includes(run)) {
          problems.push(
            warnAt(doc, path, 'TEXT_SHARED_OTHER_POWER', `此段文字与 ${other.file.path}（${other.data.name}）逐字相同，且写的是“${run}”，不是本事项 / text copied from another item names that item's power`),
          );
          break;
        }
      }
    }
  }
  return problems;
}
