import type { Copy, Loan, Notice } from '../../../../shared/domain/lending';
import type { Edition, Material } from '../../../../shared/domain/material';
import { currentEditionOf, editionsToRecall } from '../../../../shared/domain/recall';
import type { TrainDeskDatabase } from '../../db';
import { KEY_MIN, keyMax } from '../shared-ui';

export interface RecallLoan extends Loan {
  editionNumber: number;
  /** The recall notice this loan already had, if any. */
  notice?: Notice;
}

export interface RecallOverview {
  material: Material;
  /** The edition that replaces the recalled ones, if there is one. */
  current?: Edition;
  recalled: Edition[];
  /** Open loans of copies of the recalled editions, soonest due first. */
  loans: RecallLoan[];
  /** Copies of the recalled editions still on the shelf. */
  onShelf: Copy[];
}

/**
 * Everything recall shows for a material: per recalled edition, its open loans (`[editionId+open]`)
 * and its copies on the shelf (`[editionId+status]`), and the recall notices those loans already had
 * (`[loanId+stage]`). A handful of editions, each a short range.
 */
export async function recallOverview(
  db: TrainDeskDatabase,
  materialId: string,
): Promise<RecallOverview | null> {
  const [material, editions] = await Promise.all([
    db.materials.get(materialId),
    db.editions.where('[materialId+number]').between([materialId, KEY_MIN], [materialId, keyMax()]).toArray(),
  ]);
  if (!material) return null;
  const recalled = editionsToRecall(editions);
  const perEdition = await Promise.all(
    recalled.map(async (e) => {
      const [loans, onShelf] = await Promise.all([
        db.loans.where('[editionId+open]').equals([e.id, 1]).toArray(),
        db.copies.where('[editionId+status]').equals([e.id, 'available']).toArray(),
      ]);
      return { loans: loans.map((l) => ({ ...l, editionNumber: e.number })), onShelf };
    }),
  );
  const loans = perEdition.flatMap((p) => p.loans);
  const notices = await db.notices
    .where('[loanId+stage]')
    .anyOf(loans.map((l) => [l.id, 'recall']))
    .toArray();
  const byLoan = new Map(notices.map((n) => [n.loanId, n]));
  return {
    material,
    current: currentEditionOf(editions),
    recalled,
    loans: loans
      .map((l) => {
        const notice = byLoan.get(l.id);
        return notice ? { ...l, notice } : l;
      })
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.barcode.localeCompare(b.barcode)),
    onShelf: perEdition.flatMap((p) => p.onShelf).sort((a, b) => a.barcode.localeCompare(b.barcode)),
  };
}

export interface RecallLetter {
  notice: Notice;
  loan?: Loan;
}

/** The notices of one batch (all sent in one action share `sentAt`), with their loans, by borrower. */
export async function recallBatch(db: TrainDeskDatabase, sentAt: number): Promise<RecallLetter[]> {
  const notices = await db.notices.where('[stage+sentAt]').equals(['recall', sentAt]).toArray();
  const loans = await db.loans.bulkGet(notices.map((n) => n.loanId));
  return notices
    .map((notice, i) => ({ notice, loan: loans[i] }))
    .sort(
      (a, b) =>
        (a.loan?.borrowerName ?? '').localeCompare(b.loan?.borrowerName ?? '', 'zh-CN') ||
        (a.loan?.barcode ?? '').localeCompare(b.loan?.barcode ?? ''),
    );
}
