/**
 * Seeded lending data for the `lending` benchmarks (README.md "Lending"): materials and their
 * editions, printed copies, 300,000 returned loans, the open loans of today (a few hundred overdue),
 * reminder notices already sent, each copy's 'added' event, the rules matrix and the counters.
 *
 * Same rules as generate.ts: no Math.random, no clock, no locale. "Today" is passed in (the app
 * compares due dates with the real calendar, so run.mjs passes the machine's local date; the
 * determinism self-check passes a fixed one). Every kind of record has its own random stream.
 *
 * The returned loans are produced lazily (`historicalLoans()`), copy by copy and in time order per
 * copy (a copy's loans never overlap), so that 300,000 of them never sit in the page's heap at once.
 */
import { COURSE_CATEGORIES } from '../../shared/domain/catalog';
import {
  ANY,
  CURRENCY,
  defaultLendingConfig,
  LENDING_COUNTERS,
  type Copy,
  type CopyCondition,
  type CopyEvent,
  type LendingConfig,
  type Loan,
  type LoanPolicy,
  type Notice,
  type NoticeStage,
} from '../../shared/domain/lending';
import type { Edition, Material, MaterialType } from '../../shared/domain/material';
import type { Person } from '../../shared/domain/person';
import { nameSortKey } from '../../shared/domain/pinyin-search';
import type { RecordMeta } from '../../shared/domain/record';
import { BARCODE_SEQUENCE_COUNTER } from '../../renderer/src/features/copies/counters';
import { LIVE_MATERIALS_COUNTER } from '../../renderer/src/features/materials/counters';
import { LIVE_PEOPLE_COUNTER } from '../../renderer/src/features/people/counters';
import {
  DEFAULT_SEED,
  fingerprint,
  generatePeople,
  livePeople,
  PRESETS,
  Rng,
  Weighted,
  type PresetName,
} from './generate';

// ---------------------------------------------------------------------------------------------
// Presets

export interface LendingPreset {
  description: string;
  /** The people (borrowers) of generate.ts's preset of this name. */
  people: PresetName;
  materials: number;
  copies: number;
  /** Returned loans in all, the heavy borrower's included. */
  historicalLoans: number;
  /** Loans open today, the heavy borrower's included. */
  openLoans: number;
  /** Of the open loans, those whose due date has passed. */
  overdueLoans: number;
  /** Past loans of the one borrower whose page is benchmarked. */
  heavyPastLoans: number;
  heavyOpenLoans: number;
  /** Borrowers and available copies set aside for the desk (UI, raw and engine runs; none has a loan open). */
  deskBorrowers: number;
  deskCopies: number;
}

/** The scale: 20,000 copies, 300,000 returned loans, ~5,000 people. */
export const FULL_LENDING: LendingPreset = {
  description:
    '2,000 materials, 20,000 copies, 300,000 returned loans, 3,000 open (300 overdue), 5,060 people',
  people: 'largeDepartment',
  materials: 2_000,
  copies: 20_000,
  historicalLoans: 300_000,
  openLoans: 3_000,
  overdueLoans: 300,
  heavyPastLoans: 500,
  heavyOpenLoans: 3,
  deskBorrowers: 24,
  deskCopies: 240,
};

/**
 * The full preset scaled by `fraction` (BENCH_SCALE=small: 0.05). The heavy borrower keeps exactly
 * 500 past loans and the desk its borrowers and copies at every scale; the people stay ~5,000
 * unless `people` says otherwise.
 */
export function lendingPreset(fraction = 1, people: PresetName = FULL_LENDING.people): LendingPreset {
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`lending scale ${fraction}: expected 0 < scale ≤ 1`);
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * fraction));
  if (fraction === 1 && people === FULL_LENDING.people) return FULL_LENDING;
  const copies = scaled(FULL_LENDING.copies, 400);
  return {
    ...FULL_LENDING,
    description: `${fraction} × the full lending preset`,
    people,
    materials: scaled(FULL_LENDING.materials, 20),
    copies,
    historicalLoans: Math.max(scaled(FULL_LENDING.historicalLoans, 2_000), FULL_LENDING.heavyPastLoans * 2),
    openLoans: scaled(FULL_LENDING.openLoans, 30),
    overdueLoans: scaled(FULL_LENDING.overdueLoans, 10),
  };
}

