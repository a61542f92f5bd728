/**
 * 责任事项 or 追责情形 text copied word for word from another item of the same list while naming
 * that other item's power — a copy-and-paste slip. Generic text shared by many items (其他法律法规
 * 规章规定应履行的责任, …致使医疗保障基金损失的) names no power and is not reported: the text must
 * contain a long run of the other item's name (NAMING_RUN characters, or half the name).
 * Different bureaus describing the same power alike is normal and not compared.
 */
import type { Item } from '../../content/item-schema.ts';
import { plainText } from '../../content/text-schema.ts';
import type { LoadedContent } from '../../validate/cross-checks.ts';
import type { Problem } from '../../validate/problem.ts';
import type { LoadedDocument } from '../../validate/read-document.ts';
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
        if (other === doc || other.data.bureau !== doc.data.bureau || other.data.name === doc.data.name) continue;
        const run = namedRun(text, other.data.name);
        const names = run.length >= Math.min(NAMING_RUN, other.data.name.length / 2);
        if (run && names && !own.includes(run)) {
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
