import { DomainError } from '../../../../shared/domain/errors';
import { lessonInputSchema, type Lesson, type LessonInput } from '../../../../shared/domain/course';
import { lessonSearchTexts, withLessonIndexFields } from '../../../../shared/domain/course-index';
import { orderAtEnd, planMove } from '../../../../shared/domain/course-order';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { requireEditable } from './course-commands';
import { liveLessons } from './queries';
import { validated } from './validate';
import { newId, type WriteContext } from '../shared-ui';

function lessonTables(db: TrainDeskDatabase) {
  return [db.courses, db.lessons, db.searchTerms];
}

/**
 * A write that stores rich text: the sanitiser (DOMPurify in the app, rich-text's rule) is passed in
 * because it needs a real DOM, which unit tests do not have.
 */
export interface LessonWriteContext extends WriteContext {
  sanitize(html: string): string;
}

function lessonFields(input: LessonInput, ctx: LessonWriteContext) {
  const fields = validated(lessonInputSchema, input);
  // Pasted HTML may carry scripts or tracking; only what the editor can show is kept.
  return { ...fields, contentHtml: ctx.sanitize(fields.contentHtml) };
}

/** Any change to a lesson is a change to the draft: it now differs from the latest version. */
async function touchCourse(db: TrainDeskDatabase, courseId: string, ctx: WriteContext, lessonDelta = 0) {
  const course = await requireEditable(db, courseId);
  await db.courses.update(courseId, {
    draftChanged: true,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    lessonCount: course.lessonCount + lessonDelta,
  });
}

async function requireLesson(db: TrainDeskDatabase, id: string): Promise<Lesson> {
  const lesson = await db.lessons.get(id);
  if (!lesson || lesson.deletedAt !== undefined) throw new DomainError('courses:errors.lessonNotFound');
  return lesson;
}

/** Adds a lesson at the end of the course's lessons. */
export async function addLesson(
  db: TrainDeskDatabase,
  courseId: string,
  input: LessonInput,
  ctx: LessonWriteContext,
): Promise<Lesson> {
  const fields = lessonFields(input, ctx);
  return db.transaction('rw', lessonTables(db), async () => {
    await touchCourse(db, courseId, ctx, 1);
    const last = await db.lessons
      .where('[courseId+order]')
      .between([courseId, -Infinity], [courseId, Infinity])
      .last();
    const lesson = withLessonIndexFields({
      id: newId(ctx),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      courseId,
      order: orderAtEnd(last?.order),
      ...fields,
    });
    await db.lessons.add(lesson);
    await reindexTexts(
      db,
      { kind: 'lesson', id: lesson.id, group: courseId },
      null,
      lessonSearchTexts(lesson),
    );
    return lesson;
  });
}

export async function updateLesson(
  db: TrainDeskDatabase,
  id: string,
  input: LessonInput,
  ctx: LessonWriteContext,
): Promise<Lesson> {
  const fields = lessonFields(input, ctx);
  return db.transaction('rw', lessonTables(db), async () => {
    const current = await requireLesson(db, id);
    await touchCourse(db, current.courseId, ctx);
    const next = withLessonIndexFields({ ...current, ...fields, updatedAt: ctx.now, updatedBy: ctx.actor });
    await db.lessons.put(next);
    await reindexTexts(
      db,
      { kind: 'lesson', id, group: current.courseId },
      lessonSearchTexts(current),
      lessonSearchTexts(next),
    );
    return next;
  });
}

/** Removes a lesson from the draft (a tombstone); published versions keep their copy. */
export async function deleteLesson(db: TrainDeskDatabase, id: string, ctx: WriteContext) {
  await db.transaction('rw', lessonTables(db), async () => {
    const current = await requireLesson(db, id);
    await touchCourse(db, current.courseId, ctx, -1);
    await db.lessons.update(id, { deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.actor });
    await reindexTexts(db, { kind: 'lesson', id, group: current.courseId }, lessonSearchTexts(current), null);
  });
}

/** Moves a lesson to position `to` (0-based): one row written, unless the order numbers ran out of room. */
export async function moveLesson(db: TrainDeskDatabase, id: string, to: number, ctx: WriteContext) {
  await db.transaction('rw', lessonTables(db), async () => {
    const lesson = await requireLesson(db, id);
    const lessons = await liveLessons(db, lesson.courseId);
    const from = lessons.findIndex((l) => l.id === id);
    const plan = planMove(
      lessons.map((l) => l.order),
      from,
      to,
    );
    if (!plan) return;
    await touchCourse(db, lesson.courseId, ctx);
    const stamp = { updatedAt: ctx.now, updatedBy: ctx.actor };
    if (plan.kind === 'one') {
      await db.lessons.update(id, { order: plan.order, ...stamp });
      return;
    }
    const moved = [...lessons];
    moved.splice(to, 0, ...moved.splice(from, 1));
    await db.lessons.bulkPut(moved.map((l, i) => ({ ...l, order: plan.orders[i]!, ...stamp })));
  });
}
