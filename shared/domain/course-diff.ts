import type { CourseFields, LessonFields, LessonSnapshot } from './course';

/** A course as two versions (or a version and the draft) are compared. */
export interface CourseState {
  course: CourseFields;
  /** In their order. */
  lessons: readonly LessonSnapshot[];
}

export interface FieldChange {
  field: keyof CourseFields;
  before: CourseFields[keyof CourseFields];
  after: CourseFields[keyof CourseFields];
}

export interface LessonEdit {
  before: LessonSnapshot;
  after: LessonSnapshot;
  fields: (keyof LessonFields)[];
}

export interface LessonMove {
  lesson: LessonSnapshot;
  /** 1-based positions in each state. */
  from: number;
  to: number;
}

export interface CourseDiff {
  fields: FieldChange[];
  added: LessonSnapshot[];
  removed: LessonSnapshot[];
  edited: LessonEdit[];
  moved: LessonMove[];
}

const COURSE_FIELDS: (keyof CourseFields)[] = [
  'code',
  'title',
  'category',
  'level',
  'delivery',
  'targetPositions',
  'objectives',
  'durationHours',
  'ownerIds',
  'tags',
];
/** Lists whose order carries no meaning: the same positions in another order are no change. */
const SET_FIELDS = new Set<keyof CourseFields>(['targetPositions', 'ownerIds', 'tags']);

const LESSON_FIELDS: (keyof LessonFields)[] = [
  'title',
  'method',
  'durationMinutes',
  'contentHtml',
  'images',
  'materialIds',
  'caseIds',
  'testId',
];

function sameCourseField(field: keyof CourseFields, a: CourseFields, b: CourseFields): boolean {
  const x = a[field];
  const y = b[field];
  if (Array.isArray(x) && Array.isArray(y)) {
    const norm = (v: string[]) => (SET_FIELDS.has(field) ? [...v].sort() : v).join('\u0000');
    return norm(x) === norm(y);
  }
  return x === y;
}

function sameLessonField(field: keyof LessonFields, a: LessonFields, b: LessonFields): boolean {
  if (field === 'images') {
    return (
      a.images.map((i) => `${i.sha256}/${i.name}`).join('|') ===
      b.images.map((i) => `${i.sha256}/${i.name}`).join('|')
    );
  }
  if (field === 'materialIds' || field === 'caseIds')
    return [...a[field]].sort().join('|') === [...b[field]].sort().join('|');
  return a[field] === b[field];
}

/** Ids of the longest run of lessons that kept their relative order (LCS); the others moved. */
function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i]![j] =
        before[i] === after[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

/**
 * What changed from `before` to `after`: course fields, and lessons added, removed, edited (which
 * fields) and moved. Lessons are matched by id, which a lesson keeps across versions; a lesson only
 * shifted by another's insertion or removal does not count as moved.
 */
export function diffCourse(before: CourseState, after: CourseState): CourseDiff {
  const fields = COURSE_FIELDS.filter((f) => !sameCourseField(f, before.course, after.course)).map(
    (field) => ({
      field,
      before: before.course[field],
      after: after.course[field],
    }),
  );
  const beforeById = new Map(before.lessons.map((l) => [l.id, l]));
  const afterById = new Map(after.lessons.map((l) => [l.id, l]));
  const added = after.lessons.filter((l) => !beforeById.has(l.id));
  const removed = before.lessons.filter((l) => !afterById.has(l.id));
  const edited: LessonEdit[] = [];
  for (const a of after.lessons) {
    const b = beforeById.get(a.id);
    if (!b) continue;
    const changed = LESSON_FIELDS.filter((f) => !sameLessonField(f, b, a));
    if (changed.length) edited.push({ before: b, after: a, fields: changed });
  }
  const commonBefore = before.lessons.filter((l) => afterById.has(l.id)).map((l) => l.id);
  const commonAfter = after.lessons.filter((l) => beforeById.has(l.id)).map((l) => l.id);
  const kept = keptInOrder(commonBefore, commonAfter);
  const moved: LessonMove[] = [];
  after.lessons.forEach((lesson, to) => {
    if (!beforeById.has(lesson.id) || kept.has(lesson.id)) return;
    moved.push({ lesson, from: before.lessons.findIndex((l) => l.id === lesson.id) + 1, to: to + 1 });
  });
  return { fields, added, removed, edited, moved };
}

export function isEmptyDiff(diff: CourseDiff): boolean {
  return (
    !diff.fields.length &&
    !diff.added.length &&
    !diff.removed.length &&
    !diff.edited.length &&
    !diff.moved.length
  );
}
