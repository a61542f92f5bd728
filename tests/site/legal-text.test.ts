import { describe, expect, it } from 'vitest';
import { citedTitles, legalRuns } from '../../src/components/legal-text.ts';

const join = (passage: string) => legalRuns(passage).map((r) => r.text).join('');
const marked = (passage: string, kind: string) => legalRuns(passage).filter((r) => r.kind === kind).map((r) => r.text);

describe('legalRuns', () => {
  const passages = [
    '《中华人民共和国社会保险法》第八十七条：社会保险经办机构……处骗取金额二倍以上五倍以下的罚款。',
    '《医疗保障基金使用监督管理条例》（国务院令第735号）第四十条第一款：定点医药机构通过下列方式',
    '《示例省医疗保障基金监管办法》（示医保发〔2019〕7号）第十二条第（三）项：依法从重处理。',
    '《优抚对象医疗保障办法》（民发〔20017〕101号）第四章第十三条：“劳动保障部门应将……”',
    '《实施<中华人民共和国社会保险法》若干规定》第二十一条之一',
    '没有任何标记的一句话。',
    '《未闭合的书名号第三条',
  ];

  it('gives back every passage unchanged when its runs are joined', () => {
    for (const passage of passages) expect(join(passage)).toBe(passage);
  });

  it('marks law titles', () => {
    expect(marked(passages[0]!, 'title')).toEqual(['《中华人民共和国社会保险法》']);
    expect(marked(passages[4]!, 'title')).toEqual(['《实施<中华人民共和国社会保险法》']);
    expect(marked(passages[6]!, 'title')).toEqual([]);
  });

  it('marks document numbers', () => {
    expect(marked(passages[1]!, 'document-number')).toEqual(['第735号']);
    expect(marked(passages[2]!, 'document-number')).toEqual(['〔2019〕7号']);
    // A misprinted year (20017) is not a document number: it stays plain text.
    expect(marked(passages[3]!, 'document-number')).toEqual([]);
  });

  it('marks article numbers, joining consecutive parts', () => {
    expect(marked(passages[0]!, 'article-number')).toEqual(['第八十七条']);
    expect(marked(passages[1]!, 'article-number')).toEqual(['第四十条第一款']);
    expect(marked(passages[2]!, 'article-number')).toEqual(['第十二条第（三）项']);
    expect(marked(passages[3]!, 'article-number')).toEqual(['第四章第十三条']);
    expect(marked(passages[4]!, 'article-number')).toEqual(['第二十一条之一']);
    expect(marked(passages[6]!, 'article-number')).toEqual(['第三条']);
  });

  it('leaves unmarked text as one run', () => {
    expect(legalRuns(passages[5]!)).toEqual([{ kind: 'text', text: passages[5] }]);
  });
});

describe('citedTitles', () => {
  it('lists each title once, in order of first mention', () => {
    expect(citedTitles(['《甲法》第一条', '《乙条例》第二条；《甲法》第三条'])).toEqual(['《甲法》', '《乙条例》']);
  });
});
