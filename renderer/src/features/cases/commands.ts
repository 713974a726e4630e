import { attachmentShas } from '../../../../shared/domain/attachment';
import {
  caseInputSchema,
  caseTexts,
  maskCaseInput,
  type CaseInput,
  type ComplaintCase,
} from '../../../../shared/domain/complaint-case';
import { DomainError } from '../../../../shared/domain/errors';
import { nameSortKey } from '../../../../shared/domain/pinyin-search';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { bumpCounter, newId, type WriteContext } from '../shared-ui';
import { LIVE_CASES_COUNTER } from './counters';

/**
 * Validates and masks: whatever the screen did, only masked text reaches the database (保密). The
 * form shows the same masking as a warning before it calls this.
 */
function prepare(input: CaseInput) {
  const parsed = caseInputSchema.safeParse(maskCaseInput(input).input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, issue.path.join('.'));
  }
  const fields = parsed.data;
  return {
    ...fields,
    departments: [...new Set(fields.departments)],
    titleKey: nameSortKey(fields.title),
    attachmentShas: attachmentShas(fields.attachments),
  };
}

const ref = (id: string) => ({ kind: 'case' as const, id });
const searchTexts = (c: ComplaintCase) => caseTexts(c).map(([, text]) => text);

export async function createCase(
  db: TrainDeskDatabase,
  input: CaseInput,
  ctx: WriteContext,
): Promise<ComplaintCase> {
  const record: ComplaintCase = {
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    ...prepare(input),
    del: 0,
  };
  await db.transaction('rw', [db.cases, db.counters, db.searchTerms], async () => {
    await db.cases.add(record);
    await bumpCounter(db, LIVE_CASES_COUNTER, 1);
    await reindexTexts(db, ref(record.id), null, searchTexts(record));
  });
  return record;
}

async function storedCase(db: TrainDeskDatabase, id: string) {
  const current = await db.cases.get(id);
  if (!current) throw new DomainError('cases:errors.notFound');
  return current;
}

export async function updateCase(
  db: TrainDeskDatabase,
  id: string,
  input: CaseInput,
  ctx: WriteContext,
): Promise<ComplaintCase> {
  const fields = prepare(input);
  return db.transaction('rw', [db.cases, db.searchTerms], async () => {
    const current = await storedCase(db, id);
    const next: ComplaintCase = { ...current, ...fields, updatedAt: ctx.now, updatedBy: ctx.actor };
    await db.cases.put(next);
    await reindexTexts(db, ref(id), searchTexts(current), searchTexts(next));
    return next;
  });
}

async function setDeleted(
  db: TrainDeskDatabase,
  id: string,
  deletedAt: number | undefined,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.cases, db.counters], async () => {
    const current = await storedCase(db, id);
    if ((current.deletedAt !== undefined) === (deletedAt !== undefined)) return;
    const { deletedAt: _previous, ...rest } = current;
    await db.cases.put({
      ...rest,
      ...(deletedAt === undefined ? {} : { deletedAt }),
      del: deletedAt === undefined ? 0 : 1,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await bumpCounter(db, LIVE_CASES_COUNTER, deletedAt === undefined ? 1 : -1);
  });
}

/** Soft delete: lessons that link the case keep their link, and the case can be restored. */
export function deleteCase(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, ctx.now, ctx);
}

export function restoreCase(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, undefined, ctx);
}
