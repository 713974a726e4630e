import { useLiveQuery } from 'dexie-react-hooks';
import type { Question, QuestionVersion } from '../../../../shared/domain/question';
import { db } from '../../db';

/** The question with this id as it changes: undefined while loading, null when there is none. */
export function useQuestion(id: string): Question | null | undefined {
  return useLiveQuery(async () => (await db.questions.get(id)) ?? null, [id]);
}

/** Frozen earlier versions, newest first: a handful per question, one index range. */
export function useQuestionVersions(id: string): QuestionVersion[] | undefined {
  return useLiveQuery(
    () =>
      db.questionVersions
        .where('[questionId+version]')
        .between([id, -Infinity], [id, Infinity])
        .reverse()
        .toArray(),
    [id],
  );
}
