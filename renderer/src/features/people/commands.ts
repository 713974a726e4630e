import Dexie from 'dexie';
import { DomainError } from '../../../../shared/domain/errors';
import {
  personFieldsFromInput,
  personInputSchema,
  type Person,
  type PersonInput,
} from '../../../../shared/domain/person';
import { withIndexFields } from '../../../../shared/domain/person-index';
import type { RecordMeta } from '../../../../shared/domain/record';
import type { TrainDeskDatabase } from '../../db';
import { bumpCounter, type WriteContext as BaseWriteContext } from '../shared-ui';
import { LIVE_PEOPLE_COUNTER } from './counters';

/** A write's actor and clock, and the local date a hire date may not be after. */
export interface WriteContext extends BaseWriteContext {
  today: string;
}

function validate(input: PersonInput, today: string): PersonInput {
  const parsed = personInputSchema(today).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  return parsed.data;
}

async function refuseTakenEmployeeNo(db: TrainDeskDatabase, employeeNo: string | undefined, selfId?: string) {
  if (!employeeNo) return;
  const holder = await db.people.where('employeeNo').equals(employeeNo).first();
  if (holder && holder.id !== selfId) {
    throw new DomainError('errors.duplicateEmployeeNo', 'employeeNo', { name: holder.name });
  }
}

/** The unique index is the last line of defence when two windows race for one employee number. */
function asDomainError(error: unknown): never {
  if (error instanceof Dexie.ConstraintError || (error as { name?: string }).name === 'ConstraintError') {
    throw new DomainError('errors.duplicateEmployeeNo', 'employeeNo', { name: '' });
  }
  throw error;
}

export async function createPerson(
  db: TrainDeskDatabase,
  input: PersonInput,
  ctx: WriteContext,
): Promise<Person> {
  const fields = personFieldsFromInput(validate(input, ctx.today));
  const meta: RecordMeta = {
    id: ctx.newId?.() ?? crypto.randomUUID(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
  };
  const person = withIndexFields({ ...meta, ...fields });
  await db
    .transaction('rw', [db.people, db.counters], async () => {
      await refuseTakenEmployeeNo(db, person.employeeNo);
      await db.people.add(person);
      await bumpCounter(db, LIVE_PEOPLE_COUNTER, 1);
    })
    .catch(asDomainError);
  return person;
}

export async function updatePerson(
  db: TrainDeskDatabase,
  id: string,
  input: PersonInput,
  ctx: WriteContext,
): Promise<Person> {
  const fields = personFieldsFromInput(validate(input, ctx.today));
  return db
    .transaction('rw', [db.people], async () => {
      const current = await db.people.get(id);
      if (!current) throw new DomainError('errors.personNotFound');
      await refuseTakenEmployeeNo(db, fields.employeeNo, id);
      const next = withIndexFields({
        id,
        createdAt: current.createdAt,
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
        deletedAt: current.deletedAt,
        ...fields,
      });
      await db.people.put(next);
      return next;
    })
    .catch(asDomainError);
}

async function setDeleted(
  db: TrainDeskDatabase,
  id: string,
  deletedAt: number | undefined,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.people, db.counters], async () => {
    const current = await db.people.get(id);
    if (!current) throw new DomainError('errors.personNotFound');
    const wasDeleted = current.deletedAt !== undefined;
    if (wasDeleted === (deletedAt !== undefined)) return;
    const { deletedAt: _previous, ...rest } = current;
    const next = withIndexFields({
      ...rest,
      ...(deletedAt === undefined ? {} : { deletedAt }),
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await db.people.put(next);
    await bumpCounter(db, LIVE_PEOPLE_COUNTER, deletedAt === undefined ? 1 : -1);
  });
}

/** Soft delete: the record stays as a tombstone so that it can be restored and synced. */
export function deletePerson(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, ctx.now, ctx);
}

export function restorePerson(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setDeleted(db, id, undefined, ctx);
}
