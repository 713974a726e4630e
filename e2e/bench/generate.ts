/**
 * Seeded benchmark data. The same preset and seed give the same records, byte for byte, in Node and
 * in Chromium (run.mjs compares the fingerprints of both): no Math.random, no clock, no locale.
 *
 * Every kind of record draws from its own random stream (seeded from the run seed and the kind's
 * name), so a generator added later for courses, copies or bookings never shifts the people.
 */
import { COURSE_CATEGORIES } from '../../shared/domain/catalog';
import {
  KNOWN_POSITIONS,
  type Person,
  type PersonFields,
  type TrainerProfile,
} from '../../shared/domain/person';
import { withIndexFields } from '../../shared/domain/person-index';
import type { RecordMeta } from '../../shared/domain/record';

// ---------------------------------------------------------------------------------------------
// Scale presets

export interface ScalePreset {
  description: string;
  /** Employees, internal trainers included. */
  employees: number;
  /** Employees who also train (the trainer role), taken from the employees above. */
  internalTrainers: number;
  /** External trainers: people from outside organisations, in addition to the employees. */
  externalTrainers: number;
  /** Share of employees who have left (status 'left'). */
  leftShare: number;
  /** Share of all people that are tombstones (deletedAt set, not in the live list). */
  deletedShare: number;
  // Later capabilities add their own counts here (courses, copies, bookings, …).
}

export const DEFAULT_SEED = 20250701;

const people = (p: Omit<ScalePreset, 'leftShare' | 'deletedShare'>): ScalePreset => ({
  leftShare: 0.06,
  deletedShare: 0.01,
  ...p,
});

export const PRESETS = {
  small: people({
    description: 'A small department: 200 employees, 20 trainers',
    employees: 200,
    internalTrainers: 12,
    externalTrainers: 8,
  }),
  largeDepartment: people({
    description: 'A large department: 5,000 employees, 200 trainers',
    employees: 5_000,
    internalTrainers: 140,
    externalTrainers: 60,
  }),
  people5k: people({
    description: '5,000 people: the quick version of people50k (BENCH_SCALE=small)',
    employees: 4_900,
    internalTrainers: 60,
    externalTrainers: 100,
  }),
  people50k: people({
    description: '50,000 people for the list scenarios',
    employees: 49_400,
    internalTrainers: 600,
    externalTrainers: 600,
  }),
} satisfies Record<string, ScalePreset>;

export type PresetName = keyof typeof PRESETS;

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

