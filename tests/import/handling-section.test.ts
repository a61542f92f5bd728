import { describe, expect, it } from 'vitest';
import { splitHandlingSection } from '../../src/import/clean/handling-section.ts';

describe('splitHandlingSection', () => {
  it('takes a cell that is only a section name (seed 000 line 54)', () => {
    expect(splitHandlingSection('综合科')).toEqual({ section: '综合科' });
  });

  it('takes several sections joined by 、 (seed 000 line 85)', () => {
    expect(splitHandlingSection('综合科、晋州市医疗保障中心')).toEqual({ section: '综合科、晋州市医疗保障中心' });
  });

  it('keeps the bracketed note after the section as a remark (seed 000 line 109)', () => {
    expect(splitHandlingSection('晋州市医疗保障中心(政务服务事项)')).toEqual({ section: '晋州市医疗保障中心', remark: '(政务服务事项)' });
  });

  it('keeps a longer remark word for word (seed 000 line 72)', () => {
    expect(splitHandlingSection('晋州市医疗保障中心(政务服务事项)含4个子项:产前检查费支付、生育医疗费用支付、计划生育医疗费支付、生育津贴支付')).toEqual({
      section: '晋州市医疗保障中心',
      remark: '(政务服务事项)含4个子项:产前检查费支付、生育医疗费用支付、计划生育医疗费支付、生育津贴支付',
    });
  });

  it('finds no section in a cell that does not start with one (seed 002 line 77)', () => {
    const cell = '参保人在河北智慧医保申请备案→查询备案结果备案成功。参保人持社保卡在就诊医院登记备案，出院后就可以在外省医院直接报销。';
    expect(splitHandlingSection(cell)).toEqual({ remark: cell });
  });
});
