import { describe, expect, it } from 'vitest';
import { bareOrderedListsToParagraphs } from '../../src/import/clean/bare-ordered-list.ts';

describe('bareOrderedListsToParagraphs', () => {
  it('splits an <ol> without <li> and without </ol> at the spaces after 。 (seed 002 line 41, 责任事项 of item 1, shortened)', () => {
    const cell =
      '<ol style="list-style-type: none"> 立案责任：对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的违法行为，予以审查，决定是否立案。 送达责任：行政处罚决定书按法律规定的方式送达当事人。 其他法律法规规章文件规定应履行的责任。 ';
    expect(bareOrderedListsToParagraphs(cell)).toBe(
      '<p>立案责任：对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的违法行为，予以审查，决定是否立案。</p>' +
        '<p>送达责任：行政处罚决定书按法律规定的方式送达当事人。</p>' +
        '<p>其他法律法规规章文件规定应履行的责任。</p>',
    );
  });

  it('keeps the lead sentence before the list and splits cases at the spaces after ； (seed 002 line 41, 追责情形 of item 1, shortened)', () => {
    const cell = '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任： <ol style="list-style-type: none"> 没有法律和事实依据实施行政处罚的； 行政处罚显失公正的； 其他违反法律法规规章文件规定的行为。 ';
    expect(bareOrderedListsToParagraphs(cell)).toBe(
      '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任： <p>没有法律和事实依据实施行政处罚的；</p><p>行政处罚显失公正的；</p><p>其他违反法律法规规章文件规定的行为。</p>',
    );
  });

  it('keeps a numbered item together with its number (seed 002 line 68, 责任事项 of item 12)', () => {
    expect(bareOrderedListsToParagraphs('<ol style="list-style-type: none"> 1. 记录职责：建立医疗卫生机构、人员等信用记录制度并进行记录，纳入全国信用信息共享平台 ')).toBe(
      '<p>1. 记录职责：建立医疗卫生机构、人员等信用记录制度并进行记录，纳入全国信用信息共享平台</p>',
    );
  });

  it('leaves lists with <li> and text outside lists alone', () => {
    expect(bareOrderedListsToParagraphs('<ol><li>甲；</li> <li>乙。</li></ol>')).toBe('<ol><li>甲；</li> <li>乙。</li></ol>');
    expect(bareOrderedListsToParagraphs('《中华人民共和国社会保险法》第八十四条')).toBe('《中华人民共和国社会保险法》第八十四条');
  });
});
