import { DomainError } from '../../../../shared/domain/errors';
import type { Question } from '../../../../shared/domain/question';
import {
  questionFieldsFromInput,
  questionInputSchema,
  questionSearchTexts,
  type QuestionFields,
  type QuestionInput,
} from '../../../../shared/domain/question-input';
import { ruleKeysOf } from '../../../../shared/domain/question-rule-keys';
import {
  editStartsNewVersion,
  frozenVersion,
  questionFieldsChanged,
} from '../../../../shared/domain/question-versioning';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { LIVE_QUESTIONS_COUNTER } from './counters';
import { bumpCounter } from '../shared-ui';
import { newId, type WriteContext } from '../shared-ui';

/** Validated stored fields, or the first problem as a DomainError under its field. */
export function validQuestionFields(input: QuestionInput): QuestionFields {
  const parsed = questionInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  return questionFieldsFromInput(parsed.data);
}

/** A question's index fields follow its own: a deleted question has no rule keys, so no rule draws it. */
function withIndexFields(q: Omit<Question, 'del' | 'ruleKeys'>): Question {
  const deleted = q.deletedAt !== undefined;
  return { ...q, del: deleted ? 1 : 0, ruleKeys: deleted ? [] : ruleKeysOf(q) };
}

/** A new question record (version 1, never used); the caller writes it and its search entries. */
export function newQuestion(fields: QuestionFields, ctx: WriteContext): Question {
  return withIndexFields({
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    ...fields,
    version: 1,
    usedVersion: 0,
  });
}

export async function createQuestion(
  db: TrainDeskDatabase,
  input: QuestionInput,
  ctx: WriteContext,
): Promise<Question> {
  const question = newQuestion(validQuestionFields(input), ctx);
  await db.transaction('rw', [db.questions, db.searchTerms, db.counters], async () => {
    await db.questions.add(question);
    await reindexTexts(db, { kind: 'question', id: question.id }, null, questionSearchTexts(question));
    await bumpCounter(db, LIVE_QUESTIONS_COUNTER, 1);
  });
  return question;
}

export interface QuestionEdit {
  question: Question;
  /** The edit started a new version because an attempt had used the previous one. */
  newVersion: boolean;
}

/**
 * Saves an edit. When an attempt already used the current version, that version is first frozen
 * into `questionVersions` and the question moves on to the next; otherwise it changes in place.
 * Saving without a change writes nothing.
 */
export async function updateQuestion(
  db: TrainDeskDatabase,
  id: string,
  input: QuestionInput,
  ctx: WriteContext,
): Promise<QuestionEdit> {
  const fields = validQuestionFields(input);
  return db.transaction('rw', [db.questions, db.questionVersions, db.searchTerms], async () => {
    const current = await db.questions.get(id);
    if (!current) throw new DomainError('questions:errors.notFound');
    if (current.deletedAt !== undefined) throw new DomainError('questions:errors.deleted');
    if (!questionFieldsChanged(current, fields)) return { question: current, newVersion: false };
    const newVersion = editStartsNewVersion(current);
    if (newVersion) await db.questionVersions.add(frozenVersion(current, newId(ctx), ctx.now));
    const { del: _del, ruleKeys: _keys, ...rest } = current;
    const next = withIndexFields({
      ...rest,
      ...fields,
      version: newVersion ? current.version + 1 : current.version,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await db.questions.put(next);
    await reindexTexts(db, { kind: 'question', id }, questionSearchTexts(current), questionSearchTexts(next));
    return { question: next, newVersion };
  });
}

async function setDeleted(
  db: TrainDeskDatabase,
  id: string,
  deletedAt: number | undefined,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.questions, db.counters], async () => {
    const current = await db.questions.get(id);
    if (!current) throw new DomainError('questions:errors.notFound');
    if ((current.deletedAt !== undefined) === (deletedAt !== undefined)) return;
    const { deletedAt: _previous, del: _del, ruleKeys: _keys, ...rest } = current;
    await db.questions.put(
      withIndexFields({
        ...rest,
        ...(deletedAt === undefined ? {} : { deletedAt }),
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
      }),
    );
    await bumpCounter(db, LIVE_QUESTIONS_COUNTER, deletedAt === undefined ? 1 : -1);
  });
}

/** Soft delete: attempts and versions keep pointing at it; random rules stop drawing it at once. */
export function deleteQuestion(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, ctx.now, ctx);
}

export function restoreQuestion(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, undefined, ctx);
}
