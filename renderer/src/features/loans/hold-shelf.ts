import { withdrawalOnReturn } from '../../../../shared/domain/checkout-rules';
import type { OpenDayCalendar } from '../../../../shared/domain/due-date';
import { holdShelfExpiry, nextHoldForCopy } from '../../../../shared/domain/holds-queue';
import { LENDING_COUNTERS, type Copy, type Hold } from '../../../../shared/domain/lending';
import type { Edition } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import type { LendingContext } from './context';
import { bumpCounters, stamp, without, type CopyEventLine } from './writes';

/** Where a copy went when it came free (returned, or its hold on the shelf ended). */
export interface FreedCopy {
  /** The copy with its new status, not yet written: the caller adds its own changes and writes it. */
  copy: Copy;
  lines: CopyEventLine[];
  /** The hold it now waits on the shelf for. */
  readyHold?: Hold;
  withdrawn?: 'recalled' | 'editionWithdrawn';
}

/** The material hold a copy can fill belongs to its material's current edition, if this is it. */
export function currentEditionIdOf(edition: Pick<Edition, 'id' | 'status'> | undefined): string | undefined {
  return edition?.status === 'current' ? edition.id : undefined;
}

/**
 * Decides where a free copy goes, in this order: out of circulation when its edition was withdrawn
 * or it was recalled (召回: it is never lent again); onto the hold shelf for the first waiting hold it
 * can fill (that hold becomes ready until `holdShelfDays` open days from today); else back on the
 * shelf. Writes the hold and the hold counters; the caller writes the copy and the events.
 */
export async function freeCopy(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  copy: Copy,
  facts: { edition: Edition | undefined; waiting: Hold[]; calendar: OpenDayCalendar; holdShelfDays: number },
): Promise<FreedCopy> {
  const base = { ...without(copy, 'loanId', 'holdId'), ...stamp(ctx) };
  const withdrawn = withdrawalOnReturn(copy, facts.edition);
  if (withdrawn) {
    return {
      copy: { ...base, status: 'withdrawn' },
      lines: [{ kind: 'withdrawn', detail: { reason: withdrawn } }],
      withdrawn,
    };
  }
  const next = nextHoldForCopy(copy, currentEditionIdOf(facts.edition), facts.waiting);
  if (!next) return { copy: { ...base, status: 'available' }, lines: [] };
  const expiresOn = holdShelfExpiry(ctx.today, facts.holdShelfDays, facts.calendar);
  const readyHold: Hold = {
    ...next,
    status: 'ready',
    readyCopyId: copy.id,
    readyAt: ctx.now,
    expiresOn,
    ...stamp(ctx),
  };
  await db.holds.put(readyHold);
  await bumpCounters(db, { [LENDING_COUNTERS.holdsWaiting]: -1, [LENDING_COUNTERS.holdsReady]: 1 });
  return {
    copy: { ...base, status: 'onHoldShelf', holdId: readyHold.id },
    lines: [
      {
        kind: 'holdShelf',
        borrowerId: readyHold.borrowerId,
        borrowerName: readyHold.borrowerName,
        detail: { holdId: readyHold.id, expiresOn },
      },
    ],
    readyHold,
  };
}
