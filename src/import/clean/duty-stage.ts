/**
 * The stage label of a 责任事项 entry: "立案阶段责任：发现…" → stage 立案阶段责任, text 发现….
 *
 * A label is the text before the first colon (full-width ： or ASCII :, both occur in 玉田) when it
 * is short and has no punctuation — a name, not a sentence: that tells 审查责任：… (label) from
 * 其他法律法规规章规定应履行的责任。 (no label) or a sentence that quotes a law (《…》第五十六条：…).
 * The caller removes the enumeration marker (1、) first.
 */

const LABEL = /^([^：:，,。；;、“”《》（）()\s]{1,20})\s*[：:]\s*/;

export interface StageText {
  stage?: string;
  text: string;
}

export function splitStageLabel(entry: string): StageText {
  const match = LABEL.exec(entry);
  if (!match || match[0].length === entry.length) return { text: entry };
  return { stage: match[1]!, text: entry.slice(match[0].length) };
}