/** The preset of the determinism self-check: small enough to fingerprint whole. */
export const LENDING_CHECK_PRESET = lendingPreset(0.01, 'small');
/** A fixed "today" for the self-check (a Tuesday). */
export const LENDING_CHECK_TODAY = '2025-07-01';

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The app ships with Saturdays and Sundays closed (defaultLendingConfig): due dates move to Monday. */
function openDayFrom(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/** The last open day before `day`. */
function openDayBefore(day: number): number {
  let d = day - 1;
  while ([0, 6].includes(new Date(d * DAY_MS).getUTCDay())) d--;
  return d;
}

/** An instant during office hours (09:00–17:00 UTC) of a day. */
const officeInstant = (rng: Rng, day: number) => day * DAY_MS + 9 * HOUR_MS + rng.int(0, 8 * HOUR_MS - 1);

// ---------------------------------------------------------------------------------------------
// Vocabulary

// prettier-ignore
const TOPICS = [
  '投诉处理实务', '客户服务礼仪', '有效倾听与提问', '售后服务规范', '退换货政策解读', '客户满意度提升',
  '情绪管理与压力调适', '难缠客户沟通技巧', '客户数据分析', '客户忠诚度管理', '危机公关与应急处理',
  '跨部门协作', '消费者权益保护法', '产品知识手册', '电话沟通技巧', '在线客服文字沟通', '服务补救策略',
  '质检标准与录音复盘', '新员工入职培训', '班组长管理实务', '大客户服务', '会员服务运营', '呼叫中心运营管理',
  '服务话术汇编', '客户体验设计',
];
const TYPE_SUFFIX: Record<MaterialType, string[]> = {
  textbook: ['教材', '教程', '读本'],
  handout: ['讲义', '学员手册', '练习册'],
  caseCollection: ['案例集', '案例汇编'],
  slides: ['课件', '演示文稿'],
  video: ['视频课程', '教学录像'],
  other: ['参考资料', '工具卡片', '速查手册'],
};
// prettier-ignore
const MATERIAL_TYPES_BY_SHARE = new Weighted<MaterialType>([
  ['textbook', 40], ['handout', 25], ['caseCollection', 12], ['slides', 8], ['video', 7], ['other', 8],
]);
// prettier-ignore
const AUTHORS = [
  '王建国', '李晓燕', '张伟', '刘芳', '陈静', '杨帆', '赵磊', '黄丽', '周婷', '吴昊', '培训部', '客户服务部',
  '质量管理部', 'Sarah Johnson', 'Michael Chen',
];
const CONDITIONS = new Weighted<CopyCondition>([
  ['new', 25],
  ['good', 50],
  ['worn', 20],
  ['damaged', 5],
]);
const EDITORS = ['admin', 'li.na', 'wang.fang', 'zhang.wei', 'import'];
const DESK_ACTORS = ['li.na', 'wang.fang', 'zhang.wei'];

function meta(rng: Rng, createdAt: number, updatedAt = createdAt, by = rng.pick(EDITORS)): RecordMeta {
  return { id: rng.uuid(), createdAt, updatedAt, updatedBy: by };
}

// ---------------------------------------------------------------------------------------------
// The data set

export interface DeskBorrower {
  id: string;
  employeeNo: string;
  name: string;
  department: string;
}

/** What the scenarios need to know about the generated data. */
export interface LendingPlan {
  today: string;
  /** Active employees with no loan open and none overdue, for the desk rounds. */
  deskBorrowers: DeskBorrower[];
  /** Barcodes of available copies of current editions, no hold, none lent by the generator. */
  deskCopies: string[];
  heavyBorrower: DeskBorrower & {
    pastLoans: number;
    openLoans: number;
    openBarcodes: string[];
    openTitles: string[];
  };
  overdue: { loans: number; departments: number; oldestDueDate: string };
}

export interface LendingData {
  preset: LendingPreset;
  seed: number;
  people: Person[];
  materials: Material[];
  editions: Edition[];
  copies: Copy[];
  openLoans: Loan[];
  notices: Notice[];
  events: CopyEvent[];
  policies: LoanPolicy[];
  config: LendingConfig;
  counters: { key: string; value: number }[];
  plan: LendingPlan;
  /** The returned loans, copy by copy, lazily: `historicalLoans.length` of them. */
  historicalLoans: { length: number; iterate: () => Generator<Loan> };
}

interface Slot {
  /** First day the copy could go out (acquisition), last day a past loan may end. */
  from: number;
  to: number;
  count: number;
}

function materialsAndEditions(rng: Rng, preset: LendingPreset, today: number) {
  const materials: Material[] = [];
  const editions: Edition[] = [];
  for (let i = 0; i < preset.materials; i++) {
    const type = MATERIAL_TYPES_BY_SHARE.draw(rng);
    const title = `${rng.pick(TOPICS)}${rng.pick(TYPE_SUFFIX[type])}`;
    const createdDay = today - rng.int(400, 2_000);
    const editionCount = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
    const withdrawnLatest = rng.chance(0.03);
    const material: Material = {
      ...meta(rng, officeInstant(rng, createdDay)),
      title,
      type,
      authors: rng.sample(AUTHORS, rng.int(1, 2)),
      category: rng.pick(COURSE_CATEGORIES),
      description: `${title}，供${rng.pick(['新员工', '一线坐席', '班组长', '质检人员'])}培训使用。`,
      currentEdition: withdrawnLatest ? 0 : editionCount,
      del: 0,
      titleKey: nameSortKey(title),
    };
    let day = createdDay;
    for (let n = 1; n <= editionCount; n++) {
      const latest = n === editionCount;
      const status = !latest ? 'superseded' : withdrawnLatest ? 'withdrawn' : 'current';
      const at = officeInstant(rng, day);
      const edition: Edition = {
        ...meta(rng, at),
        materialId: material.id,
        number: n,
        date: isoDay(day),
        files: [],
        changeNote: n === 1 ? '' : rng.pick(['更新政策条款', '补充新案例', '修订话术示范', '勘误']),
        status,
        attachmentShas: [],
      };
      if (status === 'withdrawn') {
        edition.withdrawnReason = '内容与现行政策不符';
        edition.withdrawnAt = at + 30 * DAY_MS;
      }
      editions.push(edition);
      day += rng.int(120, Math.max(121, Math.floor((today - 60 - createdDay) / editionCount)));
    }
    material.updatedAt = editions[editions.length - 1]!.createdAt;
    materials.push(material);
  }
  return { materials, editions };
}

export function generateLending(preset: LendingPreset, seed = DEFAULT_SEED, todayDate: string): LendingData {
  const today = dayOf(todayDate);
  const people = generatePeople(PRESETS[preset.people], seed);
  const { materials, editions } = materialsAndEditions(new Rng(seed, 'lending.materials'), preset, today);
  const editionsOf = new Map<string, Edition[]>();
  for (const e of editions) editionsOf.set(e.materialId, [...(editionsOf.get(e.materialId) ?? []), e]);

  // Copies: every material has some, mostly of its latest edition.
  const rng = new Rng(seed, 'lending.copies');
  const copies: Copy[] = [];
  const events: CopyEvent[] = [];
  for (let i = 0; i < preset.copies; i++) {
    // The first copies go one to each material, so that every material has one.
    const material = i < materials.length ? materials[i]! : rng.pick(materials);
    const own = editionsOf.get(material.id)!;
    const edition = rng.chance(0.75) ? own[own.length - 1]! : rng.pick(own);
    const acquired = Math.min(today - 30, dayOf(edition.date) + rng.int(0, 60));
    const at = officeInstant(rng, acquired);
    const status =
      edition.status === 'withdrawn'
        ? 'withdrawn'
        : rng.chance(0.01)
          ? 'inRepair'
          : rng.chance(0.005)
            ? 'lost'
            : rng.chance(0.01)
              ? 'withdrawn'
              : 'available';
    const copy: Copy = {
      ...meta(rng, at),
      // The app's own format (shared/domain/barcode.ts generatedBarcode): TD and six digits.
      barcode: `TD${String(i + 1).padStart(6, '0')}`,
      materialId: material.id,
      editionId: edition.id,
      editionNumber: edition.number,
      title: material.title,
      materialType: material.type,
      location: `${'ABCDEFGH'[rng.int(0, 7)]}-${String(rng.int(1, 24)).padStart(2, '0')}-${rng.int(1, 6)}`,
      acquiredOn: isoDay(acquired),
      replacementCost: rng.int(20, 300) * 100,
      currency: CURRENCY,
      condition: status === 'inRepair' ? 'damaged' : CONDITIONS.draw(rng),
      status,
      notes: '',
      del: 0,
    };
    copies.push(copy);
    events.push({ id: rng.uuid(), copyId: copy.id, at, kind: 'added', actor: copy.updatedBy });
  }

  // Borrowers: live employees. The desk's and the heavy borrower are set aside first.
  const pick = new Rng(seed, 'lending.borrowers');
  const employees = people.filter((p) => p.del === 0 && p.kind === 'employee');
  const active = employees.filter((p) => p.status === 'active');
  const reserved = pick.sample(active, preset.deskBorrowers + 1);
  const heavy = reserved[0]!;
  const desk = reserved.slice(1);
  const reservedIds = new Set(reserved.map((p) => p.id));
  const lenders = active.filter((p) => !reservedIds.has(p.id));
  const pastBorrowers = employees.filter((p) => p.id !== heavy.id);

  // The desk's copies: available copies of current editions.
  const currentEditions = new Set(editions.filter((e) => e.status === 'current').map((e) => e.id));
  const available = copies.filter((c) => c.status === 'available' && currentEditions.has(c.editionId));
  const deskCopies = pick.sample(available, preset.deskCopies);
  const deskCopyIds = new Set(deskCopies.map((c) => c.id));
  const lendable = available.filter((c) => !deskCopyIds.has(c.id));
  if (lendable.length < preset.openLoans) throw new Error('not enough copies for the open loans');

  // Open loans: the heavy borrower's first (due in the future), then the rest; the first
  // `overdueLoans` of the others are overdue by 1–60 days.
  const open = new Rng(seed, 'lending.open');
  const lent = open.sample(lendable, preset.openLoans);
  const openLoans: Loan[] = [];
  const notices: Notice[] = [];
  const config = defaultLendingConfig();
  lent.forEach((copy, i) => {
    const borrower = i < preset.heavyOpenLoans ? heavy : open.pick(lenders);
    const overdue = i >= preset.heavyOpenLoans && i < preset.heavyOpenLoans + preset.overdueLoans;
    const loanDays = copy.materialType === 'video' ? 14 : 30;
    const renewals = open.chance(0.1) ? 1 : 0;
    // Out before today; due today or later, or (overdue) 1–60 days ago.
    const lentFor = loanDays * (1 + renewals);
    const dueDay = overdue
      ? openDayBefore(today - open.int(0, 59))
      : openDayFrom(today - open.int(0, loanDays - 1) + lentFor);
    const outDay = Math.min(today, Math.max(dayOf(copy.acquiredOn) + 1, dueDay - lentFor));
    const outAt = officeInstant(open, outDay);
    const actor = open.pick(DESK_ACTORS);
    const loan: Loan = {
      ...meta(open, outAt, outAt, actor),
      copyId: copy.id,
      barcode: copy.barcode,
      materialId: copy.materialId,
      editionId: copy.editionId,
      title: copy.title,
      borrowerId: borrower.id,
      borrowerName: borrower.name,
      department: borrower.department ?? '',
      outAt,
      dueDate: isoDay(dueDay),
      renewals,
      open: 1,
    };
    openLoans.push(loan);
    copy.status = 'onLoan';
    copy.loanId = loan.id;
    copy.updatedAt = outAt;
    copy.updatedBy = actor;
    events.push({
      id: open.uuid(),
      copyId: copy.id,
      at: outAt,
      kind: 'checkout',
      actor,
      loanId: loan.id,
      borrowerId: borrower.id,
      borrowerName: borrower.name,
      detail: { dueDate: loan.dueDate },
    });
    // Reminders already sent: each stage that is due went out with probability 0.7, in order.
    const daysOver = today - dueDay;
    for (const stage of ['first', 'second', 'final'] as NoticeStage[]) {
      const stageDays = config.reminderDays[stage as 'first' | 'second' | 'final'];
      if (!overdue || daysOver < stageDays || !open.chance(0.7)) break;
      const sentAt = officeInstant(open, dueDay + stageDays + open.int(0, Math.min(3, daysOver - stageDays)));
      notices.push({
        ...meta(open, sentAt, sentAt, actor),
        loanId: loan.id,
        borrowerId: borrower.id,
        stage,
        sentAt,
        channel: open.chance(0.6) ? 'text' : 'letter',
        body: `${borrower.name}：您借阅的《${copy.title}》（${copy.barcode}）应于 ${loan.dueDate} 归还，请尽快归还。`,
      });
    }
  });

  // Returned loans: each copy's share in proportion to the days it has been on the shelf, laid out
  // in time order before its open loan (if any).
  const openById = new Map(openLoans.map((l) => [l.id, l]));
  const slots: Slot[] = copies.map((copy) => {
    const openLoan = copy.loanId ? openById.get(copy.loanId) : undefined;
    const to = openLoan ? Math.floor(openLoan.outAt / DAY_MS) - 1 : today - 1;
    return { from: dayOf(copy.acquiredOn), to, count: 0 };
  });
  const share = new Rng(seed, 'lending.history.counts');
  const weights = slots.map((s) => Math.max(0, s.to - s.from) * (0.5 + share.float()));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  slots.forEach((s, i) => {
    s.count = Math.floor((weights[i]! / totalWeight) * preset.historicalLoans);
    assigned += s.count;
  });
  while (assigned < preset.historicalLoans) {
    const i = share.int(0, slots.length - 1);
    if (slots[i]!.to - slots[i]!.from < 30) continue;
    slots[i]!.count++;
    assigned++;
  }
  // Exactly `heavyPastLoans` of them, spread at random, are the heavy borrower's.
  const heavyAt = new Set<number>();
  const heavyPick = new Rng(seed, 'lending.history.heavy');
  while (heavyAt.size < preset.heavyPastLoans) heavyAt.add(heavyPick.int(0, preset.historicalLoans - 1));

  function* iterate(): Generator<Loan> {
    const h = new Rng(seed, 'lending.history');
    let n = 0;
    for (const [c, slot] of slots.entries()) {
      const copy = copies[c]!;
      const span = (slot.to - slot.from) / Math.max(1, slot.count);
      for (let k = 0; k < slot.count; k++) {
        const borrower = heavyAt.has(n) ? heavy : h.pick(pastBorrowers);
        const start = slot.from + Math.floor(k * span);
        const outDay = start + h.int(0, Math.max(0, Math.floor(span * 0.3)));
        const length = h.int(2, Math.max(2, Math.min(45, Math.floor(span * 0.7))));
        const loanDays = copy.materialType === 'video' ? 14 : 30;
        const renewals = length > loanDays && h.chance(0.6) ? 1 : 0;
        const dueDay = openDayFrom(outDay + loanDays * (1 + renewals));
        const outAt = officeInstant(h, outDay);
        const backAt = Math.max(outAt + HOUR_MS, officeInstant(h, outDay + length));
        const lost = copy.status === 'lost' && k === slot.count - 1;
        const loan: Loan = {
          id: h.uuid(),
          createdAt: outAt,
          updatedAt: backAt,
          updatedBy: h.pick(DESK_ACTORS),
          copyId: copy.id,
          barcode: copy.barcode,
          materialId: copy.materialId,
          editionId: copy.editionId,
          title: copy.title,
          borrowerId: borrower.id,
          borrowerName: borrower.name,
          department: borrower.department ?? '',
          outAt,
          dueDate: isoDay(dueDay),
          renewals,
          open: 0,
        };
        if (lost) loan.lostAt = backAt;
        else loan.returnedAt = backAt;
        if (!lost && h.chance(0.03)) {
          loan.returnCondition = {
            pagesMissing: false,
            writing: h.chance(0.5),
            waterDamage: h.chance(0.2),
            coverDamaged: h.chance(0.4),
            accessoriesPresent: true,
          };
        }
        n++;
        yield loan;
      }
    }
  }
  const rules = new Rng(seed, 'lending.policies');
  const policyAt = officeInstant(rules, today - 400);
  // Every row lets a borrower hold enough items for a desk round (run at most 10 at a time).
  const policyRows: [LoanPolicy['materialType'], string, number, number, number][] = [
    [ANY, ANY, 30, 2, 30],
    ['video', ANY, 14, 1, 20],
    ['textbook', 'crManager', 45, 3, 40],
    ['caseCollection', 'csSupervisor', 30, 2, 30],
  ];
  const policies: LoanPolicy[] = policyRows.map(
    ([materialType, position, loanDays, maxRenewals, maxItems]) => ({
      ...meta(rules, policyAt, policyAt, 'admin'),
      materialType,
      position,
      loanDays,
      maxRenewals,
      maxItems,
    }),
  );

  const heavyOpen = openLoans.filter((l) => l.borrowerId === heavy.id);
  const overdueLoans = openLoans.filter((l) => l.dueDate < todayDate);
  const counters = [
    { key: LIVE_PEOPLE_COUNTER, value: livePeople(people) },
    { key: LIVE_MATERIALS_COUNTER, value: materials.length },
    { key: LENDING_COUNTERS.openLoans, value: openLoans.length },
    { key: LENDING_COUNTERS.holdsWaiting, value: 0 },
    { key: LENDING_COUNTERS.holdsReady, value: 0 },
    { key: LENDING_COUNTERS.copies, value: copies.filter((c) => c.del === 0).length },
    // The next generated barcode follows the last one the generator used.
    { key: BARCODE_SEQUENCE_COUNTER, value: copies.length },
  ];
  const asBorrower = (p: Person): DeskBorrower => ({
    id: p.id,
    employeeNo: p.employeeNo!,
    name: p.name,
    department: p.department ?? '',
  });
  return {
    preset,
    seed,
    people,
    materials,
    editions,
    copies,
    openLoans,
    notices,
    events,
    policies,
    config,
    counters,
    plan: {
      today: todayDate,
      deskBorrowers: desk.map(asBorrower),
      deskCopies: deskCopies.map((c) => c.barcode),
      heavyBorrower: {
        ...asBorrower(heavy),
        pastLoans: heavyAt.size,
        openLoans: heavyOpen.length,
        openBarcodes: heavyOpen.map((l) => l.barcode),
        openTitles: heavyOpen.map((l) => l.title),
      },
      overdue: {
        loans: overdueLoans.length,
        departments: new Set(overdueLoans.map((l) => l.department)).size,
        oldestDueDate: overdueLoans.map((l) => l.dueDate).sort()[0] ?? '',
      },
    },
    historicalLoans: { length: preset.historicalLoans, iterate },
  };
}

/** The digest of every record of a preset (generate.ts `fingerprint`), for the determinism self-check. */
export function lendingFingerprint(
  preset: LendingPreset = LENDING_CHECK_PRESET,
  seed = DEFAULT_SEED,
  today = LENDING_CHECK_TODAY,
): string {
  const d = generateLending(preset, seed, today);
  return fingerprint([
    ...d.people,
    ...d.materials,
    ...d.editions,
    ...d.copies,
    ...d.openLoans,
    ...d.notices,
    ...d.events,
    ...d.policies,
    ...d.historicalLoans.iterate(),
    d.plan,
  ]);
}
