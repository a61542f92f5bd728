import { describe, expect, it } from 'vitest';
import { splitSpacedStageLabel } from '../../src/import/clean/spaced-stage-label.ts';

describe('splitSpacedStageLabel', () => {
  it('takes a label followed by a space instead of a colon (seed 000 line 159)', () => {
    expect(splitSpacedStageLabel('审查责任 按照“事项清单”审核材料完整性、有效性。')).toEqual({ stage: '审查责任', text: '按照“事项清单”审核材料完整性、有效性。' });
  });

  it('finds no label in an unlabelled stage or a labelled one with a colon (seed 000 line 54)', () => {
    expect(splitSpacedStageLabel('其他法律法规规章文件规定应履行的责任。')).toBeUndefined();
    expect(splitSpacedStageLabel('执行责任：依照生效的行政处罚决定，予以处罚。')).toBeUndefined();
  });
});
