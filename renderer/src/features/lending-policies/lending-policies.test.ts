import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/domain/errors';
import { defaultLendingConfig } from '../../../../shared/domain/lending';
import { lendingSettingsInput, type LoanPolicyInput } from '../../../../shared/domain/lending-calendar-input';
import { DEFAULT_NOTICE_TEMPLATES } from '../../../../shared/domain/notice-template';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { readLendingConfig } from '../loans';
import { person } from '../overdue/test-data';
import {
  addClosedDays,
  deleteClosedDay,
  deletePolicy,
  resetNoticeTemplate,
  saveClosedWeekdays,
  saveLendingSettings,
  saveNoticeTemplate,
  savePolicy,
  setDepartmentManager,
} from './commands';
import { findPeople, readPolicies, registryValues, upcomingClosedDays } from './queries';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`policies-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ctx = () => ({ actor: 'tester', now: 1_000 });
const row: LoanPolicyInput = {
  materialType: 'textbook',
  position: 'crSpecialist',
  loanDays: 30,
  maxRenewals: 2,
  maxItems: 5,
};

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('the rules matrix', () => {
  it('adds, edits and deletes rows, the default rows first', async () => {
    const textbook = await savePolicy(db, row, ctx());
    await savePolicy(db, { ...row, materialType: '*', position: '*', loanDays: 21 }, ctx());
    await savePolicy(db, { ...textbook, loanDays: 45 }, ctx(), textbook.id);
    expect((await readPolicies(db)).map((p) => [p.materialType, p.position, p.loanDays])).toEqual([
      ['*', '*', 21],
      ['textbook', 'crSpecialist', 45],
    ]);
    await deletePolicy(db, textbook.id);
    expect(await readPolicies(db)).toHaveLength(1);
  });

  it('refuses a second row for the same material type and position, and changes nothing', async () => {
    const first = await savePolicy(db, row, ctx());
    const error = await refusal(savePolicy(db, { ...row, loanDays: 10 }, ctx()));
    expect([error.code, error.field]).toEqual(['overdue:rules.duplicate', 'position']);
    const other = await savePolicy(db, { ...row, position: '培训专员' }, ctx());
    await refusal(savePolicy(db, { ...row, loanDays: 10 }, ctx(), other.id));
    expect((await readPolicies(db)).map((p) => [p.id, p.loanDays])).toEqual([
      [first.id, 30],
      [other.id, 30],
    ]);
  });

  it('refuses bad numbers with a message key and writes nothing', async () => {
    const error = await refusal(savePolicy(db, { ...row, maxItems: 0 }, ctx()));
    expect([error.code, error.field]).toEqual(['overdue:rules.validation.range', 'maxItems']);
    expect(await readPolicies(db)).toEqual([]);
  });

  it('offers the positions and departments people hold, each once', async () => {
    await db.people.bulkAdd([
      person('p1', '张伟', '客户服务部'),
      { ...person('p2', '李娜', '投诉处理部'), position: '培训专员' },
      person('p3', '王芳', '客户服务部'),
    ]);
    expect(await registryValues(db, 'department')).toEqual(['客户服务部', '投诉处理部']);
    expect(await registryValues(db, 'position')).toEqual(['crSpecialist', '培训专员']);
    expect((await findPeople(db, 'wangf')).map((p) => p.name)).toEqual(['王芳']);
  });
});

describe('the office calendar', () => {
  it('closes a range of dates with a note, lists the upcoming ones, and reopens one', async () => {
    expect(await addClosedDays(db, { from: '2026-10-01', to: '2026-10-07', note: '国庆节' })).toHaveLength(7);
    await addClosedDays(db, { from: '2026-01-01', to: '', note: '元旦' });
    const upcoming = await upcomingClosedDays(db, '2026-09-30');
    expect(upcoming.map((d) => d.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(upcoming[0]!.note).toBe('国庆节');
    await deleteClosedDay(db, '2026-10-03');
    expect(await upcomingClosedDays(db, '2026-09-30')).toHaveLength(6);
  });

  it('refuses a backwards range and closing every weekday, changing nothing', async () => {
    await refusal(addClosedDays(db, { from: '2026-10-07', to: '2026-10-01', note: '' }));
    expect(await upcomingClosedDays(db, '2026-01-01')).toEqual([]);
    await refusal(saveClosedWeekdays(db, [0, 1, 2, 3, 4, 5, 6]));
    expect((await readLendingConfig(db)).closedWeekdays).toEqual([0, 6]);
    await saveClosedWeekdays(db, [0]);
    expect((await readLendingConfig(db)).closedWeekdays).toEqual([0]);
  });
});

describe('the office settings', () => {
  it('saves reminder days, hold-shelf days, the override and a set damage charge in fen', async () => {
    await saveLendingSettings(db, {
      ...lendingSettingsInput(defaultLendingConfig()),
      holdShelfDays: 5,
      allowOverdueOverride: false,
      reminderFirst: 3,
      reminderSecond: 10,
      reminderFinal: 20,
      damageChargeMode: 'fixed',
      damageChargeYuan: 80,
    });
    expect(await readLendingConfig(db)).toMatchObject({
      holdShelfDays: 5,
      allowOverdueOverride: false,
      reminderDays: { first: 3, second: 10, final: 20 },
      damageCharge: 8000,
    });
  });

  it('refuses reminder stages that do not increase and keeps the stored ones', async () => {
    const error = await refusal(
      saveLendingSettings(db, { ...lendingSettingsInput(defaultLendingConfig()), reminderFinal: 8 }),
    );
    expect(error.code).toBe('overdue:settings.validation.stagesIncrease');
    expect((await readLendingConfig(db)).reminderDays).toEqual({ first: 1, second: 8, final: 15 });
  });

  it('names and forgets department managers', async () => {
    await setDepartmentManager(db, '客户服务部', 'p9');
    await setDepartmentManager(db, '投诉处理部', 'p8');
    await setDepartmentManager(db, '客户服务部', null);
    expect((await readLendingConfig(db)).departmentManagers).toEqual({ 投诉处理部: 'p8' });
  });

  it('keeps the office’s template per stage and language, and goes back to the shipped one', async () => {
    await saveNoticeTemplate(db, { stage: 'first', language: 'zh-CN', text: '  {borrower}，请还书。 ' });
    const saved = (await readLendingConfig(db)).templates.first!;
    expect(saved).toEqual({ 'zh-CN': '{borrower}，请还书。', en: DEFAULT_NOTICE_TEMPLATES.first.en });
    await refusal(saveNoticeTemplate(db, { stage: 'first', language: 'zh-CN', text: '   ' }));
    expect((await readLendingConfig(db)).templates.first).toEqual(saved);
    await resetNoticeTemplate(db, 'first', 'zh-CN');
    expect((await readLendingConfig(db)).templates).toEqual({});
  });
});