export function presetTotal(preset: ScalePreset): number {
  return preset.employees + preset.externalTrainers;
}

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a 32-bit state PRNG, fast and good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number, stream = '') {
    this.next = mulberry32(fnv1a(stream, seed >>> 0) ^ seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    for (let i = 0; i < count && pool.length > 0; i++) {
      const j = Math.floor(this.next() * pool.length);
      out.push(pool[j]!);
      pool[j] = pool[pool.length - 1]!;
      pool.pop();
    }
    return out;
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** A version-4-shaped UUID from this stream. */
  uuid(): string {
    const hex = (n: number) => Math.floor(n).toString(16).padStart(8, '0');
    const w = [0, 1, 2, 3].map(() => hex(this.next() * 4294967296)).join('');
    const variant = ((parseInt(w[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${w.slice(0, 8)}-${w.slice(8, 12)}-4${w.slice(13, 16)}-${variant}${w.slice(17, 20)}-${w.slice(20, 32)}`;
  }
}

/** Picks by weight; build once per list, then draw many times. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Pools

/** Surnames with rough frequencies (per cent of the population), polyphonic and compound ones included. */
// prettier-ignore
const SURNAMES = new Weighted<string>([
  ['王', 7.1], ['李', 7.0], ['张', 6.7], ['刘', 5.4], ['陈', 4.5], ['杨', 3.1], ['黄', 2.2], ['赵', 2.0],
  ['吴', 2.0], ['周', 1.9], ['徐', 1.5], ['孙', 1.5], ['马', 1.4], ['朱', 1.3], ['胡', 1.3], ['郭', 1.2],
  ['何', 1.2], ['高', 1.1], ['林', 1.1], ['罗', 1.0], ['郑', 1.0], ['梁', 0.9], ['谢', 0.8], ['宋', 0.8],
  ['唐', 0.7], ['许', 0.7], ['韩', 0.7], ['冯', 0.7], ['邓', 0.7], ['曹', 0.7], ['彭', 0.6], ['曾', 0.6],
  ['肖', 0.6], ['田', 0.6], ['董', 0.5], ['袁', 0.5], ['潘', 0.5], ['于', 0.5], ['蒋', 0.5], ['蔡', 0.5],
  ['余', 0.5], ['杜', 0.5], ['叶', 0.5], ['程', 0.5], ['苏', 0.4], ['魏', 0.4], ['吕', 0.4], ['丁', 0.4],
  ['任', 0.4], ['沈', 0.4], ['姚', 0.4], ['卢', 0.4], ['姜', 0.4], ['崔', 0.3], ['钟', 0.3], ['谭', 0.3],
  ['陆', 0.3], ['汪', 0.3], ['范', 0.3], ['金', 0.3], ['石', 0.3], ['廖', 0.3], ['贾', 0.3], ['夏', 0.3],
  ['韦', 0.3], ['付', 0.3], ['方', 0.3], ['白', 0.3], ['邹', 0.3], ['孟', 0.3], ['熊', 0.3], ['秦', 0.3],
  ['邱', 0.3], ['江', 0.3], ['尹', 0.3], ['薛', 0.2], ['闫', 0.2], ['段', 0.2], ['雷', 0.2], ['侯', 0.2],
  ['龙', 0.2], ['史', 0.2], ['陶', 0.2], ['黎', 0.2], ['贺', 0.2], ['顾', 0.2], ['毛', 0.2], ['郝', 0.2],
  ['龚', 0.2], ['邵', 0.2], ['万', 0.2], ['钱', 0.2], ['严', 0.2], ['武', 0.2], ['戴', 0.2], ['莫', 0.2],
  ['孔', 0.2], ['汤', 0.2], ['庄', 0.1], ['单', 0.05], ['解', 0.03], ['欧阳', 0.05], ['上官', 0.02],
  ['司马', 0.02], ['诸葛', 0.01],
]);

/** Characters of given names; the first ones are the most common. */
// prettier-ignore
const GIVEN_CHARS = new Weighted<string>(
  [
    ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华飞玲燕婷斌宇浩凯健俊帆',
    ...'旭宁龙林欣颖倩琳晨阳雪晶博文武志建国海峰红梅兰英秀慧佳嘉雅思梓子欢悦',
    ...'亮波成荣新春晓雨琪瑶璐蕾萍桂凤云月丹彬东坤毅鑫昊睿轩泽晗诗涵锦乐蓉薇',
  ].map((c, i) => [c, i < 40 ? 3 : 1] as const),
);

// prettier-ignore
const ENGLISH_FIRST = [
  'Michael', 'Sarah', 'David', 'Emma', 'James', 'Olivia', 'Robert', 'Sophia', 'William', 'Grace',
  'Daniel', 'Linda', 'Thomas', 'Helen', 'Peter', 'Anna', 'Mark', 'Laura', 'Kevin', 'Jessica',
];
// prettier-ignore
const ENGLISH_LAST = [
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Roberts', 'Walker', 'Wright',
  'Green', 'Hall', 'Wood', 'Clarke', 'Lee', 'Chen', 'Wong', "O'Brien",
];

// prettier-ignore
const DEPARTMENTS = new Weighted<string>([
  ['呼叫中心', 30], ['客户服务部', 20], ['在线客服部', 10], ['投诉处理部', 10], ['客户关系部', 10],
  ['大客户部', 6], ['会员服务部', 5], ['质量管理部', 4], ['客户体验部', 3], ['培训部', 2],
]);

const FREE_TITLES = ['质检专员', '培训专员', '数据分析师', '客服代表', '部门助理', '运营专员', '热线值班长'];
const POSITIONS = new Weighted<string | null>([
  [KNOWN_POSITIONS[0], 76],
  [KNOWN_POSITIONS[1], 12],
  [KNOWN_POSITIONS[2], 4],
  [null, 8], // a free title
]);

const ORGANISATIONS: { name: string; domain: string }[] = [
  { name: '北京华智管理咨询有限公司', domain: 'huazhi-consulting.example.cn' },
  { name: '上海卓越服务培训中心', domain: 'zhuoyue-training.example.cn' },
  { name: '广州明德企业管理咨询有限公司', domain: 'mingde.example.cn' },
  { name: '深圳博思教育科技有限公司', domain: 'bosi-edu.example.cn' },
  { name: '中国客户服务管理协会', domain: 'ccsma.example.org' },
  { name: '华东师范大学继续教育学院', domain: 'ce.ecnu.example.edu.cn' },
  { name: '南京服务质量研究院', domain: 'sqi-nj.example.cn' },
  { name: '成都锦程人力资源有限公司', domain: 'jincheng-hr.example.cn' },
  { name: 'Customer Experience Institute', domain: 'cxi.example.com' },
  { name: 'Global Service Academy Ltd.', domain: 'gsa.example.com' },
  { name: 'Bright Path Consulting', domain: 'brightpath.example.com' },
];

// prettier-ignore
const DEGREES = new Weighted<string>([
  ['大专', 2], ['本科', 6], ['硕士', 3], ['博士', 1],
]);
// prettier-ignore
const CERTIFICATIONS = [
  '客户服务管理师（一级）', '客户服务管理师（二级）', '国家二级心理咨询师', '企业培训师（高级）',
  'ISO 10002 内审员', 'CCSP 客户服务专业认证', 'PMP', 'Certified Professional in Training Management',
];
const BIO_TEMPLATES = [
  (years: number) => `从事客户服务一线管理与培训 ${years} 年，擅长情景演练与案例复盘。`,
  (years: number) => `${years} 年呼叫中心运营经验，主讲投诉处理与情绪管理课程。`,
  (years: number) => `曾任大客户部经理，培训经验 ${years} 年，注重数据驱动的服务改进。`,
  (years: number) => `${years} years of contact-centre coaching; workshops on service recovery and empathy.`,
];

const EDITORS = ['admin', 'li.na', 'wang.fang', 'zhang.wei', 'import'];

// ---------------------------------------------------------------------------------------------
// People

const DAY_MS = 86_400_000;
/** The data set's "today": fixed so that the data never depends on the clock. */
const AS_OF = Date.UTC(2025, 6, 1);
const HIRE_FROM = Date.UTC(2006, 0, 1);

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

function chineseName(rng: Rng): string {
  const given = rng.chance(0.3) ? GIVEN_CHARS.draw(rng) : GIVEN_CHARS.draw(rng) + GIVEN_CHARS.draw(rng);
  return SURNAMES.draw(rng) + given;
}

function phone(rng: Rng): string | undefined {
  const roll = rng.float();
  if (roll < 0.04) return undefined;
  if (roll < 0.09) return `0${rng.pick(['10', '21', '20', '755', '28'])}-${rng.int(2, 8)}${rng.digits(7)}`;
  return `1${rng.int(3, 9)}${rng.digits(9)}`;
}

function trainerProfile(rng: Rng): TrainerProfile {
  const profile: TrainerProfile = { fields: rng.sample(COURSE_CATEGORIES, rng.int(1, 3)) };
  if (rng.chance(0.85)) profile.degree = DEGREES.draw(rng);
  if (rng.chance(0.6)) profile.certification = rng.pick(CERTIFICATIONS);
  if (rng.chance(0.5)) profile.bio = rng.pick(BIO_TEMPLATES)(rng.int(3, 20));
  return profile;
}

function meta(rng: Rng, deletedShare: number): RecordMeta {
  const createdAt = AS_OF - rng.int(30, 720) * DAY_MS + rng.int(0, DAY_MS - 1);
  const updatedAt = Math.min(AS_OF, createdAt + (rng.chance(0.4) ? rng.int(1, 200) * DAY_MS : 0));
  const record: RecordMeta = { id: rng.uuid(), createdAt, updatedAt, updatedBy: rng.pick(EDITORS) };
  if (rng.chance(deletedShare)) record.deletedAt = updatedAt;
  return record;
}

function employee(rng: Rng, index: number, preset: ScalePreset, isTrainer: boolean): Person {
  const employeeNo = `E${String(index + 1).padStart(5, '0')}`;
  const fields: PersonFields = {
    kind: 'employee',
    employeeNo,
    name: chineseName(rng),
    department: DEPARTMENTS.draw(rng),
    position: POSITIONS.draw(rng) ?? rng.pick(FREE_TITLES),
    hireDate: isoDate(HIRE_FROM + rng.int(0, Math.floor((AS_OF - HIRE_FROM) / DAY_MS)) * DAY_MS),
    status: rng.chance(preset.leftShare) ? 'left' : 'active',
  };
  const tel = phone(rng);
  if (tel) fields.phone = tel;
  if (rng.chance(0.85)) fields.email = `${employeeNo.toLowerCase()}@cr.example.cn`;
  if (isTrainer) fields.trainer = trainerProfile(rng);
  return withIndexFields({ ...meta(rng, preset.deletedShare), ...fields });
}

function externalTrainer(rng: Rng, index: number, preset: ScalePreset): Person {
  const org = rng.pick(ORGANISATIONS);
  const english = rng.chance(0.4);
  const first = rng.pick(ENGLISH_FIRST);
  const last = rng.pick(ENGLISH_LAST);
  const fields: PersonFields = {
    kind: 'external',
    name: english ? `${first} ${last}` : chineseName(rng),
    status: rng.chance(0.05) ? 'left' : 'active',
    organisation: org.name,
    trainer: trainerProfile(rng),
  };
  const tel = phone(rng);
  if (tel) fields.phone = rng.chance(0.1) ? `+44 20${rng.digits(8)}` : tel;
  if (rng.chance(0.7)) {
    const local = english ? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') : `trainer${index + 1}`;
    fields.email = `${local}@${org.domain}`;
  }
  return withIndexFields({ ...meta(rng, preset.deletedShare), ...fields });
}

/**
 * The people of a preset: employees (some of them internal trainers) and then external trainers.
 * `onProgress` is told every 1,000 records (building is ~5k records/s: pinyin tokens dominate).
 */
export function generatePeople(
  preset: ScalePreset,
  seed = DEFAULT_SEED,
  onProgress?: (done: number, total: number) => void,
): Person[] {
  const rng = new Rng(seed, 'people');
  const total = presetTotal(preset);
  const trainerIndexes = new Set(
    new Rng(seed, 'people.trainers').sample(
      Array.from({ length: preset.employees }, (_, i) => i),
      preset.internalTrainers,
    ),
  );
  const out: Person[] = [];
  for (let i = 0; i < preset.employees; i++) {
    out.push(employee(rng, i, preset, trainerIndexes.has(i)));
    if (out.length % 1000 === 0) onProgress?.(out.length, total);
  }
  for (let i = 0; i < preset.externalTrainers; i++) {
    out.push(externalTrainer(rng, i, preset));
    if (out.length % 1000 === 0) onProgress?.(out.length, total);
  }
  return out;
}

export interface Dataset {
  preset: PresetName;
  seed: number;
  people: Person[];
  // Later: courses, copies, bookings, …
}

export function generateDataset(preset: PresetName, seed = DEFAULT_SEED): Dataset {
  return { preset, seed, people: generatePeople(PRESETS[preset], seed) };
}

export function livePeople(people: readonly Person[]): number {
  return people.reduce((n, p) => n + (p.del === 0 ? 1 : 0), 0);
}

/** A digest of the records (FNV-1a over their JSON): equal in Node and Chromium for the same seed. */
export function fingerprint(records: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const r of records) h = fnv1a(JSON.stringify(r), h);
  return `${records.length}:${h.toString(16).padStart(8, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Attachments

/**
 * The content of generated attachment `index`: pseudo-random bytes from its own stream, so that
 * they are as incompressible as the PDFs and photos people attach (backups store them as they are).
 */
export function attachmentBytes(seed: number, index: number, size: number): Uint8Array<ArrayBuffer> {
  const rng = new Rng(seed, `attachment.${index}`);
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, size >>> 2);
  for (let i = 0; i < words.length; i++) words[i] = rng.float() * 4294967296;
  for (let i = words.length * 4; i < size; i++) bytes[i] = rng.int(0, 255);
  return bytes;
}

/** The file name generated attachment `index` is stored under. */
export function attachmentName(index: number): string {
  return `document-${String(index + 1).padStart(3, '0')}.bin`;
}
