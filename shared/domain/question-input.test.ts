import { describe, expect, it } from 'vitest';
import {
  emptyQuestionInput,
  questionFieldsFromInput,
  questionInputSchema,
  relabelOptions,
  type QuestionInput,
} from './question-input';

const single = (overrides: Partial<QuestionInput> = {}): QuestionInput => ({
  ...emptyQuestionInput('single'),
  stem: '客户投诉的第一步是什么？',
  options: [
    { key: 'A', text: '受理' },
    { key: 'B', text: '归档' },
    { key: 'C', text: '回访' },
  ],
  answer: ['A'],
  category: 'complaintHandling',
  tags: ['投诉流程'],
  ...overrides,
});

function problems(input: QuestionInput) {
  const parsed = questionInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('a question is refused with a message under its field when', () => {
  it('a single-choice question marks no option, or two', () => {
    expect(problems(single())).toEqual([]);
    expect(problems(single({ answer: [] }))).toEqual([['answer', 'questions:validation.singleNeedsOne']]);
    expect(problems(single({ answer: ['A', 'B'] }))).toEqual([
      ['answer', 'questions:validation.singleNeedsOne'],
    ]);
  });

  it('a multiple-choice question marks none or has fewer than two options', () => {
    expect(problems(single({ type: 'multiple', answer: ['A', 'C'] }))).toEqual([]);
    expect(problems(single({ type: 'multiple', answer: [] }))).toEqual([
      ['answer', 'questions:validation.multipleNeedsOne'],
    ]);
    expect(problems(single({ type: 'multiple', options: [{ key: 'A', text: '受理' }] }))).toEqual([
      ['options', 'questions:validation.twoOptions'],
    ]);
  });

  it('an option is empty or the answer names no option', () => {
    expect(
      problems(
        single({
          options: [
            { key: 'A', text: '受理' },
            { key: 'B', text: '  ' },
          ],
        }),
      ),
    ).toEqual([['options.1.text', 'questions:validation.optionText']]);
    expect(problems(single({ answer: ['E'] }))).toEqual([
      ['answer', 'questions:validation.answerNotAnOption'],
    ]);
  });

  it('a true/false question has no answer, or a fill-in one no accepted answer', () => {
    const tf = { ...single(), type: 'trueFalse' as const, options: [] };
    expect(problems({ ...tf, answer: ['true'] })).toEqual([]);
    expect(problems({ ...tf, answer: [] })).toEqual([['answer', 'questions:validation.trueFalseAnswer']]);
    const fill = { ...tf, type: 'fillBlank' as const };
    expect(problems({ ...fill, answer: ['12315'] })).toEqual([]);
    expect(problems({ ...fill, answer: ['', ' '] })).toEqual([
      ['answer', 'questions:validation.fillNeedsAnswer'],
    ]);
  });

  it('the stem or category is empty, the difficulty is outside 1–5, or a tag starts with @', () => {
    expect(problems(single({ stem: ' ', category: '', difficulty: 6, tags: ['@x'] }))).toEqual([
      ['stem', 'validation.required'],
      ['category', 'validation.required'],
      ['difficulty', 'questions:validation.difficulty'],
      ['tags', 'questions:validation.tagAt'],
    ]);
  });

  it('a short-answer question needs no model answer', () => {
    expect(problems({ ...single(), type: 'shortAnswer', options: [], answer: [] })).toEqual([]);
  });
});

describe('stored fields', () => {
  it('drop options of types without them, keep multiple-choice answers in option order, clean tags', () => {
    expect(
      questionFieldsFromInput(single({ type: 'multiple', answer: ['C', 'A'], tags: [' a', 'a', ''] })),
    ).toMatchObject({ answer: ['A', 'C'], tags: ['a'] });
    expect(
      questionFieldsFromInput({
        ...single(),
        type: 'fillBlank',
        answer: [' 12315 ', '', '12315', '一二三一五'],
      }),
    ).toMatchObject({ options: [], answer: ['12315', '一二三一五'] });
  });
});

describe('relabelling options while writing', () => {
  it('letters them by position and carries the marked answers along', () => {
    const after = relabelOptions(
      [
        { key: 'A', text: '受理' },
        { key: 'C', text: '回访' },
      ],
      ['C'],
    );
    expect(after).toEqual({
      options: [
        { key: 'A', text: '受理' },
        { key: 'B', text: '回访' },
      ],
      answer: ['B'],
    });
  });
});
