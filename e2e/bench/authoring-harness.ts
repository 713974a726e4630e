/**
 * The course-authoring scenarios inside Chromium (README.md "Authoring"): seeding the app's database
 * with generated courses, lessons and questions through the app's own index functions, then the
 * catalogue's and the question bank's full-text search, opening a course's data and drawing a random
 * test, each next to raw IndexedDB doing the same work on the same data in the same run. harness.ts
 * puts these functions on `window.__bench`; the open-a-course figure in the real UI is measured from
 * Node (authoring.mjs).
 */
import seedrandom from 'seedrandom';
import type { Course, Lesson } from '../../shared/domain/course';
import { courseSearchTexts, lessonSearchTexts } from '../../shared/domain/course-index';
import { textTokens } from '../../shared/domain/fulltext';
import type { Question } from '../../shared/domain/question';
import { questionSearchTexts } from '../../shared/domain/question-input';
import { categoryRuleKey, ruleKey } from '../../shared/domain/question-rule-keys';
import type { RandomRule, TestPaper } from '../../shared/domain/test-paper';
import { pickRandom } from '../../shared/domain/test-paper-draw';
import { createDatabase, DATABASE_NAME, type TrainDeskDatabase } from '../../renderer/src/db/database';
import { reindexTexts, type FullTextRef } from '../../renderer/src/db/fulltext';
import { statusCounterKey } from '../../renderer/src/features/courses/counters';
import { fetchCataloguePage, liveLessons, SEARCH_LIMIT } from '../../renderer/src/features/courses/queries';
import { LIVE_QUESTIONS_COUNTER } from '../../renderer/src/features/questions/counters';
import { fetchQuestionsPage, SET_LIMIT } from '../../renderer/src/features/questions/queries';
import { drawPaper } from '../../renderer/src/features/tests/draw-paper';
import {
  AUTHORING_PRESETS,
  authoringFingerprint,
  generateAuthoring,
  isAuthoringPresetName,
  type AuthoringData,
} from './generate-authoring';
import { request, round, summarise, time, type Timings } from './measure';

let data: AuthoringData | null = null;

// The key format of renderer/src/db/fulltext.ts: kind SEP token SEP group SEP id.
const SEP = '\u0001';
const TOP = '\uffff';

