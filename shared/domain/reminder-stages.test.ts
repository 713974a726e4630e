import { describe, expect, it } from 'vitest';
import { daysOverdue, dueReminderStage, noticeAddressees } from './reminder-stages';

const reminderDays = { first: 1, second: 8, final: 15 };
const ask = (dueDate: string, today: string, sent: ('first' | 'second' | 'final' | 'recall')[] = []) =>
  dueReminderStage({ dueDate, today, reminderDays, sent });

describe('days overdue', () => {
  it('counts calendar days after the due date, across months and years, and never below zero', () => {
    expect(daysOverdue('2026-11-20', '2026-11-23')).toBe(3);
    expect(daysOverdue('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysOverdue('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysOverdue('2026-11-30', '2026-11-23')).toBe(0);
  });
});

describe('which reminder is due', () => {
  it('sends nothing for a loan that is not overdue yet', () => {
    expect(ask('2026-11-23', '2026-11-23')).toEqual({ stage: null, reason: 'notDue', daysOverdue: 0 });
  });

  it('sends the first reminder on its day and not again after it went out', () => {
    expect(ask('2026-11-22', '2026-11-23')).toEqual({ stage: 'first', daysOverdue: 1 });
    expect(ask('2026-11-22', '2026-11-25', ['first'])).toEqual({
      stage: null,
      reason: 'notDue',
      daysOverdue: 3,
    });
  });

  it('moves to the second reminder once its day comes', () => {
    expect(ask('2026-11-15', '2026-11-23', ['first'])).toEqual({ stage: 'second', daysOverdue: 8 });
    expect(ask('2026-11-16', '2026-11-23', ['first'])).toMatchObject({ stage: null, reason: 'notDue' });
  });

  it('gives a loan 20 days overdue with nothing sent the final notice alone, skipping the earlier stages', () => {
    expect(ask('2026-11-03', '2026-11-23')).toEqual({ stage: 'final', daysOverdue: 20 });
  });

  it('gives a loan 10 days overdue with nothing sent the second reminder', () => {
    expect(ask('2026-11-13', '2026-11-23')).toEqual({ stage: 'second', daysOverdue: 10 });
  });

  it('never sends a stage below one already sent, and nothing after the final notice', () => {
    expect(ask('2026-11-03', '2026-11-23', ['second'])).toEqual({ stage: 'final', daysOverdue: 20 });
    expect(ask('2026-11-13', '2026-11-23', ['second'])).toMatchObject({ stage: null, reason: 'notDue' });
    expect(ask('2026-10-01', '2026-11-23', ['final'])).toMatchObject({ stage: null, reason: 'done' });
    expect(ask('2026-10-01', '2026-11-23', ['first', 'second', 'final'])).toMatchObject({ reason: 'done' });
  });

  it('does not count a recall notice as a reminder', () => {
    expect(ask('2026-11-22', '2026-11-23', ['recall'])).toEqual({ stage: 'first', daysOverdue: 1 });
  });

  it('follows the office settings for the stage days', () => {
    const answer = dueReminderStage({
      dueDate: '2026-11-20',
      today: '2026-11-23',
      reminderDays: { first: 3, second: 5, final: 7 },
      sent: [],
    });
    expect(answer).toEqual({ stage: 'first', daysOverdue: 3 });
  });
});

describe('who gets a notice', () => {
  const borrower = { id: 'p1', department: '客户服务部' };

  it('addresses the first and second reminders to the borrower', () => {
    expect(noticeAddressees('first', borrower, { 客户服务部: 'm1' })).toEqual({
      to: 'p1',
      cc: [],
      managerMissing: false,
    });
    expect(noticeAddressees('second', borrower, { 客户服务部: 'm1' }).to).toBe('p1');
  });

  it('addresses the final notice to the department manager with the borrower copied', () => {
    expect(noticeAddressees('final', borrower, { 客户服务部: 'm1' })).toEqual({
      to: 'm1',
      cc: ['p1'],
      managerMissing: false,
    });
  });

  it('falls back to the borrower when the department has no manager on record, and says so', () => {
    expect(noticeAddressees('final', borrower, { 投诉处理部: 'm2' })).toEqual({
      to: 'p1',
      cc: [],
      managerMissing: true,
    });
  });

  it('writes once to a manager who is the borrower', () => {
    expect(noticeAddressees('final', borrower, { 客户服务部: 'p1' })).toEqual({
      to: 'p1',
      cc: [],
      managerMissing: false,
    });
  });
});
