import { z } from 'zod';
import { ANY, NOTICE_STAGES, type LendingConfig } from './lending';
import { MATERIAL_TYPES } from './material';
import { isCalendarDate } from './record';
import { fenToYuan, yuanToFen } from './money';

/**
 * What the lending rules screen 借阅规则 accepts: a row of the rules matrix, closed days of the
 * office calendar, the office-wide settings and the notice templates. Messages are i18n keys of the
 * `overdue` namespace, so the form shows them in the user's language.
 */

const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` date, counted in UTC so that no time zone or DST shift moves it. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to`: 1 for the next day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Weekday of a date, 0 = Sunday … 6 = Saturday, as `LendingConfig.closedWeekdays` counts them. */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

// --- the rules matrix -------------------------------------------------------------------------

const whole = (min: number, max: number) =>
  z
    .number({ error: 'rules.validation.number' })
    .int('rules.validation.whole')
    .min(min, 'rules.validation.range')
    .max(max, 'rules.validation.range');

export const loanPolicyInputSchema = z.object({
  materialType: z.enum([ANY, ...MATERIAL_TYPES]),
  /** A known position key, a title as typed in the people registry, or ANY. */
  position: z.string().trim().min(1, 'rules.validation.required').max(60, 'rules.validation.tooLong'),
  loanDays: whole(1, 365),
  maxRenewals: whole(0, 20),
  maxItems: whole(1, 100),
});
export type LoanPolicyInput = z.input<typeof loanPolicyInputSchema>;

// --- the office calendar --------------------------------------------------------------------

/** A range of closed days longer than a year is a typing mistake, not a holiday. */
export const MAX_CLOSED_RANGE_DAYS = 366;

const calendarDate = z.string().trim().refine(isCalendarDate, 'rules.validation.date');

/** A holiday 节假日 or a closure: one date, or a range from–to, with a note. */
export const closedDaysInputSchema = z
  .object({
    from: calendarDate,
    /** Empty for a single day. */
    to: z.string().trim(),
    note: z.string().trim().max(100, 'rules.validation.tooLong'),
  })
  .superRefine((v, ctx) => {
    if (!v.to || !isCalendarDate(v.from)) return;
    if (!isCalendarDate(v.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'rules.validation.date' });
    else if (v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.validation.rangeOrder' });
    else if (daysBetween(v.from, v.to) >= MAX_CLOSED_RANGE_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.validation.rangeTooLong' });
  });
export type ClosedDaysInput = z.input<typeof closedDaysInputSchema>;

/** Every date of a closed-days entry, first to last. */
export function closedDates(input: { from: string; to: string }): string[] {
  const to = input.to || input.from;
  const dates: string[] = [];
  for (let d = input.from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export const closedWeekdaysSchema = z
  .array(z.number().int().min(0).max(6))
  .refine((days) => new Set(days).size < 7, 'calendar.validation.everyDayClosed')
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

// --- office-wide settings -------------------------------------------------------------------

/** The reminder and charge settings as the form holds them; money in yuan. */
export const lendingSettingsInputSchema = z
  .object({
    holdShelfDays: whole(1, 60),
    allowOverdueOverride: z.boolean(),
    reminderFirst: whole(1, 365),
    reminderSecond: whole(1, 365),
    reminderFinal: whole(1, 365),
    damageChargeMode: z.enum(['replacementCost', 'fixed']),
    /** Yuan; used when the mode is `fixed`. */
    damageChargeYuan: z.number({ error: 'rules.validation.number' }).nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.reminderSecond <= v.reminderFirst)
      ctx.addIssue({
        code: 'custom',
        path: ['reminderSecond'],
        message: 'settings.validation.stagesIncrease',
      });
    if (v.reminderFinal <= v.reminderSecond)
      ctx.addIssue({
        code: 'custom',
        path: ['reminderFinal'],
        message: 'settings.validation.stagesIncrease',
      });
    if (v.damageChargeMode === 'fixed') {
      const yuan = v.damageChargeYuan;
      if (yuan === null || !Number.isFinite(yuan) || yuan <= 0 || yuan > 100_000)
        ctx.addIssue({ code: 'custom', path: ['damageChargeYuan'], message: 'settings.validation.amount' });
      else if (Math.abs(yuan * 100 - Math.round(yuan * 100)) > 1e-6)
        ctx.addIssue({ code: 'custom', path: ['damageChargeYuan'], message: 'settings.validation.cents' });
    }
  });
export type LendingSettingsInput = z.input<typeof lendingSettingsInputSchema>;

export function lendingSettingsInput(config: LendingConfig): LendingSettingsInput {
  return {
    holdShelfDays: config.holdShelfDays,
    allowOverdueOverride: config.allowOverdueOverride,
    reminderFirst: config.reminderDays.first,
    reminderSecond: config.reminderDays.second,
    reminderFinal: config.reminderDays.final,
    damageChargeMode: config.damageCharge === null ? 'replacementCost' : 'fixed',
    damageChargeYuan: config.damageCharge === null ? null : fenToYuan(config.damageCharge),
  };
}

/** The settings part of the config that a valid form sets. */
export function lendingSettingsFromInput(
  input: z.output<typeof lendingSettingsInputSchema>,
): Pick<LendingConfig, 'holdShelfDays' | 'allowOverdueOverride' | 'reminderDays' | 'damageCharge'> {
  return {
    holdShelfDays: input.holdShelfDays,
    allowOverdueOverride: input.allowOverdueOverride,
    reminderDays: { first: input.reminderFirst, second: input.reminderSecond, final: input.reminderFinal },
    damageCharge:
      input.damageChargeMode === 'fixed' && input.damageChargeYuan !== null
        ? yuanToFen(input.damageChargeYuan)
        : null,
  };
}

// --- notice templates -----------------------------------------------------------------------

export const noticeTemplateInputSchema = z.object({
  stage: z.enum(NOTICE_STAGES),
  language: z.enum(['zh-CN', 'en']),
  text: z.string().trim().min(1, 'templates.validation.empty').max(4000, 'rules.validation.tooLong'),
});
export type NoticeTemplateInput = z.input<typeof noticeTemplateInputSchema>;
