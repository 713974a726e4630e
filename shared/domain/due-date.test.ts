import { describe, expect, it } from 'vitest';
import {
  addDays,
  addOpenDays,
  daysBetween,
  daysOverdue,
  dueDate,
  isOpenDay,
  nextOpenDay,
  openDayCalendar,
  renewedDueDate,
  weekday,
} from './due-date';
import { LendingRefusal } from './checkout-rules';

// The office: closed at weekends, and on the 2026 public holidays it observes.
const NATIONAL_DAY = [
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
const SPRING_FESTIVAL = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'];
const office = openDayCalendar([0, 6], [...NATIONAL_DAY, ...SPRING_FESTIVAL, '2026-01-01']);

describe('calendar days', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-09-30', 1)).toBe('2026-10-01');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-28', '2026-10-08')).toBe(10);
  });
  it('knows the weekday (2026-10-01 is a Thursday)', () => {
    expect(weekday('2026-10-01')).toBe(4);
    expect(weekday('2026-10-04')).toBe(0);
  });
  it('says which days are open', () => {
    expect(isOpenDay('2026-09-30', office)).toBe(true); // Wednesday
    expect(isOpenDay('2026-10-03', office)).toBe(false); // Saturday and holiday
    expect(isOpenDay('2026-10-05', office)).toBe(false); // Monday, National Day
    expect(isOpenDay('2026-10-08', office)).toBe(true);
  });
});

describe('due dates never fall on a closed day', () => {
  it('is today plus the loan period when that day is open', () => {
    expect(dueDate('2026-09-01', 14, office)).toBe('2026-09-15');
  });
  it('moves a due date in the National Day week to the first day after it', () => {
    expect(dueDate('2026-09-17', 14, office)).toBe('2026-10-08'); // would be Thu 10-01
    expect(dueDate('2026-09-23', 14, office)).toBe('2026-10-08'); // would be Wed 10-07
  });
  it('moves a Saturday to Monday', () => {
    expect(dueDate('2026-09-05', 14, office)).toBe('2026-09-21'); // Sat 09-19 → Mon 09-21
  });
  it('moves over the Spring Festival closure and the weekend after it', () => {
    expect(dueDate('2026-02-02', 14, office)).toBe('2026-02-24'); // Mon 02-16 … Mon 02-23 closed
  });
  it('counts the closed days inside the period: 14 days are 14 days', () => {
    expect(dueDate('2026-09-28', 14, office)).toBe('2026-10-12');
  });
  it('moves a due date on New Year’s Day', () => {
    expect(dueDate('2025-12-18', 14, office)).toBe('2026-01-02');
  });
  it('keeps every day open with no closed days', () => {
    expect(dueDate('2026-10-01', 2, openDayCalendar([], []))).toBe('2026-10-03');
  });
  it('refuses noOpenDay when the office never opens', () => {
    const closed = openDayCalendar([0, 1, 2, 3, 4, 5, 6], []);
    expect(() => dueDate('2026-10-01', 14, closed)).toThrow(LendingRefusal);
    expect(() => nextOpenDay('2026-10-01', closed)).toThrow(expect.objectContaining({ code: 'noOpenDay' }));
  });
  it('finds an open day up to a year away, and no further', () => {
    const year = Array.from({ length: 365 }, (_, i) => addDays('2026-01-01', i));
    expect(nextOpenDay('2026-01-01', openDayCalendar([], year))).toBe('2027-01-01');
    const longer = [...year, '2027-01-01', '2027-01-02'];
    expect(() => nextOpenDay('2026-01-01', openDayCalendar([], longer))).toThrow(LendingRefusal);
  });
  it('does not know make-up working days (调休): a closed weekday stays closed', () => {
    // 2026-09-27 (Sunday) is a make-up working day in China; this calendar cannot say so.
    expect(isOpenDay('2026-09-27', office)).toBe(false);
  });
});

describe('open days ahead (the hold shelf)', () => {
  it('counts only open days after the start, skipping the National Day week', () => {
    // Mon 09-28: Tue 29 (1), Wed 30 (2), then closed until Thu 10-08 (3).
    expect(addOpenDays('2026-09-28', 3, office)).toBe('2026-10-08');
  });
  it('counts a week of open days over a weekend', () => {
    expect(addOpenDays('2026-09-10', 7, office)).toBe('2026-09-21'); // Thu → Mon after next
  });
  it('is the day itself (or the next open one) for zero days', () => {
    expect(addOpenDays('2026-09-10', 0, office)).toBe('2026-09-10');
    expect(addOpenDays('2026-10-03', 0, office)).toBe('2026-10-08');
  });
  it('refuses noOpenDay when the office never opens', () => {
    expect(() => addOpenDays('2026-09-10', 2, openDayCalendar([0, 1, 2, 3, 4, 5, 6], []))).toThrow(
      expect.objectContaining({ code: 'noOpenDay' }),
    );
  });
});

describe('days overdue', () => {
  it('is zero until the due date has passed', () => {
    expect(daysOverdue('2026-10-08', '2026-10-01')).toBe(0);
    expect(daysOverdue('2026-10-08', '2026-10-08')).toBe(0);
  });
  it('counts calendar days, closed days included', () => {
    expect(daysOverdue('2026-09-30', '2026-10-08')).toBe(8);
    expect(daysOverdue('2026-12-31', '2027-01-02')).toBe(2);
  });
});

describe('renewal due dates (decision: counted from the day of the renewal)', () => {
  it('gives a full period from today, moved off closed days', () => {
    // Renewed on 09-17 for 14 days: 10-01 is National Day → 10-08.
    expect(renewedDueDate('2026-09-17', '2026-09-21', 14, office)).toBe('2026-10-08');
  });
  it('renews an overdue loan from today, not from the date already past', () => {
    expect(renewedDueDate('2026-09-14', '2026-09-01', 14, office)).toBe('2026-09-28');
  });
  it('never shortens a loan: an early renewal keeps the later due date', () => {
    expect(renewedDueDate('2026-09-01', '2026-09-30', 14, office)).toBe('2026-09-30');
  });
});
