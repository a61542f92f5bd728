/**
 * The edit of the incremental-rebuild measurement: one character of one item's 承办机构
 * (department) — or, in an item without one, of its 备注 (remarks) — changed in the YAML file, as
 * a bureau's staff would correct a typo. Neither the name nor the 依据 (basis), so no other
 * bureau's pages (name matching, law index) need to change; the schema allows any non-empty
 * string there (src/content/item-schema.ts), so the content stays valid.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ItemEdit {
  /** Path relative to the content folder, e.g. xiangcheng-0012/cf-001.yaml. */
  file: string;
  field: 'department' | 'remarks';
  before: string;
  after: string;
  /** Puts the original text back. */
  undo: () => void;
}

// A plain (unquoted) one-line scalar of at least two characters: safe to change its last character.
const FIELD_LINE = (field: string) => new RegExp(`^${field}: ([^"'|>\\s][^\\n]*[^\\s"'])$`, 'm');

/** The replacement for the last character: a different CJK character, so the value stays plain. */
function changedCharacter(last: string): string {
  return last === '室' ? '科' : '室';
}

/**
 * Edits one item of a bureau in the middle of the content folder (sorted by slug), so the edit is
 * never in the first bureau, which some layouts treat specially.
 */
export function editOneItem(contentDir: string): ItemEdit {
  const bureaus = readdirSync(contentDir)
    .filter((name) => statSync(join(contentDir, name)).isDirectory())
    .sort();
  const order = [...bureaus.slice(Math.floor(bureaus.length / 2)), ...bureaus.slice(0, Math.floor(bureaus.length / 2))];
  for (const field of ['department', 'remarks'] as const) {
    for (const bureau of order) {
      const files = readdirSync(join(contentDir, bureau))
        .filter((f) => /^[a-z]{2}-\d{3}\.yaml$/.test(f))
        .sort();
      for (const name of files) {
        const path = join(contentDir, bureau, name);
        const original = readFileSync(path, 'utf8');
        const match = FIELD_LINE(field).exec(original);
        if (!match) continue;
        const before = match[1]!;
        const after = before.slice(0, -1) + changedCharacter(before.at(-1)!);
        const edited = original.slice(0, match.index) + `${field}: ${after}` + original.slice(match.index + match[0].length);
        writeFileSync(path, edited);
        return {
          file: `${bureau}/${name}`,
          field,
          before,
          after,
          undo: () => writeFileSync(path, original),
        };
      }
    }
  }
  throw new Error(`no item under ${contentDir} has a one-line department or remarks to edit`);
}
