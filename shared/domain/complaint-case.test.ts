import { describe, expect, it } from 'vitest';
import { caseInputSchema, caseTexts, emptyCaseInput, maskCaseInput } from './complaint-case';

const sample = () => ({
  ...emptyCaseInput(),
  title: '空调安装延误投诉',
  background: '客户张三（13812345678）购买空调后一周未安装。',
  process: { ...emptyCaseInput().process, receive: '来电号码010-12345678', handle: '上门安装' },
  customerFeedback: '满意',
});

describe('masking a case before it is saved', () => {
  it('masks every free-text field and says in which field each finding was', () => {
    const { input, found } = maskCaseInput(sample());
    expect(input.background).toBe('客户张**（138****5678）购买空调后一周未安装。');
    expect(input.process.receive).toBe('来电号码010-****5678');
    expect(input.process.handle).toBe('上门安装');
    expect(found).toEqual([
      { field: 'background', kind: 'name', original: '张三', masked: '张**' },
      { field: 'background', kind: 'mobile', original: '13812345678', masked: '138****5678' },
      { field: 'process.receive', kind: 'landline', original: '010-12345678', masked: '010-****5678' },
    ]);
  });

  it('finds nothing to mask in a case it has masked', () => {
    const once = maskCaseInput(sample()).input;
    expect(maskCaseInput(once)).toEqual({ input: once, found: [] });
  });

  it('lists the title, background, every step and the closing fields as texts', () => {
    expect(caseTexts(sample()).map(([field]) => field)).toEqual([
      'title',
      'background',
      'process.receive',
      'process.record',
      'process.classify',
      'process.handle',
      'process.feedback',
      'process.followUp',
      'process.archive',
      'solution',
      'customerFeedback',
      'lessonsLearnt',
    ]);
  });
});

describe('the case form schema', () => {
  it('needs a title and a difficulty from 1 to 5', () => {
    const bad = caseInputSchema.safeParse({ ...sample(), title: ' ', difficulty: 6 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'title',
      'validation.required',
    ]);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toContain('difficulty');
    expect(caseInputSchema.safeParse(sample()).success).toBe(true);
  });
});
