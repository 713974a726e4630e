import type { Copy, CopyEvent, CopyEventKind } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import { bumpCounter, newId } from '../shared-ui';
import type { LendingContext } from './context';

/** Every table a lending command may read or write: one transaction scope for all of them. */
export function lendingTables(db: TrainDeskDatabase) {
  return [
    db.people,
    db.materials,
    db.editions,
    db.copies,
    db.loans,
    db.holds,
    db.charges,
    db.copyEvents,
    db.loanPolicies,
    db.closedDays,
    db.lendingConfig,
    db.counters,
  ];
}

/** One line of a copy's history as a command states it; copyEvents adds id, copy, time and actor. */
export type CopyEventLine = { kind: CopyEventKind } & Partial<
  Omit<CopyEvent, 'id' | 'copyId' | 'at' | 'actor'>
>;

/**
 * Lines of a copy's history for one command. Events written together get `at` one millisecond
 * apart in the order given, so the copy's page reads "returned, then put on the hold shelf" and not
 * in the random order of their ids.
 */
export function copyEvents(ctx: LendingContext, copy: Pick<Copy, 'id'>, lines: CopyEventLine[]): CopyEvent[] {
  return lines.map((line, i) => ({
    ...line,
    id: newId(ctx),
    copyId: copy.id,
    at: ctx.now + i,
    actor: ctx.actor,
  }));
}

/** Counter changes of one command, each key bumped once (two bumps of one key at once would race). */
export async function bumpCounters(db: TrainDeskDatabase, deltas: Record<string, number>) {
  await Promise.all(Object.entries(deltas).map(([key, delta]) => bumpCounter(db, key, delta)));
}

/** A record's change stamp. */
export function stamp(ctx: LendingContext) {
  return { updatedAt: ctx.now, updatedBy: ctx.actor };
}

/** Removes optional fields that no longer apply (a put with `undefined` would keep the key). */
export function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}
