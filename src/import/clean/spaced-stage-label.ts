/**
 * A 责任事项 stage label followed by a space instead of a colon (晋州 seed line 159:
 * "2、审查责任 按照“事项清单”审核材料完整性、有效性。", where every other stage reads "审查责任：…").
 *
 * Only a short run of Chinese characters ending in 责任 or 职责, then whitespace, then anything
 * but a colon counts — so "其他法律法规规章文件规定应履行的责任。" (no space, long) has no label.
 * The caller removes the enumeration marker first and tries the colon form (splitStageLabel) before
 * this one.
 */

const SPACED_LABEL = /^([\u4e00-\u9fff]{1,8}?(?:责任|职责))[ \u3000\u00a0]+(?=[^\s：:])/;

/** Label and text of an entry whose label is followed by whitespace only, or undefined. */
export function splitSpacedStageLabel(entry: string): { stage: string; text: string } | undefined {
  const match = SPACED_LABEL.exec(entry);
  if (!match) return undefined;
  return { stage: match[1]!, text: entry.slice(match[0].length) };
}
