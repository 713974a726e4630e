import type { ZodType } from 'zod';
import { DomainError } from '../../../../shared/domain/errors';
import type { LendingConfig, LoanPolicy, NoticeStage } from '../../../../shared/domain/lending';
import {
  closedDates,
  closedDaysInputSchema,
  closedWeekdaysSchema,
  lendingSettingsFromInput,
  lendingSettingsInputSchema,
  loanPolicyInputSchema,
  noticeTemplateInputSchema,
  type ClosedDaysInput,
  type LendingSettingsInput,
  type LoanPolicyInput,
  type NoticeTemplateInput,
} from '../../../../shared/domain/lending-calendar-input';
import { DEFAULT_NOTICE_TEMPLATES, type NoticeLanguage } from '../../../../shared/domain/notice-template';
import type { TrainDeskDatabase } from '../../db';
import { readLendingConfig } from '../loans';
import { newId, type WriteContext } from '../shared-ui';

/** Parses input or refuses it with the first problem, as an i18n key of the overdue namespace. */
function validate<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(`overdue:${issue.message}`, issue.path.map(String).join('.'));
  }
  return parsed.data;
}

/**
 * Saves a row of the rules matrix (a new one when `id` is absent). One row per material type and
 * position: the unique index would refuse a second, so say which row is already there instead.
 */
export async function savePolicy(
  db: TrainDeskDatabase,
  input: LoanPolicyInput,
  ctx: WriteContext,
  id?: string,
): Promise<LoanPolicy> {
  const fields = validate(loanPolicyInputSchema, input);
  return db.transaction('rw', [db.loanPolicies], async () => {
    const same = await db.loanPolicies
      .where('[materialType+position]')
      .equals([fields.materialType, fields.position])
      .first();
    if (same && same.id !== id) throw new DomainError('overdue:rules.duplicate', 'position');
    const current = id ? await db.loanPolicies.get(id) : undefined;
    if (id && !current) throw new DomainError('overdue:rules.notFound');
    const policy: LoanPolicy = {
      id: current?.id ?? newId(ctx),
      createdAt: current?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      ...fields,
    };
    await db.loanPolicies.put(policy);
    return policy;
  });
}

/**
 * Removes a row of the rules matrix. A hard delete, unlike records: a rule is configuration, its
 * key is unique, and the engine's lookup by `[materialType+position]` must not find a tombstone.
 */
export async function deletePolicy(db: TrainDeskDatabase, id: string): Promise<void> {
  await db.loanPolicies.delete(id);
}

/** Closes the office on a date or every date of a range; a date already closed takes the new note. */
export async function addClosedDays(db: TrainDeskDatabase, input: ClosedDaysInput): Promise<string[]> {
  const fields = validate(closedDaysInputSchema, input);
  const dates = closedDates(fields);
  await db.closedDays.bulkPut(dates.map((date) => ({ date, note: fields.note })));
  return dates;
}

export async function deleteClosedDay(db: TrainDeskDatabase, date: string): Promise<void> {
  await db.closedDays.delete(date);
}

/** Changes the settings row in one transaction, from the stored row or the shipped defaults. */
async function updateConfig(db: TrainDeskDatabase, change: (config: LendingConfig) => LendingConfig) {
  return db.transaction('rw', [db.lendingConfig], async () => {
    const next = change(await readLendingConfig(db));
    await db.lendingConfig.put(next);
    return next;
  });
}

export async function saveClosedWeekdays(db: TrainDeskDatabase, weekdays: number[]): Promise<LendingConfig> {
  const closedWeekdays = validate(closedWeekdaysSchema, weekdays);
  return updateConfig(db, (config) => ({ ...config, closedWeekdays }));
}

export async function saveLendingSettings(
  db: TrainDeskDatabase,
  input: LendingSettingsInput,
): Promise<LendingConfig> {
  const settings = lendingSettingsFromInput(validate(lendingSettingsInputSchema, input));
  return updateConfig(db, (config) => ({ ...config, ...settings }));
}

/** Names who receives a department's final notices; `null` forgets the manager. */
export async function setDepartmentManager(
  db: TrainDeskDatabase,
  department: string,
  personId: string | null,
): Promise<LendingConfig> {
  return updateConfig(db, (config) => {
    const { [department]: _previous, ...others } = config.departmentManagers;
    return { ...config, departmentManagers: personId ? { ...others, [department]: personId } : others };
  });
}

/** Saves the office's own text for one stage and language; the other language keeps its text. */
export async function saveNoticeTemplate(
  db: TrainDeskDatabase,
  input: NoticeTemplateInput,
): Promise<LendingConfig> {
  const { stage, language, text } = validate(noticeTemplateInputSchema, input);
  return updateConfig(db, (config) => {
    const current = config.templates[stage] ?? DEFAULT_NOTICE_TEMPLATES[stage];
    return { ...config, templates: { ...config.templates, [stage]: { ...current, [language]: text } } };
  });
}

/** Goes back to the shipped text for one stage and language. */
export async function resetNoticeTemplate(
  db: TrainDeskDatabase,
  stage: NoticeStage,
  language: NoticeLanguage,
): Promise<LendingConfig> {
  return updateConfig(db, (config) => {
    const current = config.templates[stage];
    if (!current) return config;
    const next = { ...current, [language]: DEFAULT_NOTICE_TEMPLATES[stage][language] };
    const { [stage]: _previous, ...others } = config.templates;
    const isDefault =
      next['zh-CN'] === DEFAULT_NOTICE_TEMPLATES[stage]['zh-CN'] &&
      next.en === DEFAULT_NOTICE_TEMPLATES[stage].en;
    return { ...config, templates: isDefault ? others : { ...others, [stage]: next } };
  });
}
