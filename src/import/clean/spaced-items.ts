/**
 * Items separated only by spaces (the 天水 export lost the <li> tags of its lists, and its plain
 * cells separate a lead sentence and numbered items the same way).
 *
 * Rule: a run of whitespace that follows 。, ； or ： is an item boundary. Inside an item the seed
 * never puts a space after these marks, while between items it always does, so this splits lists
 * with stage labels (立案阶段责任：…), lists without them (没有法律和事实依据实施行政处罚的；) and a lead
 * sentence from the first item (…应承担相应责任： 1.对…) alike. Other spaces (after a marker "1. ",
 * between ministry names) are left alone.
 */
export function splitSpaceSeparatedItems(text: string): string[] {
  return text
    .split(/(?<=[。；;：:])\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
