import { describe, expect, it } from 'vitest';
import { splitMainSubItem } from '../../src/import/clean/main-sub-item.ts';

describe('splitMainSubItem', () => {
  it('splits （主项）--…（子项） (seed 000 line 198)', () => {
    expect(splitMainSubItem('基本医疗保险参保信息查询和个人账户一次性支取（主项）--参保单位参保信息查询（子项）')).toEqual({
      name: '基本医疗保险参保信息查询和个人账户一次性支取',
      subitem: '参保单位参保信息查询',
      form: 'dashed',
    });
  });

  it('splits (主项)——…(子项) with ASCII brackets and a double em dash (seed 000 line 141)', () => {
    expect(splitMainSubItem('基本医疗保险参保和变更登记(主项)——城乡居民参保登记(子项)')).toEqual({
      name: '基本医疗保险参保和变更登记',
      subitem: '城乡居民参保登记',
      form: 'dashed',
    });
  });

  it('splits a single em dash without the （子项） marker (seed 000 line 125)', () => {
    expect(splitMainSubItem('基本医疗保险参保和变更登记(主项)—职工参保登记')).toEqual({
      name: '基本医疗保险参保和变更登记',
      subitem: '职工参保登记',
      form: 'dashed',
    });
  });

  it('splits the summary form with a space after -- and no （子项） (seed 000 line 37)', () => {
    expect(splitMainSubItem('基本医疗保险参保信息查询和个人账户一次性支取（主项）-- 参保单位参保信息查询')).toEqual({
      name: '基本医疗保险参保信息查询和个人账户一次性支取',
      subitem: '参保单位参保信息查询',
      form: 'dashed',
    });
  });

  it('splits a sub-item written in brackets (seed 000 line 109)', () => {
    expect(splitMainSubItem('基本医疗保险参保和变更登记(单位参保登记(子项))')).toEqual({
      name: '基本医疗保险参保和变更登记',
      subitem: '单位参保登记',
      form: 'bracketed',
    });
  });

  it('leaves a name with ordinary brackets alone (seed 000 line 183)', () => {
    expect(splitMainSubItem('基本医疗保险参保人员医疗费用手工(零星)报销')).toEqual({ name: '基本医疗保险参保人员医疗费用手工(零星)报销' });
  });
});
