import { DomainError } from '../../../../shared/domain/errors';
import {
  courseFieldsFromInput,
  courseInputSchema,
  type Course,
  type CourseInput,
  type CourseStatus,
} from '../../../../shared/domain/course';
import {
  courseSearchTexts,
  lessonSearchTexts,
  withCourseIndexFields,
  withLessonIndexFields,
} from '../../../../shared/domain/course-index';
import { copyCode } from '../../../../shared/domain/course-versioning';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { bumpStatusCounter } from './counters';
import { liveLessons } from './queries';
import { validated } from './validate';
import { newId, type WriteContext } from '../shared-ui';

export async function requireCourse(db: TrainDeskDatabase, id: string): Promise<Course> {
  const course = await db.courses.get(id);
  if (!course || course.deletedAt !== undefined) throw new DomainError('courses:errors.notFound');
  return course;
}

/** Archived courses are read-only until restored: sessions no longer pick them. */
export async function requireEditable(db: TrainDeskDatabase, id: string): Promise<Course> {
  const course = await requireCourse(db, id);
  if (course.status === 'archived') throw new DomainError('courses:errors.archived');
  return course;
}

async function refuseTakenCode(db: TrainDeskDatabase, code: string, selfId?: string) {
  if (!code) return;
  const holder = await db.courses.where('code').equals(code).first();
  if (holder && holder.id !== selfId) {
    throw new DomainError('courses:errors.duplicateCode', 'code', { title: holder.title });
  }
}

function courseTables(db: TrainDeskDatabase) {
  return [db.courses, db.lessons, db.counters, db.searchTerms];
}

export async function createCourse(
  db: TrainDeskDatabase,
  input: CourseInput,
  ctx: WriteContext,
): Promise<Course> {
  const fields = courseFieldsFromInput(validated(courseInputSchema, input));
  const course = withCourseIndexFields({
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    ...fields,
    status: 'draft',
    latestVersion: 0,
    draftChanged: true,
    lessonCount: 0,
  });
  await db.transaction('rw', courseTables(db), async () => {
    await refuseTakenCode(db, course.code);
    await db.courses.add(course);
    await bumpStatusCounter(db, 'draft', 1);
    await reindexTexts(db, { kind: 'course', id: course.id }, null, courseSearchTexts(course));
  });
  return course;
}

export async function updateCourse(
  db: TrainDeskDatabase,
  id: string,
  input: CourseInput,
  ctx: WriteContext,
): Promise<Course> {
  const fields = courseFieldsFromInput(validated(courseInputSchema, input));
  return db.transaction('rw', courseTables(db), async () => {
    const current = await requireEditable(db, id);
    await refuseTakenCode(db, fields.code, id);
    const next = withCourseIndexFields({
      ...current,
      ...fields,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      draftChanged: true,
    });
    await db.courses.put(next);
    await reindexTexts(db, { kind: 'course', id }, courseSearchTexts(current), courseSearchTexts(next));
    return next;
  });
}

async function setStatus(db: TrainDeskDatabase, id: string, status: CourseStatus, ctx: WriteContext) {
  await db.transaction('rw', courseTables(db), async () => {
    const current = await requireCourse(db, id);
    if (current.status === status) return;
    await db.courses.update(id, { status, updatedAt: ctx.now, updatedBy: ctx.actor });
    await bumpStatusCounter(db, current.status, -1);
    await bumpStatusCounter(db, status, 1);
  });
}

/** Out of the catalogue's default view and read-only; its versions stay for the sessions that use them. */
export function archiveCourse(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  return setStatus(db, id, 'archived', ctx);
}

/** Back to published if it ever was, else back to draft. */
export async function unarchiveCourse(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  const course = await requireCourse(db, id);
  return setStatus(db, id, course.latestVersion > 0 ? 'published' : 'draft', ctx);
}

/**
 * A new draft with the course's current fields and lessons: code suffixed, title marked as a copy
 * (in the user's language, passed in), no versions.
 */
export async function duplicateCourse(
  db: TrainDeskDatabase,
  id: string,
  titleOfCopy: (title: string) => string,
  ctx: WriteContext,
): Promise<Course> {
  return db.transaction('rw', courseTables(db), async () => {
    const source = await requireCourse(db, id);
    const lessons = await liveLessons(db, id);
    const taken = new Set(
      source.code
        ? await db.courses
            .where('code')
            .startsWith(source.code.replace(/-copy\d*$/, ''))
            .keys()
        : [],
    );
    const copy = withCourseIndexFields({
      id: newId(ctx),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      code: copyCode(source.code, (c) => taken.has(c)),
      title: titleOfCopy(source.title),
      category: source.category,
      level: source.level,
      delivery: source.delivery,
      targetPositions: [...source.targetPositions],
      objectives: source.objectives,
      durationHours: source.durationHours,
      ownerIds: [...source.ownerIds],
      tags: [...source.tags],
      status: 'draft',
      latestVersion: 0,
      draftChanged: true,
      lessonCount: lessons.length,
    });
    await db.courses.add(copy);
    await bumpStatusCounter(db, 'draft', 1);
    await reindexTexts(db, { kind: 'course', id: copy.id }, null, courseSearchTexts(copy));
    for (const [i, lesson] of lessons.entries()) {
      const next = withLessonIndexFields({
        ...lesson,
        id: newId(ctx),
        courseId: copy.id,
        order: i + 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
      });
      await db.lessons.add(next);
      await reindexTexts(db, { kind: 'lesson', id: next.id, group: copy.id }, null, lessonSearchTexts(next));
    }
    return copy;
  });
}