function requireData(): AuthoringData {
  if (!data) throw new Error('call __bench.generateAuthoringData(preset) first');
  return data;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function generateAuthoringData(preset: string, seed?: number) {
  if (!isAuthoringPresetName(preset)) throw new Error(`unknown authoring preset ${preset}`);
  const start = performance.now();
  data = generateAuthoring(AUTHORING_PRESETS[preset], seed);
  const ms = performance.now() - start;
  const open = data.lessons.filter((l) => l.courseId === data!.openCourseId);
  const texts = data.lessons.map((l) => lessonSearchTexts(l).join(' '));
  return {
    preset,
    courses: data.courses.length,
    liveCourses: data.courses.filter((c) => c.del === 0).length,
    lessons: data.lessons.length,
    questions: data.questions.length,
    liveQuestions: data.questions.filter((q) => q.del === 0).length,
    /** Share of lessons whose indexed text holds 投诉 (the main search term). */
    complaintLessonShare: round(texts.filter((t) => t.includes('投诉')).length / texts.length, 3),
    lessonTextChars: Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length),
    openCourse: {
      id: data.openCourseId,
      title: data.courses[0]!.title,
      lessons: open.length,
      lastLessonTitle: open[open.length - 1]!.title,
    },
    ms: round(ms, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Seeding the app's database

/** Records whose index rows reindexTexts writes itself, as a command would; the check below reads them. */
const CHECKED_RECORDS = 20;

/**
 * The keys reindexTexts writes for a record (renderer/src/db/fulltext.ts: kind, token, group, id
 * joined by U+0001). Seeding writes a whole batch's in one bulkPut instead of reindexTexts' one per
 * record (a thousand calls); `keysMatchApp` checks them against the rows reindexTexts itself wrote
 * for the first records.
 */
function termKeys(ref: FullTextRef, texts: readonly string[]): string[] {
  return textTokens(...texts).map((token) => [ref.kind, token, ref.group ?? '', ref.id].join(SEP));
}

/**
 * Writes one table's records in batches, each batch in one transaction with its full-text index
 * rows. Answers the rows written and whether the keys built here are those reindexTexts wrote.
 */
async function writeIndexed<T extends { id: string }>(
  db: TrainDeskDatabase,
  table: 'courses' | 'lessons' | 'questions',
  records: readonly T[],
  refOf: (record: T) => FullTextRef,
  textsOf: (record: T) => string[],
  batchSize: number,
) {
  const start = performance.now();
  let terms = 0;
  const store = db.table<T, string>(table);
  for (const [b, part] of batches(records, batchSize).entries()) {
    const viaApp = b === 0 ? part.slice(0, CHECKED_RECORDS) : [];
    const keys = part.slice(viaApp.length).flatMap((record) => termKeys(refOf(record), textsOf(record)));
    await db.transaction('rw', [store, db.searchTerms], async () => {
      await store.bulkPut(part);
      for (const record of viaApp) await reindexTexts(db, refOf(record), null, textsOf(record));
      await db.searchTerms.bulkPut(keys.map((key) => ({ key })));
    });
    terms += keys.length + viaApp.reduce((n, record) => n + textTokens(...textsOf(record)).length, 0);
  }
  const ms = performance.now() - start;
  const checked = records.slice(0, CHECKED_RECORDS);
  const expected = checked.flatMap((record) => termKeys(refOf(record), textsOf(record)));
  const found = await db.searchTerms.bulkGet(expected);
  return {
    rows: records.length,
    terms,
    ms: round(ms, 0),
    termsPerSecond: Math.round(terms / (ms / 1000)),
    keysMatchApp: expected.length > 0 && found.every((row) => row !== undefined),
  };
}

/**
 * Replaces the courses, lessons, questions and full-text index of the app's `traindesk` database
 * with the generated ones (other tables, such as the people of earlier scenarios, stay) and sets
 * the counters the catalogue and the bank read.
 */
async function seedAuthoring(batchSize = 1000) {
  const { courses, lessons, questions } = requireData();
  const db = createDatabase(DATABASE_NAME, Infinity, { reloadOnVersionChange: false });
  await db.open();
  const start = performance.now();
  await Promise.all([db.courses.clear(), db.lessons.clear(), db.questions.clear(), db.searchTerms.clear()]);
  const written = {
    courses: await writeIndexed(
      db,
      'courses',
      courses,
      (c: Course) => ({ kind: 'course', id: c.id }),
      courseSearchTexts,
      batchSize,
    ),
    lessons: await writeIndexed(
      db,
      'lessons',
      lessons,
      (l: Lesson) => ({ kind: 'lesson', id: l.id, group: l.courseId }),
      lessonSearchTexts,
      batchSize,
    ),
    questions: await writeIndexed(
      db,
      'questions',
      questions,
      (q: Question) => ({ kind: 'question', id: q.id }),
      questionSearchTexts,
      batchSize,
    ),
  };
  const live = courses.filter((c) => c.del === 0);
  await db.counters.bulkPut([
    ...(['draft', 'published', 'archived'] as const).map((status) => ({
      key: statusCounterKey(status),
      value: live.filter((c) => c.status === status).length,
    })),
    { key: LIVE_QUESTIONS_COUNTER, value: questions.filter((q) => q.del === 0).length },
  ]);
  const ms = performance.now() - start;
  db.close();
  const searchTerms = written.courses.terms + written.lessons.terms + written.questions.terms;
  const records = courses.length + lessons.length + questions.length;
  return {
    ...written,
    keysMatchApp: Object.values(written).every((w) => w.keysMatchApp),
    searchTerms,
    searchTermsPerLesson: round(written.lessons.terms / lessons.length, 1),
    ms: round(ms, 0),
    /** Records and their index rows written per second, all tables together. */
    recordsPerSecond: Math.round(records / (ms / 1000)),
    searchTermsPerSecond: Math.round(searchTerms / (ms / 1000)),
  };
}

// ---------------------------------------------------------------------------------------------
// Reads: one Dexie and one raw connection to the seeded database for the whole session

interface Session {
  dexie: TrainDeskDatabase;
  raw: IDBDatabase;
}

let session: Session | null = null;

async function openAuthoringSession() {
  closeAuthoringSession();
  // Raw first: the first connection in a fresh browser pays for opening the backing store.
  let t = performance.now();
  const raw = await request(indexedDB.open(DATABASE_NAME));
  const rawMs = performance.now() - t;
  t = performance.now();
  const dexie = createDatabase(DATABASE_NAME, Infinity, { reloadOnVersionChange: false });
  await dexie.open();
  session = { dexie, raw };
  return { rawFirstConnection: round(rawMs), dexieSecondConnection: round(performance.now() - t) };
}

function closeAuthoringSession() {
  session?.dexie.close();
  session?.raw.close();
  session = null;
}

function requireSession(): Session {
  if (!session) throw new Error('call __bench.openAuthoringSession() first');
  return session;
}

interface Variant {
  /** With every sample, so that run.mjs can pool the runs of several queries. */
  timings: Timings & { samples: number[] };
  /** What the variant answered, for comparing the app with raw IndexedDB. */
  answer: string;
}

/** Runs each variant `runs` times, interleaved (a, b, a, b…), so that all see the same conditions. */
async function interleave(
  runs: number,
  variants: Record<string, (run: number) => Promise<string>>,
): Promise<Record<string, Variant>> {
  const samples: Record<string, number[]> = {};
  const answers: Record<string, string> = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, work] of Object.entries(variants)) {
      const [ms, answer] = await time(() => work(r));
      (samples[name] ??= []).push(ms);
      answers[name] = answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, ms]) => [
      name,
      { timings: { ...summarise(ms), samples: ms.map((x) => round(x)) }, answer: answers[name] ?? '' },
    ]),
  );
}

