import type { Question, QuestionVersion } from './question';
import type { QuestionFields } from './question-input';

/**
 * An attempt that started on a version froze it (`usedVersion`), so changing it in place would
 * change what that trainee was asked: the edit starts the next version instead.
 */
export function editStartsNewVersion(question: Pick<Question, 'version' | 'usedVersion'>): boolean {
  return question.usedVersion >= question.version;
}

/** Whether saving these fields changes anything a trainee or a random rule could notice. */
export function questionFieldsChanged(before: QuestionFields, after: QuestionFields): boolean {
  const pick = (q: QuestionFields) => [
    q.type,
    q.stem,
    q.options,
    q.answer,
    q.explanation,
    q.category,
    q.tags,
    q.difficulty,
  ];
  return JSON.stringify(pick(before)) !== JSON.stringify(pick(after));
}

/** The question's current content, kept as it is because an attempt used it. */
export function frozenVersion(question: Question, id: string, frozenAt: number): QuestionVersion {
  return {
    id,
    questionId: question.id,
    version: question.version,
    type: question.type,
    stem: question.stem,
    options: question.options.map((o) => ({ ...o })),
    answer: [...question.answer],
    explanation: question.explanation,
    category: question.category,
    tags: [...question.tags],
    difficulty: question.difficulty,
    frozenAt,
  };
}
