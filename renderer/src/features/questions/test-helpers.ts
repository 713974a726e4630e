import { emptyQuestionInput, type QuestionInput } from '../../../../shared/domain/question-input';
import type { QuestionType } from '../../../../shared/domain/question';
import type { WriteContext } from '../shared-ui';

export function ctx(overrides: Partial<WriteContext> = {}): WriteContext {
  return { actor: 'tester', now: Date.parse('2026-11-23T08:00:00Z'), ...overrides };
}

/** A valid question of any type, about complaint handling, tagged 投诉流程, difficulty 2. */
export function questionInput(
  type: QuestionType = 'single',
  overrides: Partial<QuestionInput> = {},
): QuestionInput {
  const choice = type === 'single' || type === 'multiple';
  const answers: Record<QuestionType, string[]> = {
    single: ['A'],
    multiple: ['A', 'C'],
    trueFalse: ['true'],
    fillBlank: ['12315'],
    shortAnswer: ['先致歉，再了解诉求'],
  };
  return {
    ...emptyQuestionInput(type),
    stem: '客户投诉受理后的下一步是什么？',
    options: choice
      ? [
          { key: 'A', text: '记录' },
          { key: 'B', text: '归档' },
          { key: 'C', text: '分类' },
          { key: 'D', text: '回访' },
        ]
      : [],
    answer: answers[type],
    explanation: '受理 → 记录 → 分类 → 处理 → 反馈 → 回访 → 归档',
    category: 'complaintHandling',
    tags: ['投诉流程'],
    difficulty: 2,
    ...overrides,
  };
}
