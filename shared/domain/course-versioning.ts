import { attachmentShas } from './attachment';
import {
  lessonFieldsOf,
  type Course,
  type CourseFields,
  type CourseVersion,
  type Lesson,
  type LessonSnapshot,
} from './course';

/**
 * Publishing rules. A published version is a frozen copy of the draft's fields and lessons; sessions
 * will point at one, so nothing here ever changes a version once made: a new publish adds the next
 * number, and "start a draft from an old version" copies the version into the draft.
 */

/** Why the draft cannot be published now, as i18n keys; empty when it can. */
export function publishProblems(
  course: Pick<Course, 'title' | 'status' | 'latestVersion' | 'draftChanged'>,
  lessonCount: number,
): string[] {
  if (course.status === 'archived') return ['courses:errors.archived'];
  const problems: string[] = [];
  if (!course.title.trim()) problems.push('courses:errors.noTitle');
  if (lessonCount === 0) problems.push('courses:errors.noLessons');
  if (problems.length === 0 && course.latestVersion > 0 && !course.draftChanged) {
    problems.push('courses:errors.nothingToPublish');
  }
  return problems;
}

export function courseFieldsOf(course: CourseFields): CourseFields {
  return {
    code: course.code,
    title: course.title,
    category: course.category,
    level: course.level,
    delivery: course.delivery,
    targetPositions: [...course.targetPositions],
    objectives: course.objectives,
    durationHours: course.durationHours,
    ownerIds: [...course.ownerIds],
    tags: [...course.tags],
  };
}

export interface FreezeInput {
  id: string;
  course: Course;
  /** The draft's live lessons in their order. */
  lessons: readonly Lesson[];
  changeNote: string;
  publishedAt: number;
  publishedBy: string;
}

/** The next version of the course: numbered after the latest, holding copies, never references. */
export function freezeVersion({
  id,
  course,
  lessons,
  changeNote,
  publishedAt,
  publishedBy,
}: FreezeInput): CourseVersion {
  const snapshots: LessonSnapshot[] = lessons.map((l) => ({ id: l.id, ...lessonFieldsOf(l) }));
  return {
    id,
    courseId: course.id,
    version: course.latestVersion + 1,
    publishedAt,
    publishedBy,
    changeNote: changeNote.trim(),
    course: courseFieldsOf(course),
    lessons: snapshots,
    attachmentShas: attachmentShas(snapshots.flatMap((l) => l.images)),
  };
}

export interface DraftRestorePlan {
  course: CourseFields;
  /** The version's lessons with the order they take in the draft; ids are kept so versions still compare. */
  lessons: (LessonSnapshot & { order: number })[];
  /** Live draft lessons the version does not have: they are removed from the draft. */
  removeIds: string[];
}

/** What the draft becomes when a trainer starts a new draft from an old version. */
export function draftFromVersion(
  version: CourseVersion,
  draftLessons: readonly Pick<Lesson, 'id'>[],
): DraftRestorePlan {
  const keep = new Set(version.lessons.map((l) => l.id));
  return {
    course: courseFieldsOf(version.course),
    lessons: version.lessons.map((l, i) => ({ id: l.id, ...lessonFieldsOf(l), order: i + 1 })),
    removeIds: draftLessons.filter((l) => !keep.has(l.id)).map((l) => l.id),
  };
}

/**
 * The code a duplicate gets: the original's with `-copy`, or `-copy2`, `-copy3`… when that is taken.
 * `taken` answers whether a code is in use.
 */
export function copyCode(code: string, taken: (code: string) => boolean): string {
  const base = code.replace(/-copy\d*$/, '');
  if (!base) return '';
  for (let n = 1; ; n++) {
    const candidate = `${base}-copy${n === 1 ? '' : n}`;
    if (!taken(candidate)) return candidate;
  }
}
