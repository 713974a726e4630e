import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/domain/lending-calendar-input';
import { defaultLendingConfig, LENDING_COUNTERS } from '../../../../shared/domain/lending';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { generateReminders, planReminders, type ReminderContext, type ReminderOptions } from './commands';
import {
  departmentsWithLoans,
  fetchNoticeLogPage,
  fetchOverduePage,
  loansDueANotice,
  noticesSentAt,
  readLendingOverview,
  type OverdueQuery,
} from './queries';
import { lettersOf } from './letters';
import { copy, loan, person } from './test-data';

const TODAY = '2026-11-23';
const reminderDays = defaultLendingConfig().reminderDays;

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`overdue-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

let ids = 0;
const ctx = (now = 1_000, today = TODAY): ReminderContext => ({
  actor: 'tester',
  now,
  today,
  newId: () => `n${ids++}`,
});
const options: ReminderOptions = {
  language: 'zh-CN',
  channel: 'letter',
  noManager: (department) => `${department}负责人`,
};

const zhang = person('p1', '张伟', '客户服务部');
const li = person('p2', '李娜', '投诉处理部');
const wang = person('p3', '王芳', '客户服务部');
const boss = person('p9', '赵磊', '客户服务部');
const handbook = copy('c1', 'TD0001', '投诉处理实务', 2);
const cases = copy('c2', 'TD0002', '客户沟通案例集');
const etiquette = copy('c3', 'TD0003', '服务礼仪手册');
const returned = copy('c4', 'TD0004', '已归还的书');

async function seed() {
  await db.people.bulkAdd([zhang, li, wang, boss]);
  await db.copies.bulkAdd([handbook, cases, etiquette, returned]);
  await db.loans.bulkAdd([
    loan('L1', zhang, handbook, '2026-11-03'), // 20 days overdue
    loan('L2', zhang, cases, '2026-11-22'), // 1 day
    loan('L3', li, etiquette, '2026-11-13'), // 10 days
    loan('L4', wang, returned, '2026-11-01', 0), // returned: never on the list
    loan('L5', wang, copy('c5', 'TD0005', '未到期'), '2026-11-23'), // due today: not overdue
    loan('L6', wang, copy('c6', 'TD0006', '下周到期'), '2026-11-27'),
  ]);
  await db.counters.bulkPut([
    { key: LENDING_COUNTERS.openLoans, value: 5 },
    { key: LENDING_COUNTERS.holdsWaiting, value: 2 },
    { key: LENDING_COUNTERS.holdsReady, value: 1 },
  ]);
}

const q = (overrides: Partial<OverdueQuery> = {}): OverdueQuery => ({
  view: 'overdue',
  today: TODAY,
  ...overrides,
});

describe('the overdue list', () => {
  it('lists open loans due before today, most days overdue first, with the reminder due for each', async () => {
    await seed();
    const page = await fetchOverduePage(db, q(), reminderDays, null, 100);
    expect(page.rows.map((r) => [r.loan.id, r.daysOverdue, r.dueStage])).toEqual([
      ['L1', 20, 'final'],
      ['L3', 10, 'second'],
      ['L2', 1, 'first'],
    ]);
    expect(page.after).toBeNull();
  });

  it('pages through a long list after the last key, without repeating or losing a loan', async () => {
    const borrower = person('p1', '张伟', '客户服务部');
    const many = Array.from({ length: 250 }, (_, i) =>
      loan(
        `L${String(i).padStart(3, '0')}`,
        borrower,
        copy(`c${i}`, `B${i}`, '书'),
        addDays(TODAY, -1 - (i % 40)),
      ),
    );
    await db.loans.bulkAdd(many);
    const seen: string[] = [];
    let after = null;
    let pages = 0;
    do {
      const page = await fetchOverduePage(db, q(), reminderDays, after, 100);
      seen.push(...page.rows.map((r) => r.loan.id));
      after = page.after;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
    const dues = seen.map((id) => many.find((l) => l.id === id)!.dueDate);
    expect(dues).toEqual([...dues].sort());
  });

  it('filters by department from its own index, by minimum days overdue and by borrower name', async () => {
    await seed();
    const ofDepartment = await fetchOverduePage(db, q({ department: '客户服务部' }), reminderDays, null, 100);
    expect(ofDepartment.rows.map((r) => r.loan.id)).toEqual(['L1', 'L2']);
    const atLeastAWeek = await fetchOverduePage(db, q({ minDays: 7 }), reminderDays, null, 100);
    expect(atLeastAWeek.rows.map((r) => r.loan.id)).toEqual(['L1', 'L3']);
    const byName = await fetchOverduePage(db, q({ borrower: '李' }), reminderDays, null, 100);
    expect(byName.rows.map((r) => r.loan.id)).toEqual(['L3']);
  });

  it('pages one department after its last key and never strays into another department', async () => {
    const a = person('pa', '甲', 'A部');
    const b = person('pb', '乙', 'B部');
    await db.loans.bulkAdd([
      ...Array.from({ length: 5 }, (_, i) =>
        loan(`A${i}`, a, copy(`ca${i}`, `A${i}`, '书'), addDays(TODAY, -10 + i)),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        loan(`B${i}`, b, copy(`cb${i}`, `B${i}`, '书'), addDays(TODAY, -10 + i)),
      ),
    ]);
    const first = await fetchOverduePage(db, q({ department: 'A部' }), reminderDays, null, 3);
    const second = await fetchOverduePage(db, q({ department: 'A部' }), reminderDays, first.after, 3);
    expect([...first.rows, ...second.rows].map((r) => r.loan.id)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(second.after).toBeNull();
  });

  it('shows loans due in the next seven days and every loan out in the other views', async () => {
    await seed();
    const soon = await fetchOverduePage(db, q({ view: 'dueSoon' }), reminderDays, null, 100);
    expect(soon.rows.map((r) => r.loan.id)).toEqual(['L5', 'L6']);
    const out = await fetchOverduePage(db, q({ view: 'onLoan' }), reminderDays, null, 100);
    expect(out.rows.map((r) => r.loan.id)).toEqual(['L1', 'L3', 'L2', 'L5', 'L6']);
  });

  it('lists the departments with loans out, each once', async () => {
    await seed();
    expect(await departmentsWithLoans(db)).toEqual(['客户服务部', '投诉处理部']);
  });

  it('counts the overview tile: loans out and holds from counters, overdue and due this week from the index', async () => {
    await seed();
    expect(await readLendingOverview(db, TODAY)).toEqual({
      onLoan: 5,
      overdue: 3,
      dueSoon: 2,
      holdsWaiting: 2,
      holdsReady: 1,
    });
  });
});

describe('generating reminders', () => {
  it('writes one notice per loan for the next due stage, one letter per borrower and stage', async () => {
    await seed();
    await db.lendingConfig.put({ ...defaultLendingConfig(), departmentManagers: { 客户服务部: 'p9' } });
    const batch = await generateReminders(db, ctx(), ['L1', 'L2', 'L3', 'L4', 'L5'], options);

    expect(batch.letters.map((l) => [l.borrower.name, l.stage, l.to.name, l.cc.map((c) => c.name)])).toEqual([
      ['李娜', 'second', '李娜', []],
      ['张伟', 'first', '张伟', []],
      ['张伟', 'final', '赵磊', ['张伟']],
    ]);
    expect(batch.skipped.map((s) => [s.loanId, s.reason])).toEqual([
      ['L4', 'notOpen'],
      ['L5', 'notDue'],
    ]);
    const final = batch.letters.find((l) => l.stage === 'final')!;
    expect(final.text).toContain('赵磊：');
    expect(final.text).toContain('《投诉处理实务》第2版　条码 TD0001　应还日期 2026年11月3日　已逾期 20 天');
    expect(final.text).toContain('抄送：张伟');

    const stored = await noticesSentAt(db, batch.sentAt);
    expect(stored.map((n) => [n.loanId, n.stage, n.channel]).sort()).toEqual([
      ['L1', 'final', 'letter'],
      ['L2', 'first', 'letter'],
      ['L3', 'second', 'letter'],
    ]);
    expect(stored.find((n) => n.loanId === 'L1')!.body).toBe(final.text);
  });

  it('never sends the same notice twice: a second run skips what went out and says why', async () => {
    await seed();
    await generateReminders(db, ctx(1_000), ['L1', 'L2', 'L3'], options);
    const again = await generateReminders(db, ctx(2_000), ['L1', 'L2', 'L3'], options);
    expect(again.letters).toEqual([]);
    expect(again.notices).toEqual([]);
    expect(again.skipped.map((s) => [s.loanId, s.reason])).toEqual([
      ['L1', 'done'],
      ['L2', 'notDue'],
      ['L3', 'notDue'],
    ]);
    expect(await db.notices.where('[loanId+stage]').between(['', ''], ['\uffff', '\uffff']).count()).toBe(3);

    // A week later the loan that had its first reminder is due its second.
    const later = await generateReminders(db, ctx(3_000, addDays(TODAY, 7)), ['L2'], options);
    expect(later.letters.map((l) => l.stage)).toEqual(['second']);
  });

  it('addresses a final notice to the borrower when the department has no manager on record', async () => {
    await seed();
    const plan = await planReminders(db, ctx(), ['L1'], options);
    expect(plan.letters[0]).toMatchObject({ stage: 'final', managerMissing: true, to: { id: 'p1' } });
    expect(plan.letters[0]!.text.split('\n')[2]).toBe('客户服务部负责人：');
    expect(await db.notices.count()).toBe(0);
  });

  it('writes nothing when any notice of the run fails', async () => {
    await seed();
    let calls = 0;
    const failSecond = () => {
      if (++calls === 2) throw new Error('disk full');
    };
    db.notices.hook('creating', failSecond);
    await expect(generateReminders(db, ctx(), ['L1', 'L2', 'L3'], options)).rejects.toThrow();
    db.notices.hook('creating').unsubscribe(failSecond);
    expect(calls).toBe(2);
    expect(await noticesSentAt(db, 1_000)).toEqual([]);
    // With the fault gone the same run goes through whole.
    expect((await generateReminders(db, ctx(), ['L1', 'L2', 'L3'], options)).notices).toHaveLength(3);
  });

  it('finds every loan due a notice with the list filters, reading the list page by page', async () => {
    await seed();
    await generateReminders(db, ctx(), ['L2'], options);
    expect(await loansDueANotice(db, q(), reminderDays)).toEqual(['L1', 'L3']);
    expect(await loansDueANotice(db, q({ department: '投诉处理部' }), reminderDays)).toEqual(['L3']);
  });
});

describe('the notices log', () => {
  it('lists notices newest first across stages and pages through a batch that shares one instant', async () => {
    await seed();
    const many = Array.from({ length: 7 }, (_, i) =>
      loan(`M${i}`, li, copy(`cm${i}`, `M${i}`, '书'), addDays(TODAY, -2 - i)),
    );
    await db.loans.bulkAdd(many);
    await generateReminders(db, ctx(1_000), ['L1'], options);
    await generateReminders(db, ctx(2_000), [...many.map((l) => l.id), 'L3'], options);
    const seen: string[] = [];
    const instants: number[] = [];
    let after = null;
    do {
      const page = await fetchNoticeLogPage(db, after, 3);
      seen.push(...page.rows.map((r) => r.notice.loanId));
      instants.push(...page.rows.map((r) => r.notice.sentAt));
      expect(page.rows.every((r) => r.loan?.id === r.notice.loanId)).toBe(true);
      after = page.after;
    } while (after);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(seen[8]).toBe('L1');
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
  });
});

describe('printed letters', () => {
  it('prints one letter per borrower and stage however many loans it lists', async () => {
    await seed();
    await db.loans.add(loan('L7', zhang, copy('c7', 'TD0007', '第二本'), '2026-11-21'));
    const batch = await generateReminders(db, ctx(), ['L1', 'L2', 'L3', 'L7'], options);
    expect(batch.notices).toHaveLength(4);
    const letters = lettersOf(batch.notices);
    expect(letters.map((l) => l.body.split('\n')[0])).toEqual([
      '逾期归还提醒',
      '逾期归还第二次提醒',
      '逾期资料最后通知',
    ]);
    expect(letters[0]!.body).toContain('《客户沟通案例集》');
    expect(letters[0]!.body).toContain('《第二本》');
  });
});
