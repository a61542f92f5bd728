import { describe, expect, it } from 'vitest';
import { splitStageLabel } from '../../src/import/clean/duty-stage.ts';

describe('splitStageLabel', () => {
  it('takes the label before the colon (天水 line 6)', () => {
    expect(splitStageLabel('送达阶段责任：行政处罚决定书按法律规定的方式送达当事人。')).toEqual({
      stage: '送达阶段责任',
      text: '行政处罚决定书按法律规定的方式送达当事人。',
    });
  });

  it('accepts an ASCII colon (玉田 line 203)', () => {
    expect(splitStageLabel('决定责任:在证据可能被转移、隐匿或者灭失的情况下，经行政部门负责人报告、批准后')).toEqual({
      stage: '决定责任',
      text: '在证据可能被转移、隐匿或者灭失的情况下，经行政部门负责人报告、批准后',
    });
  });

  it('accepts a label that is not worded …责任 (天水 lines 23 and 26)', () => {
    expect(splitStageLabel('不诚信行为的申诉阶段：允许医疗机构、药品生产企业、配送企业对惩处进行申诉。').stage).toBe('不诚信行为的申诉阶段');
    expect(splitStageLabel('数据收集阶段：一次性告知需提交数据及提交期限。')).toEqual({ stage: '数据收集阶段', text: '一次性告知需提交数据及提交期限。' });
  });

  it('keeps 其他责任 as a label when the source writes it as one (玉田 line 247)', () => {
    expect(splitStageLabel('其他责任：法律法规规章等规定应履行的责任。')).toEqual({ stage: '其他责任', text: '法律法规规章等规定应履行的责任。' });
  });

  it('finds no label in a sentence without a colon (天水 lines 6 and 26)', () => {
    expect(splitStageLabel('其他法律法规规章规定应履行的责任。')).toEqual({ text: '其他法律法规规章规定应履行的责任。' });
    const sentence = '各地医疗保障基金预算草案由医疗保障经办机构编制，经医保部门审核汇总、财政部门审核后，由医保、财政部门联合报本级人民政府审批。医疗保障基金预算不得随意调整。';
    expect(splitStageLabel(sentence)).toEqual({ text: sentence });
  });

  it('finds no label where the colon follows a quoted title (玉田 line 223)', () => {
    const text = '【法律】《中华人民共和国社会保险法》第五十六条：职工有下列情形之一的,可以按照国家规定享受生育津贴:';
    expect(splitStageLabel(text)).toEqual({ text });
  });
});
