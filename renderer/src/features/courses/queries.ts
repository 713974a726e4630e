import type { Collection, IndexableType } from 'dexie';
import type { Course, CourseStatus, CourseVersion, Lesson } from '../../../../shared/domain/course';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { statusCounterKey } from './counters';
import { KEY_MIN, keyMax } from '../shared-ui';

export interface CourseQuery {
  /** No status: drafts and published courses, the catalogue's default view (archived ones hidden). */
  status?: CourseStatus;
  category?: string;
  level?: string;
  delivery?: string;
  position?: string;
  search?: string;
}

export interface CatalogueRow {
  course: Course;
  /** Lessons whose text matched the search, for the row to name; empty without a search. */
  lessonIds: string[];
}

export interface CataloguePage {
  rows: CatalogueRow[];
  /** Where the next page starts, or null at the end. */
  after: IndexableType[] | null;
  /** A search shows at most SEARCH_LIMIT courses; true when there were more. */
  capped: boolean;
}

/** A search returns the best matches at once rather than paging: nobody scrolls past this many. */
export const SEARCH_LIMIT = 300;

const INDEXED_FILTERS = ['category', 'level', 'delivery', 'status'] as const;
type Filter = (typeof INDEXED_FILTERS)[number] | 'position';

interface Plan {
  index: string;
  prefix: IndexableType[];
  jsFilters: Filter[];
}

/**
 * The index that answers the query: the first active filter's compound index (a short range for a
 * small category), else the title index; other filters drop rows as the cursor walks.
 */
export function planCatalogueQuery(q: CourseQuery): Plan {
  const active = INDEXED_FILTERS.filter((f) => q[f]);
  const first = active[0];
  const jsFilters: Filter[] = active.filter((f) => f !== first);
  if (q.position) jsFilters.push('position');
  if (!first) return { index: '[del+titleKey+id]', prefix: [0], jsFilters };
  return { index: `[del+${first}+titleKey+id]`, prefix: [0, q[first]!], jsFilters };
}

export function matchesCourse(
  course: Course,
  q: CourseQuery,
  filters: readonly Filter[] = [...INDEXED_FILTERS, 'position'],
) {
  if (!q.status && course.status === 'archived') return false;
  return filters.every((f) => {
    if (!q[f]) return true;
    return f === 'position' ? course.targetPositions.includes(q.position!) : course[f] === q[f];
  });
}

export async function fetchCataloguePage(
  db: TrainDeskDatabase,
  q: CourseQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<CataloguePage> {
  if (q.search?.trim()) {
    const found = await searchCourses(db, q);
    if (found) return { ...found, after: null };
  }
  const plan = planCatalogueQuery(q);
  const lower = [...plan.prefix, KEY_MIN, KEY_MIN];
  const upper = [...plan.prefix, keyMax(), keyMax()];
  let collection: Collection<Course, string> = db.courses
    .where(plan.index)
    .between(after ?? lower, upper, after === null, true);
  if (plan.jsFilters.length > 0 || !q.status)
    collection = collection.filter((c) => matchesCourse(c, q, plan.jsFilters));
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return {
    rows: rows.map((course) => ({ course, lessonIds: [] })),
    after: rows.length < limit || !last ? null : [...plan.prefix, last.titleKey, last.id],
    capped: false,
  };
}

/** Read in pieces so that a query matching every course still reads only about a page of them. */
const SEARCH_CHUNK = 100;

/**
 * Courses whose code, title, objectives or tags match, and courses with a lesson whose title or text
 * matches, with those lessons named. Lesson hits carry their course, so no lesson is read here.
 * Null when the query has nothing to search for.
 */
export async function searchCourses(
  db: TrainDeskDatabase,
  q: CourseQuery,
): Promise<Omit<CataloguePage, 'after'> | null> {
  const [courseHits, lessonHits] = await Promise.all([
    searchFullText(db, 'course', q.search ?? ''),
    searchFullText(db, 'lesson', q.search ?? ''),
  ]);
  if (!courseHits || !lessonHits) return null;
  const lessonsByCourse = new Map<string, string[]>();
  for (const hit of courseHits) lessonsByCourse.set(hit.id, []);
  for (const hit of lessonHits) {
    const list = lessonsByCourse.get(hit.group);
    if (list) list.push(hit.id);
    else lessonsByCourse.set(hit.group, [hit.id]);
  }
  const ids = [...lessonsByCourse.keys()];
  const rows: CatalogueRow[] = [];
  let read = 0;
  while (read < ids.length && rows.length < SEARCH_LIMIT) {
    const chunk = ids.slice(read, read + SEARCH_CHUNK);
    read += chunk.length;
    const courses = await db.courses.bulkGet(chunk);
    for (const course of courses) {
      if (course && course.del === 0 && matchesCourse(course, q) && rows.length < SEARCH_LIMIT) {
        rows.push({ course, lessonIds: lessonsByCourse.get(course.id)! });
      }
    }
  }
  rows.sort(
    (a, b) => a.course.titleKey.localeCompare(b.course.titleKey) || a.course.id.localeCompare(b.course.id),
  );
  return { rows, capped: read < ids.length };
}

/** Live courses with this status, from the counter rows; without a status, drafts and published ones. */
export async function courseCount(db: TrainDeskDatabase, status?: CourseStatus): Promise<number> {
  const keys = (status ? [status] : (['draft', 'published'] as const)).map(statusCounterKey);
  const rows = await db.counters.bulkGet(keys);
  return rows.reduce((sum, row) => sum + (row?.value ?? 0), 0);
}

/** The draft's lessons in their order; one short index range per course. */
export async function liveLessons(db: TrainDeskDatabase, courseId: string): Promise<Lesson[]> {
  const rows = await db.lessons
    .where('[courseId+order]')
    .between([courseId, KEY_MIN], [courseId, Infinity])
    .toArray();
  return rows.filter((l) => l.deletedAt === undefined);
}

/** Every published version of a course, newest first (a course has a handful). */
export function courseVersions(db: TrainDeskDatabase, courseId: string): Promise<CourseVersion[]> {
  return db.courseVersions
    .where('[courseId+version]')
    .between([courseId, KEY_MIN], [courseId, Infinity])
    .reverse()
    .toArray();
}

export async function courseVersion(
  db: TrainDeskDatabase,
  courseId: string,
  version: number,
): Promise<CourseVersion | null> {
  return (await db.courseVersions.get({ courseId, version })) ?? null;
}
