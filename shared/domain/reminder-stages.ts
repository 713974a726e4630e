import { daysBetween } from './lending-calendar-input';
import type { LendingConfig, NoticeStage } from './lending';

/** The three reminder stages 催还, mildest first; recall notices 召回 are not reminders. */
export const REMINDER_STAGES = ['first', 'second', 'final'] as const satisfies readonly NoticeStage[];
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/** Whole days a loan is past its due date on `today`; 0 when it is not overdue. */
export function daysOverdue(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today));
}

export interface ReminderQuestion {
  /** `YYYY-MM-DD`. */
  dueDate: string;
  today: string;
  reminderDays: LendingConfig['reminderDays'];
  /** Stages already sent for this loan (any order; recall notices are ignored). */
  sent: readonly NoticeStage[];
}

export type ReminderAnswer =
  | { stage: ReminderStage; daysOverdue: number }
  /** `notDue`: not overdue long enough for the next stage; `done`: the final notice went out already. */
  | { stage: null; reason: 'notDue' | 'done'; daysOverdue: number };

/**
 * Which reminder is due for a loan today. Only the HIGHEST stage whose day has come is sent: a loan
 * 20 days overdue with nothing sent (first at 1, second at 8, final at 15) gets the final notice
 * alone, because three letters at once about one item would only confuse the borrower and the
 * final notice already says everything. A stage is never sent twice, and never one below a stage
 * already sent (after the second reminder, a late first reminder makes no sense).
 */
export function dueReminderStage({ dueDate, today, reminderDays, sent }: ReminderQuestion): ReminderAnswer {
  const days = daysOverdue(dueDate, today);
  const highestSent = Math.max(-1, ...sent.map((s) => REMINDER_STAGES.indexOf(s as ReminderStage)));
  if (highestSent === REMINDER_STAGES.length - 1) return { stage: null, reason: 'done', daysOverdue: days };
  for (let i = REMINDER_STAGES.length - 1; i > highestSent; i--) {
    const stage = REMINDER_STAGES[i]!;
    if (days >= reminderDays[stage]) return { stage, daysOverdue: days };
  }
  return { stage: null, reason: 'notDue', daysOverdue: days };
}

/** Who a notice is addressed to: the borrower, or for the final notice the borrower's manager. */
export interface NoticeAddressees {
  /** Person id the letter is addressed to. */
  to: string;
  /** Person ids copied (the borrower, when the manager is addressed). */
  cc: string[];
  /** A final notice for a department without a manager on record goes to the borrower alone. */
  managerMissing: boolean;
}

/**
 * The final notice goes to the manager of the borrower's department (config.departmentManagers)
 * with the borrower copied, so the borrower is never surprised by it; every other notice goes to
 * the borrower. A manager who is the borrower gets the letter once.
 */
export function noticeAddressees(
  stage: NoticeStage,
  borrower: { id: string; department: string },
  departmentManagers: LendingConfig['departmentManagers'],
): NoticeAddressees {
  if (stage !== 'final') return { to: borrower.id, cc: [], managerMissing: false };
  const manager = departmentManagers[borrower.department];
  if (!manager) return { to: borrower.id, cc: [], managerMissing: true };
  if (manager === borrower.id) return { to: borrower.id, cc: [], managerMissing: false };
  return { to: manager, cc: [borrower.id], managerMissing: false };
}
