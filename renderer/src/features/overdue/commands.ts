import { DomainError } from '../../../../shared/domain/errors';
import type { Loan, Notice } from '../../../../shared/domain/lending';
import { noticeTemplate, renderNotice, type NoticeLanguage } from '../../../../shared/domain/notice-template';
import {
  daysOverdue,
  dueReminderStage,
  noticeAddressees,
  REMINDER_STAGES,
  type ReminderStage,
} from '../../../../shared/domain/reminder-stages';
import type { TrainDeskDatabase } from '../../db';
import { readLendingConfig } from '../loans';
import { newId, type WriteContext } from '../shared-ui';
import { noticesOfLoans } from './queries';

/** A reminder run is stamped with who and when, and the local date that decides days overdue. */
export interface ReminderContext extends WriteContext {
  today: string;
}

export interface ReminderOptions {
  language: NoticeLanguage;
  channel: Notice['channel'];
  /** How a final notice names the manager of a department with none on record, in the letter's language. */
  noManager(department: string): string;
}

export interface PersonRef {
  id: string;
  name: string;
}

/** One letter: one borrower, one stage, every loan of theirs due that stage. */
export interface PlannedLetter {
  stage: ReminderStage;
  borrower: PersonRef;
  department: string;
  to: PersonRef;
  cc: PersonRef[];
  /** A final notice for a department without a manager on record goes to the borrower. */
  managerMissing: boolean;
  loans: Loan[];
  text: string;
}

export type SkipReason = 'notFound' | 'notOpen' | 'notDue' | 'done';

export interface SkippedLoan {
  loanId: string;
  loan?: Loan;
  reason: SkipReason;
}

export interface ReminderPlan {
  letters: PlannedLetter[];
  skipped: SkippedLoan[];
}

/**
 * What a reminder run would send for these loans today: the next due stage per loan (see
 * dueReminderStage), grouped into one letter per borrower and stage, with the text rendered from
 * the office's template. Reads only; `generateReminders` runs the same plan inside its transaction.
 */
export async function planReminders(
  db: TrainDeskDatabase,
  ctx: ReminderContext,
  loanIds: readonly string[],
  options: ReminderOptions,
): Promise<ReminderPlan> {
  const ids = [...new Set(loanIds)];
  const [config, loans, notices] = await Promise.all([
    readLendingConfig(db),
    db.loans.bulkGet(ids),
    noticesOfLoans(db, ids),
  ]);
  const skipped: SkippedLoan[] = [];
  const groups = new Map<string, { stage: ReminderStage; loans: Loan[] }>();
  loans.forEach((loan, i) => {
    if (!loan) return skipped.push({ loanId: ids[i]!, reason: 'notFound' });
    if (loan.open !== 1) return skipped.push({ loanId: loan.id, loan, reason: 'notOpen' });
    const answer = dueReminderStage({
      dueDate: loan.dueDate,
      today: ctx.today,
      reminderDays: config.reminderDays,
      sent: (notices.get(loan.id) ?? []).map((n) => n.stage),
    });
    if (!answer.stage) return skipped.push({ loanId: loan.id, loan, reason: answer.reason });
    const key = `${loan.borrowerId}\u0000${answer.stage}`;
    const group = groups.get(key) ?? { stage: answer.stage, loans: [] };
    group.loans.push(loan);
    groups.set(key, group);
  });

  const managerIds = [...new Set(Object.values(config.departmentManagers))];
  const copyIds = [...groups.values()].flatMap((g) => g.loans.map((l) => l.copyId));
  const [managers, copies] = await Promise.all([db.people.bulkGet(managerIds), db.copies.bulkGet(copyIds)]);
  const personName = new Map(managers.filter((p) => p !== undefined).map((p) => [p.id, p.name]));
  // A manager whose record is gone counts as none on record: the letter cannot name them.
  const knownManagers = Object.fromEntries(
    Object.entries(config.departmentManagers).filter(([, id]) => personName.has(id)),
  );
  const editionOf = new Map(copies.filter((c) => c !== undefined).map((c) => [c.id, c.editionNumber]));

  const letters = [...groups.values()].map(({ stage, loans: letterLoans }): PlannedLetter => {
    letterLoans.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    const first = letterLoans[0]!;
    const borrower = { id: first.borrowerId, name: first.borrowerName };
    const department = first.department;
    const addressees = noticeAddressees(stage, { id: borrower.id, department }, knownManagers);
    const nameOf = (id: string) => (id === borrower.id ? borrower.name : (personName.get(id) ?? ''));
    const managerId = knownManagers[department];
    const manager = managerId ? personName.get(managerId)! : options.noManager(department);
    const text = renderNotice(
      noticeTemplate(config.templates, stage, options.language),
      { borrower: borrower.name, department, manager, today: ctx.today },
      letterLoans.map((loan) => ({
        title: loan.title,
        barcode: loan.barcode,
        edition: editionOf.get(loan.copyId) ?? 0,
        dueDate: loan.dueDate,
        daysOverdue: daysOverdue(loan.dueDate, ctx.today),
      })),
      options.language,
    );
    return {
      stage,
      borrower,
      department,
      to: { id: addressees.to, name: nameOf(addressees.to) },
      cc: addressees.cc.map((id) => ({ id, name: nameOf(id) })),
      managerMissing: addressees.managerMissing,
      loans: letterLoans,
      text,
    };
  });
  letters.sort(
    (a, b) =>
      a.borrower.name.localeCompare(b.borrower.name, 'zh-CN') ||
      REMINDER_STAGES.indexOf(a.stage) - REMINDER_STAGES.indexOf(b.stage),
  );
  return { letters, skipped };
}

export interface ReminderBatch extends ReminderPlan {
  /** The instant every notice of the batch carries: the print route finds the batch by it. */
  sentAt: number;
  notices: Notice[];
}

/**
 * Sends reminders: one Notice per loan and stage, holding the letter's text as sent, all written in
 * one transaction that re-reads what was sent before, so a second run (or another desk) never
 * repeats a notice. The unique `[loanId+stage]` index refuses a duplicate even so, and then nothing
 * of the run is written.
 */
export async function generateReminders(
  db: TrainDeskDatabase,
  ctx: ReminderContext,
  loanIds: readonly string[],
  options: ReminderOptions,
): Promise<ReminderBatch> {
  return db
    .transaction('rw', [db.loans, db.notices, db.copies, db.people, db.lendingConfig], async () => {
      const plan = await planReminders(db, ctx, loanIds, options);
      const notices: Notice[] = plan.letters.flatMap((letter) =>
        letter.loans.map((loan) => ({
          id: newId(ctx),
          createdAt: ctx.now,
          updatedAt: ctx.now,
          updatedBy: ctx.actor,
          loanId: loan.id,
          borrowerId: loan.borrowerId,
          stage: letter.stage,
          sentAt: ctx.now,
          channel: options.channel,
          body: letter.text,
        })),
      );
      await db.notices.bulkAdd(notices);
      return { ...plan, sentAt: ctx.now, notices };
    })
    .catch((error: unknown) => {
      const name = (error as { name?: string; failures?: { name?: string }[] }).name;
      const failures = (error as { failures?: { name?: string }[] }).failures ?? [];
      if (name === 'ConstraintError' || failures.some((f) => f.name === 'ConstraintError'))
        throw new DomainError('overdue:generate.sentElsewhere');
      throw error;
    });
}
