/**
 * How an item page is divided: which 责任事项 stages the 运行流程 table already shows (so the
 * page shows each text once) and the sections its 「本页内容」 list links to.
 */
import type { DutyStage, Item } from '../content/item-schema.ts';
import { plainText, type RichText } from '../content/text-schema.ts';

const normalized = (text: RichText | undefined) => plainText(text).replace(/\s+/g, '');

/**
 * The 责任事项 stages whose text no 运行流程 step carries. Many lists (项城: 20 of 25 items) print
 * the same stage texts in both; the page shows them once, in the 运行流程 table.
 */
export function dutiesOutsideProcess(duties: DutyStage[] | undefined, process: Item['process']): DutyStage[] {
  if (!duties) return [];
  const inProcess = new Set((process ?? []).map((step) => normalized(step.duty)).filter(Boolean));
  return duties.filter((duty) => !inProcess.has(normalized(duty.text)));
}

export interface PageSection {
  id: string;
  label: string;
}

/** The sections of an item page in order, as the page renders them (ids are the headings'). */
export function itemSections(item: Item, options: { handling: boolean; duties: boolean; dutiesInProcess: boolean; limits: boolean }): PageSection[] {
  const process = item.process !== undefined;
  return [
    { id: 'elements', label: '基本要素' },
    options.handling && { id: 'handling', label: '办理信息' },
    options.duties && { id: 'duties', label: '责任事项' },
    item.duty_basis && { id: 'duty-basis', label: '责任事项依据' },
    item.accountable_parties && { id: 'accountable-parties', label: '追责对象范围' },
    item.accountability && { id: 'accountability', label: '追责情形' },
    process && { id: 'process', label: options.dutiesInProcess ? '运行流程与责任事项' : '运行流程' },
    options.limits && { id: 'limits', label: '时限与收费' },
    item.remarks && { id: 'remarks', label: '备注' },
  ].filter((s): s is PageSection => Boolean(s));
}