const tokenRange = (kind: string, token: string) =>
  IDBKeyRange.bound(kind + SEP + token + SEP, kind + SEP + token + SEP + TOP);
const splitKey = (key: string) => {
  const [, , group = '', id = ''] = key.split(SEP);
  return { group, id };
};

function rawKeys(db: IDBDatabase, kind: string, token: string): Promise<string[]> {
  const store = db.transaction('searchTerms', 'readonly').objectStore('searchTerms');
  return request(store.getAllKeys(tokenRange(kind, token))) as Promise<string[]>;
}

/** Records by primary key in one transaction, in the order asked. */
async function rawGetMany<T>(
  db: IDBDatabase,
  storeName: string,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  const tx = db.transaction(storeName, 'readonly');
  const store = tx.objectStore(storeName);
  return Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<T | undefined>)));
}

/** Reads hits in chunks until `limit` records pass `keep` (as the app's searches do). */
async function rawReadHits<T>(
  db: IDBDatabase,
  storeName: string,
  ids: readonly string[],
  chunk: number,
  limit: number,
  keep: (row: T) => boolean,
): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length && rows.length < limit; i += chunk) {
    for (const row of await rawGetMany<T>(db, storeName, ids.slice(i, i + chunk))) {
      if (row && keep(row) && rows.length < limit) rows.push(row);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Full-text search: the catalogue and the question bank

/** The catalogue's search by raw IndexedDB: both token ranges, the courses read 100 at a time. */
async function rawCatalogueSearch(db: IDBDatabase, token: string): Promise<Course[]> {
  const [courseKeys, lessonKeys] = await Promise.all([
    rawKeys(db, 'course', token),
    rawKeys(db, 'lesson', token),
  ]);
  const ids = new Set<string>();
  for (const key of courseKeys) ids.add(splitKey(key).id);
  for (const key of lessonKeys) ids.add(splitKey(key).group);
  const rows = await rawReadHits<Course>(
    db,
    'courses',
    [...ids],
    100,
    SEARCH_LIMIT,
    (c) => c.del === 0 && c.status !== 'archived',
  );
  return rows.sort((a, b) => a.titleKey.localeCompare(b.titleKey) || a.id.localeCompare(b.id));
}

/** The bank's search by raw IndexedDB: the token range, live questions read 100 at a time. */
async function rawQuestionSearch(db: IDBDatabase, token: string): Promise<Question[]> {
  const ids = [...new Set((await rawKeys(db, 'question', token)).map((k) => splitKey(k).id))];
  const rows = await rawReadHits<Question>(db, 'questions', ids, 100, SET_LIMIT, (q) => q.del === 0);
  return rows.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

const idsOf = (rows: readonly { id: string }[]) => rows.map((r) => r.id).join(',');

/**
 * The catalogue's search box: `fetchCataloguePage(db, {search}, null, 50)` (full-text ranges for
 * courses and lessons, then the matching courses read a chunk at a time up to SEARCH_LIMIT, sorted).
 * Baselines: the same answer by raw IndexedDB, and the bare raw key range of the lesson token.
 */
async function catalogueSearch(query: string, runs = 20) {
  const { dexie, raw } = requireSession();
  const r = await interleave(runs, {
    app: async () =>
      idsOf((await fetchCataloguePage(dexie, { search: query }, null, 50)).rows.map((row) => row.course)),
    raw: async () => idsOf(await rawCatalogueSearch(raw, query)),
    rawLessonRange: async () => {
      const keys = await rawKeys(raw, 'lesson', query);
      return String(keys.length);
    },
  });
  const [courseKeys, lessonKeys] = await Promise.all([
    rawKeys(raw, 'course', query),
    rawKeys(raw, 'lesson', query),
  ]);
  const hits = {
    courses: courseKeys.length,
    lessons: lessonKeys.length,
    rows: r.app!.answer === '' ? 0 : r.app!.answer.split(',').length,
  };
  return {
    query,
    app: r.app!.timings,
    raw: r.raw!.timings,
    rawLessonRange: r.rawLessonRange!.timings,
    hits,
    sameAnswer: r.app!.answer === r.raw!.answer,
  };
}

/** The question bank's search box: `fetchQuestionsPage(db, {deleted: false, search}, null, 50)`. */
async function questionSearch(query: string, runs = 20) {
  const { dexie, raw } = requireSession();
  const r = await interleave(runs, {
    app: async () =>
      idsOf((await fetchQuestionsPage(dexie, { deleted: false, search: query }, null, 50)).rows),
    raw: async () => idsOf(await rawQuestionSearch(raw, query)),
  });
  const keys = await rawKeys(raw, 'question', query);
  return {
    query,
    app: r.app!.timings,
    raw: r.raw!.timings,
    hits: { questions: keys.length, rows: r.app!.answer === '' ? 0 : r.app!.answer.split(',').length },
    sameAnswer: r.app!.answer === r.raw!.answer,
  };
}

// ---------------------------------------------------------------------------------------------
// Opening a course: its record and its lessons in order

async function rawCourseWithLessons(
  db: IDBDatabase,
  courseId: string,
): Promise<[Course | undefined, Lesson[]]> {
  const tx = db.transaction(['courses', 'lessons'], 'readonly');
  const range = IDBKeyRange.bound([courseId, -Infinity], [courseId, Infinity]);
  const [course, lessons] = await Promise.all([
    request(tx.objectStore('courses').get(courseId) as IDBRequest<Course | undefined>),
    request(tx.objectStore('lessons').index('[courseId+order]').getAll(range) as IDBRequest<Lesson[]>),
  ]);
  return [course, lessons.filter((l) => l.deletedAt === undefined)];
}

/**
 * The data behind a course's page, without the screen: the course and `liveLessons` (the app's
 * query), next to the same two reads by raw IndexedDB (the baseline of the open-a-course figure).
 */
async function openCourseReads(courseId: string, runs = 20) {
  const { dexie, raw } = requireSession();
  const answer = (course: Course | undefined, lessons: readonly Lesson[]) =>
    `${course?.id ?? '-'}:${idsOf(lessons)}`;
  const r = await interleave(runs, {
    app: async () => {
      const [course, lessons] = await Promise.all([
        dexie.courses.get(courseId),
        liveLessons(dexie, courseId),
      ]);
      return answer(course, lessons);
    },
    raw: async () => answer(...(await rawCourseWithLessons(raw, courseId))),
  });
  return {
    app: r.app!.timings,
    raw: r.raw!.timings,
    lessons: r.raw!.answer.split(',').length,
    sameAnswer: r.app!.answer === r.raw!.answer,
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing a random test

function rule(id: string, fields: Omit<RandomRule, 'id' | 'points'>): RandomRule {
  return { id, points: 2, ...fields };
}

/** A test of three random rules: by tag, by category, by type alone (no fixed questions). */
function benchTest(): TestPaper {
  return {
    id: 'bench-test',
    createdAt: 0,
    updatedAt: 0,
    updatedBy: 'bench',
    title: '投诉处理结业考试',
    description: '',
    fixed: [],
    rules: [
      rule('r1', {
        type: 'single',
        count: 10,
        tags: ['投诉流程'],
        category: null,
        minDifficulty: 2,
        maxDifficulty: 3,
      }),
      rule('r2', {
        type: 'multiple',
        count: 5,
        tags: [],
        category: 'communication',
        minDifficulty: 1,
        maxDifficulty: 5,
      }),
      rule('r3', {
        type: 'trueFalse',
        count: 10,
        tags: [],
        category: null,
        minDifficulty: 1,
        maxDifficulty: 3,
      }),
    ],
    passMark: 60,
    timeLimitMinutes: 30,
    shuffleQuestions: false,
    shuffleOptions: false,
    attemptsAllowed: 0,
    multipleScoring: 'allOrNothing',
    status: 'open',
    del: 0,
    titleKey: '',
  };
}

/** The keys each rule reads, as sets that must all hold a question (tags and category together). */
function ruleKeySets(r: RandomRule): string[][] {
  const difficulties: number[] = [];
  for (let d = r.minDifficulty; d <= r.maxDifficulty; d++) difficulties.push(d);
  const sets = r.tags.map((tag) => difficulties.map((d) => ruleKey(r.type, d, tag)));
  if (r.category) sets.push(difficulties.map((d) => categoryRuleKey(r.type, d, r.category!)));
  if (sets.length === 0) sets.push(difficulties.map((d) => ruleKey(r.type, d, '')));
  return sets;
}

/**
 * The draw by raw IndexedDB: one exact key range on `ruleKeys` per key (primary keys only), the
 * same seeded pick, then the picked questions read by key.
 */
async function rawDraw(db: IDBDatabase, test: TestPaper, seed: string): Promise<Question[]> {
  const index = db.transaction('questions', 'readonly').objectStore('questions').index('ruleKeys');
  const candidates = await Promise.all(
    test.rules.map(async (r) => {
      const sets = await Promise.all(
        ruleKeySets(r).map(async (keys) => {
          const lists = await Promise.all(keys.map((k) => request(index.getAllKeys(IDBKeyRange.only(k)))));
          return new Set(lists.flat() as string[]);
        }),
      );
      sets.sort((a, b) => a.size - b.size);
      const [smallest, ...rest] = sets;
      return [...smallest!].filter((id) => rest.every((s) => s.has(id)));
    }),
  );
  const rng = seedrandom(seed);
  const picked: string[] = [];
  test.rules.forEach((r, i) => {
    const pool = candidates[i]!.filter((id) => !picked.includes(id));
    picked.push(...pickRandom(pool, r.count, rng));
  });
  const rows = await rawGetMany<Question>(db, 'questions', picked);
  return rows.filter((q): q is Question => q !== undefined);
}

/** `drawPaper(db, test, seed)` with a new seed each run, next to rawDraw with the same seed. */
async function randomDraw(runs = 20) {
  const { dexie, raw } = requireSession();
  const test = benchTest();
  const seedOf = (run: number) => `bench-draw-${run}`;
  const r = await interleave(runs, {
    app: async (run) => (await drawPaper(dexie, test, seedOf(run))).map((item) => item.questionId).join(','),
    raw: async (run) => idsOf(await rawDraw(raw, test, seedOf(run))),
  });
  const available = await Promise.all(
    test.rules.map(async (r) => {
      const sets = await Promise.all(
        ruleKeySets(r).map(
          async (keys) =>
            new Set((await dexie.questions.where('ruleKeys').anyOf(keys).primaryKeys()) as string[]),
        ),
      );
      const [first, ...rest] = sets;
      return [...first!].filter((id) => rest.every((s) => s.has(id))).length;
    }),
  );
  return {
    rules: test.rules.map((r, i) => ({
      type: r.type,
      count: r.count,
      tags: r.tags,
      category: r.category,
      difficulty: `${r.minDifficulty}–${r.maxDifficulty}`,
      available: available[i],
    })),
    questionsDrawn: r.app!.answer.split(',').length,
    app: r.app!.timings,
    raw: r.raw!.timings,
    sameAnswer: r.app!.answer === r.raw!.answer,
  };
}

function releaseAuthoring() {
  data = null;
  closeAuthoringSession();
}

function authoringFingerprintOf(preset: string, seed?: number): string {
  if (!isAuthoringPresetName(preset)) throw new Error(`unknown authoring preset ${preset}`);
  return authoringFingerprint(AUTHORING_PRESETS[preset], seed);
}

export const authoringApi = {
  authoringFingerprint: authoringFingerprintOf,
  generateAuthoringData,
  seedAuthoring,
  openAuthoringSession,
  closeAuthoringSession,
  catalogueSearch,
  questionSearch,
  openCourseReads,
  randomDraw,
  releaseAuthoring,
};
