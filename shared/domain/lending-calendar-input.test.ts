import { describe, expect, it } from 'vitest';
import { defaultLendingConfig } from './lending';
import {
  addDays,
  closedDates,
  closedDaysInputSchema,
  closedWeekdaysSchema,
  daysBetween,
  lendingSettingsFromInput,
  lendingSettingsInput,
  lendingSettingsInputSchema,
  loanPolicyInputSchema,
  noticeTemplateInputSchema,
  weekdayOf,
  type LendingSettingsInput,
} from './lending-calendar-input';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-01', '2026-10-08')).toBe(7);
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-22')).toBe(0);
  });
});

describe('a row of the rules matrix', () => {
  it('accepts a material type or any, a position and whole-number limits', () => {
    const row = { materialType: '*', position: ' crManager ', loanDays: 30, maxRenewals: 2, maxItems: 5 };
    expect(loanPolicyInputSchema.parse(row)).toEqual({ ...row, position: 'crManager' });
  });

  it('refuses an empty position, a zero loan period, fractions and unknown types', () => {
    const result = loanPolicyInputSchema.safeParse({
      materialType: 'poster',
      position: ' ',
      loanDays: 0,
      maxRenewals: 1.5,
      maxItems: 5,
    });
    expect(issues(result)).toEqual([
      ['materialType', expect.any(String)],
      ['position', 'rules.validation.required'],
      ['loanDays', 'rules.validation.range'],
      ['maxRenewals', 'rules.validation.whole'],
    ]);
  });
});

describe('closed days', () => {
  it('takes one date or a range with a note and lists every date of it', () => {
    expect(closedDates({ from: '2026-10-01', to: '2026-10-07' })).toHaveLength(7);
    expect(closedDates({ from: '2026-10-01', to: '' })).toEqual(['2026-10-01']);
    expect(
      closedDaysInputSchema.safeParse({ from: '2026-10-01', to: '2026-10-07', note: '国庆节' }).success,
    ).toBe(true);
  });

  it('refuses a date that does not exist, a range that ends before it starts, and one over a year', () => {
    expect(issues(closedDaysInputSchema.safeParse({ from: '2026-02-30', to: '', note: '' }))).toEqual([
      ['from', 'rules.validation.date'],
    ]);
    expect(
      issues(closedDaysInputSchema.safeParse({ from: '2026-10-07', to: '2026-10-01', note: '' })),
    ).toEqual([['to', 'calendar.validation.rangeOrder']]);
    expect(
      issues(closedDaysInputSchema.safeParse({ from: '2026-01-01', to: '2027-01-02', note: '' })),
    ).toEqual([['to', 'calendar.validation.rangeTooLong']]);
  });

  it('keeps at least one weekday open', () => {
    expect(closedWeekdaysSchema.parse([6, 0, 6])).toEqual([0, 6]);
    expect(issues(closedWeekdaysSchema.safeParse([0, 1, 2, 3, 4, 5, 6]))).toEqual([
      ['', 'calendar.validation.everyDayClosed'],
    ]);
  });
});

describe('office settings', () => {
  const base = (): LendingSettingsInput => lendingSettingsInput(defaultLendingConfig());

  it('round-trips the stored config, with the damage charge in yuan on the form and fen when stored', () => {
    expect(base()).toMatchObject({ reminderFirst: 1, reminderSecond: 8, reminderFinal: 15 });
    const parsed = lendingSettingsInputSchema.parse({
      ...base(),
      damageChargeMode: 'fixed',
      damageChargeYuan: 35.5,
    });
    expect(lendingSettingsFromInput(parsed)).toEqual({
      holdShelfDays: 7,
      allowOverdueOverride: true,
      reminderDays: { first: 1, second: 8, final: 15 },
      damageCharge: 3550,
    });
    expect(lendingSettingsInput({ ...defaultLendingConfig(), damageCharge: 3550 })).toMatchObject({
      damageChargeMode: 'fixed',
      damageChargeYuan: 35.5,
    });
  });

  it('wants the reminder stages strictly increasing', () => {
    expect(issues(lendingSettingsInputSchema.safeParse({ ...base(), reminderSecond: 1 }))).toEqual([
      ['reminderSecond', 'settings.validation.stagesIncrease'],
    ]);
    expect(issues(lendingSettingsInputSchema.safeParse({ ...base(), reminderFinal: 8 }))).toEqual([
      ['reminderFinal', 'settings.validation.stagesIncrease'],
    ]);
  });

  it('wants a set damage charge above zero in whole fen', () => {
    const fixed = (damageChargeYuan: number | null) =>
      issues(
        lendingSettingsInputSchema.safeParse({ ...base(), damageChargeMode: 'fixed', damageChargeYuan }),
      );
    expect(fixed(null)).toEqual([['damageChargeYuan', 'settings.validation.amount']]);
    expect(fixed(0)).toEqual([['damageChargeYuan', 'settings.validation.amount']]);
    expect(fixed(12.345)).toEqual([['damageChargeYuan', 'settings.validation.cents']]);
    expect(fixed(0.1 + 0.2)).toEqual([]);
  });
});

describe('notice templates', () => {
  it('refuses an empty template', () => {
    expect(
      issues(noticeTemplateInputSchema.safeParse({ stage: 'first', language: 'en', text: '  ' })),
    ).toEqual([['text', 'templates.validation.empty']]);
  });
});
