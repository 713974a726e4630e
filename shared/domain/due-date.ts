import { LendingRefusal } from './checkout-rules';

/**
 * The office's open days: every day except the weekly closed weekdays and the closed dates
 * (public holidays 法定节假日, office closures). Dates are `YYYY-MM-DD` calendar days, computed in UTC
 * so that no time zone or daylight-saving shift ever moves a day.
 *
 * Out of scope: make-up working days 调休 (a Saturday the office works because of a holiday). A
 * weekday closed every week stays closed; an office that opens on such a Saturday takes 6 off the
 * closed weekdays for that season or lists its other Saturdays as closed dates.
 */
export interface OpenDayCalendar {
  closedWeekdays: ReadonlySet<number>;
  closedDates: ReadonlySet<string>;
}

/** How far ahead the calendar is searched for an open day before it is declared closed for good. */
export const OPEN_DAY_SEARCH_DAYS = 366;

export function openDayCalendar(
  closedWeekdays: Iterable<number>,
  closedDates: Iterable<string>,
): OpenDayCalendar {
  return { closedWeekdays: new Set(closedWeekdays), closedDates: new Set(closedDates) };
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like Date.getDay and LendingConfig.closedWeekdays. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isOpenDay(date: string, calendar: OpenDayCalendar): boolean {
  return !calendar.closedWeekdays.has(weekday(date)) && !calendar.closedDates.has(date);
}

/** `date` itself when open, else the next open day; refuses `noOpenDay` when none comes within a year. */
export function nextOpenDay(date: string, calendar: OpenDayCalendar): string {
  for (let i = 0; i <= OPEN_DAY_SEARCH_DAYS; i++) {
    const day = addDays(date, i);
    if (isOpenDay(day, calendar)) return day;
  }
  throw new LendingRefusal('noOpenDay');
}

/**
 * The due date of a loan made `today` for `loanDays` calendar days: the day it falls on, moved
 * forward to the next open day so the copy can always be brought back on its due date. Closed days
 * inside the period still count (a 14-day loan over National Day is 14 days, then moved if it lands
 * on a holiday), as in Koha's "push the due date to the next open day" rule.
 */
export function dueDate(today: string, loanDays: number, calendar: OpenDayCalendar): string {
  return nextOpenDay(addDays(today, loanDays), calendar);
}

/**
 * The `count`-th open day after `date` (not counting `date` itself). Used for the hold shelf: a copy
 * put on the shelf today for 7 open days waits until the 7th open day after today, so the borrower
 * gets 7 days the office is actually open to collect it. `count` 0 is `date` itself when open.
 */
export function addOpenDays(date: string, count: number, calendar: OpenDayCalendar): string {
  if (count <= 0) return nextOpenDay(date, calendar);
  let day = date;
  let left = count;
  let closedRun = 0;
  while (left > 0) {
    day = addDays(day, 1);
    if (isOpenDay(day, calendar)) {
      left--;
      closedRun = 0;
    } else if (++closedRun > OPEN_DAY_SEARCH_DAYS) {
      throw new LendingRefusal('noOpenDay');
    }
  }
  return day;
}

/**
 * Calendar days a loan is overdue on `today` (0 when not yet due). Counted in calendar days, closed
 * days included: a reminder says "14 days overdue" the way the borrower counts.
 */
export function daysOverdue(due: string, today: string): number {
  return Math.max(0, daysBetween(due, today));
}

/**
 * The due date after a renewal 续借 on `today`. Decision: the new period counts from the day of the
 * renewal (Koha's `RenewalPeriodBase = now`; Koha ships `date_due`), so an overdue copy renewed today
 * is due `loanDays` from today, not from a date already past, and renewing early cannot stack
 * periods. It never shortens a loan: a renewal that would land before the current due date keeps it.
 */
export function renewedDueDate(
  today: string,
  currentDue: string,
  loanDays: number,
  calendar: OpenDayCalendar,
): string {
  const fromToday = dueDate(today, loanDays, calendar);
  return fromToday > currentDue ? fromToday : currentDue;
}
