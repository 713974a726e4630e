import { DomainError } from '../../../../shared/domain/errors';
import { nameSortKey } from '../../../../shared/domain/pinyin-search';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import {
  testPaperFieldsFromInput,
  testPaperInputSchema,
  validateTestPaper,
  type TestPaperFields,
  type TestPaperInput,
} from '../../../../shared/domain/test-paper-rules';
import type { TrainDeskDatabase } from '../../db';
import type { WriteContext } from '../shared-ui';
import { checkRulesAgainstBank } from './rule-candidates';

function parsed(input: TestPaperInput): TestPaperFields {
  const result = testPaperInputSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DomainError(
      issue.message,
      String(issue.path[0] ?? ''),
      (issue as { params?: Record<string, string | number> }).params,
    );
  }
  return testPaperFieldsFromInput(result.data);
}

/**
 * The bank must hold every fixed question and enough questions for every rule; read inside the
 * write's transaction so that the paper saved is one the bank can fill.
 */
async function refuseWhatTheBankCannotFill(db: TrainDeskDatabase, fields: TestPaperFields) {
  const [fixed, available] = await Promise.all([
    db.questions.bulkGet(fields.fixed.map((f) => f.questionId)),
    checkRulesAgainstBank(db, fields),
  ]);
  const gone = fixed.findIndex((q) => !q || q.deletedAt !== undefined);
  if (gone !== -1) throw new DomainError('tests:errors.questionGone', 'fixed', { position: gone + 1 });
  validateTestPaper(fields, available);
}

function withIndexFields(test: Omit<TestPaper, 'del' | 'titleKey'>): TestPaper {
  return { ...test, del: test.deletedAt === undefined ? 0 : 1, titleKey: nameSortKey(test.title) };
}

export async function createTest(
  db: TrainDeskDatabase,
  input: TestPaperInput,
  ctx: WriteContext,
): Promise<TestPaper> {
  const fields = parsed(input);
  const test = withIndexFields({
    id: ctx.newId?.() ?? crypto.randomUUID(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    ...fields,
  });
  await db.transaction('rw', [db.tests, db.questions], async () => {
    await refuseWhatTheBankCannotFill(db, fields);
    await db.tests.add(test);
  });
  return test;
}

export async function updateTest(
  db: TrainDeskDatabase,
  id: string,
  input: TestPaperInput,
  ctx: WriteContext,
): Promise<TestPaper> {
  const fields = parsed(input);
  return db.transaction('rw', [db.tests, db.questions], async () => {
    const current = await db.tests.get(id);
    if (!current) throw new DomainError('tests:errors.notFound');
    if (current.deletedAt !== undefined) throw new DomainError('tests:errors.deleted');
    await refuseWhatTheBankCannotFill(db, fields);
    const { del: _del, titleKey: _key, ...rest } = current;
    const next = withIndexFields({ ...rest, ...fields, updatedAt: ctx.now, updatedBy: ctx.actor });
    await db.tests.put(next);
    return next;
  });
}

async function setDeleted(
  db: TrainDeskDatabase,
  id: string,
  deletedAt: number | undefined,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.tests], async () => {
    const current = await db.tests.get(id);
    if (!current) throw new DomainError('tests:errors.notFound');
    const { deletedAt: _previous, del: _del, titleKey: _key, ...rest } = current;
    await db.tests.put(
      withIndexFields({
        ...rest,
        ...(deletedAt === undefined ? {} : { deletedAt }),
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
      }),
    );
  });
}

/** Soft delete: attempts keep their paper and results. */
export function deleteTest(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, ctx.now, ctx);
}

export function restoreTest(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, undefined, ctx);
}
