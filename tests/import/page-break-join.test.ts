import { describe, expect, it } from 'vitest';
import { joinCellFragments } from '../../src/import/clean/page-break-join.ts';

describe('joinCellFragments', () => {
  it('merges a paragraph cut mid-sentence (seed 000 lines 54 and 57, 责任事项 of item 1)', () => {
    const joined = joinCellFragments('<p>4、告知责任：…符合听证规定的，制作</p>', '<p>并送达《行政处罚听证告知书》。</p> <p>5、决定责任：…</p>');
    expect(joined.mode).toBe('merged');
    expect(joined.text).toBe('<p>4、告知责任：…符合听证规定的，制作并送达《行政处罚听证告知书》。</p> <p>5、决定责任：…</p>');
  });

  it('merges plain-text pieces cut mid-word without a separator (seed 000 lines 66 and 69, 权力事项 of item 4)', () => {
    const joined = joinCellFragments('对可能被转移、隐匿或者灭失的医疗保障基金收', '支、管理相关的资料予以封存');
    expect(joined).toEqual({ mode: 'merged', text: '对可能被转移、隐匿或者灭失的医疗保障基金收支、管理相关的资料予以封存' });
  });

  it('merges a plain piece with an HTML piece (seed 000 lines 89 and 92, 实施依据 of item 8)', () => {
    const joined = joinCellFragments('1、《河北省基本医疗保险服务监督管理办法》第十六', '<p>条社会保险行政部门应当加强…</p> <p>（一）进入…</p>');
    expect(joined.text).toBe('1、《河北省基本医疗保险服务监督管理办法》第十六条社会保险行政部门应当加强…</p> <p>（一）进入…</p>');
  });

  it('starts a new paragraph when the first piece ends a sentence (seed 000 lines 54 and 57, 追责情形 of item 1)', () => {
    const joined = joinCellFragments('<p>8、委托不符合法定条件的组织实施行政处罚的；</p>', '<p>9、在行政处罚过程中发生腐败行为的；</p>');
    expect(joined).toEqual({ mode: 'new-paragraph', text: '<p>8、委托不符合法定条件的组织实施行政处罚的；</p><br><p>9、在行政处罚过程中发生腐败行为的；</p>' });
  });

  it('puts a paragraph break between two plain pieces that end and start sentences (seed 000 lines 89 and 92, 责任事项 of item 8)', () => {
    const joined = joinCellFragments('1、检查责任:对定点医药机构违约违规违法行为进行监督检查。', '<p>2、处置责任：对案件线索指定专人负责…</p>');
    expect(joined.mode).toBe('new-paragraph');
    expect(joined.text).toBe('1、检查责任:对定点医药机构违约违规违法行为进行监督检查。<br><p>2、处置责任：对案件线索指定专人负责…</p>');
  });
});
