import { DomainError } from '../../../../shared/domain/errors';
import type { Copy, CopyEvent, Loan, Notice } from '../../../../shared/domain/lending';
import { canTakeOffShelf, planRecall } from '../../../../shared/domain/recall';
import type { TrainDeskDatabase } from '../../db';
import { newId, type WriteContext } from '../shared-ui';

export interface RecallRequest {
  loanIds: string[];
  channel: Notice['channel'];
  /** The notice's text for a loan, as the borrower will read it (rendered from the office's template). */
  body(loan: Loan): string;
}

export interface RecallResult {
  /** When the batch went out: every notice of it has this `sentAt`. */
  sentAt: number;
  sent: Notice[];
  /** Loans skipped because they already had a recall notice. */
  alreadySent: number;
}

function event(ctx: WriteContext, copy: Copy, kind: CopyEvent['kind'], extra: Partial<CopyEvent>): CopyEvent {
  return { id: newId(ctx), copyId: copy.id, at: ctx.now, kind, actor: ctx.actor, ...extra };
}

/**
 * Sends recall notices 召回通知 in one action: for each open loan a Notice (stage 'recall'), the copy
 * marked recalled (the desk withdraws it when it comes back) and a 'recalled' line in its history —
 * all in one transaction, so either every notice is recorded or none. A loan that already had a
 * recall notice is skipped; the unique `[loanId+stage]` index refuses one that another window sent
 * a moment ago, and then nothing of this batch is written.
 */
export async function sendRecallNotices(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  request: RecallRequest,
): Promise<RecallResult> {
  try {
    return await db.transaction('rw', [db.loans, db.notices, db.copies, db.copyEvents], async () => {
      const loans = (await db.loans.bulkGet(request.loanIds)).filter((l): l is Loan => l !== undefined);
      const noticed = await db.notices
        .where('[loanId+stage]')
        .anyOf(loans.map((l) => [l.id, 'recall']))
        .primaryKeys();
      const already = await db.notices.bulkGet(noticed);
      const plan = planRecall(loans, new Set(already.flatMap((n) => (n ? [n.loanId] : []))));
      const byId = new Map(loans.map((l) => [l.id, l]));
      const sent: Notice[] = [];
      for (const loanId of plan.send) {
        const loan = byId.get(loanId)!;
        const copy = await db.copies.get(loan.copyId);
        if (!copy)
          throw new DomainError('circulation:errors.copyMissing', undefined, { barcode: loan.barcode });
        const notice: Notice = {
          id: newId(ctx),
          createdAt: ctx.now,
          updatedAt: ctx.now,
          updatedBy: ctx.actor,
          loanId: loan.id,
          borrowerId: loan.borrowerId,
          stage: 'recall',
          sentAt: ctx.now,
          channel: request.channel,
          body: request.body(loan),
        };
        await db.notices.add(notice);
        await db.copies.put({ ...copy, recalledAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.actor });
        await db.copyEvents.add(
          event(ctx, copy, 'recalled', {
            loanId: loan.id,
            borrowerId: loan.borrowerId,
            borrowerName: loan.borrowerName,
            detail: { edition: copy.editionNumber, channel: request.channel },
          }),
        );
        sent.push(notice);
      }
      return { sentAt: ctx.now, sent, alreadySent: plan.alreadySent.length };
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'ConstraintError') {
      throw new DomainError('circulation:errors.recallSentElsewhere');
    }
    throw error;
  }
}

/**
 * Takes copies of recalled editions off the shelf (status withdrawn, a 'withdrawn' line in each
 * copy's history), all or none: a copy that is no longer on the shelf refuses the whole action.
 */
export async function takeOffShelf(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  copyIds: string[],
  reason: string,
): Promise<number> {
  return db.transaction('rw', [db.copies, db.copyEvents], async () => {
    const copies = await db.copies.bulkGet(copyIds);
    for (const copy of copies) {
      if (!copy) throw new DomainError('circulation:errors.copyMissing', undefined, { barcode: '' });
      if (!canTakeOffShelf(copy.status)) {
        throw new DomainError('circulation:errors.notOnShelf', undefined, { barcode: copy.barcode });
      }
      await db.copies.put({ ...copy, status: 'withdrawn', updatedAt: ctx.now, updatedBy: ctx.actor });
      await db.copyEvents.add(event(ctx, copy, 'withdrawn', { detail: { reason, from: copy.status } }));
    }
    return copies.length;
  });
}
