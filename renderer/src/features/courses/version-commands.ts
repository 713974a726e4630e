import type { CourseVersion } from '../../../../shared/domain/course';
import {
  courseSearchTexts,
  lessonSearchTexts,
  withCourseIndexFields,
  withLessonIndexFields,
} from '../../../../shared/domain/course-index';
import { DomainError } from '../../../../shared/domain/errors';
import {
  draftFromVersion,
  freezeVersion,
  publishProblems,
} from '../../../../shared/domain/course-versioning';
import type { TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { bumpStatusCounter } from './counters';
import { requireCourse, requireEditable } from './course-commands';
import { liveLessons } from './queries';
import { newId, type WriteContext } from '../shared-ui';

/**
 * Freezes the draft as the next version (v1, v2, …) in one transaction. Refused, with nothing
 * written, when the course has no title or no lesson, or nothing changed since the latest version.
 */
export async function publishCourse(
  db: TrainDeskDatabase,
  courseId: string,
  changeNote: string,
  ctx: WriteContext,
): Promise<CourseVersion> {
  return db.transaction('rw', [db.courses, db.lessons, db.courseVersions, db.counters], async () => {
    const course = await requireCourse(db, courseId);
    const lessons = await liveLessons(db, courseId);
    const [problem] = publishProblems(course, lessons.length);
    if (problem) throw new DomainError(problem);
    const version = freezeVersion({
      id: newId(ctx),
      course,
      lessons,
      changeNote,
      publishedAt: ctx.now,
      publishedBy: ctx.actor,
    });
    // The unique [courseId+version] index refuses a second v(n) should two windows publish at once.
    await db.courseVersions.add(version);
    await db.courses.update(courseId, {
      status: 'published',
      latestVersion: version.version,
      draftChanged: false,
      lessonCount: lessons.length,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    if (course.status !== 'published') {
      await bumpStatusCounter(db, course.status, -1);
      await bumpStatusCounter(db, 'published', 1);
    }
    return version;
  });
}

/**
 * Replaces the draft's fields and lessons with those of an old version (the version itself stays as
 * it is). The screen warns first when the draft has unpublished changes, which this discards.
 */
export async function startDraftFromVersion(
  db: TrainDeskDatabase,
  courseId: string,
  versionNumber: number,
  ctx: WriteContext,
) {
  await db.transaction('rw', [db.courses, db.lessons, db.courseVersions, db.searchTerms], async () => {
    const course = await requireEditable(db, courseId);
    const version = await db.courseVersions.get({ courseId, version: versionNumber });
    if (!version) throw new DomainError('courses:errors.versionNotFound');
    const draft = await liveLessons(db, courseId);
    const plan = draftFromVersion(version, draft);
    const next = withCourseIndexFields({
      ...course,
      ...plan.course,
      lessonCount: plan.lessons.length,
      draftChanged: versionNumber !== course.latestVersion,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    await db.courses.put(next);
    await reindexTexts(
      db,
      { kind: 'course', id: courseId },
      courseSearchTexts(course),
      courseSearchTexts(next),
    );
    const draftById = new Map(draft.map((l) => [l.id, l]));
    for (const id of plan.removeIds) {
      const gone = draftById.get(id)!;
      await db.lessons.update(id, { deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.actor });
      await reindexTexts(db, { kind: 'lesson', id, group: courseId }, lessonSearchTexts(gone), null);
    }
    // A lesson removed from the draft after this version comes back under its old id.
    const stored = await db.lessons.bulkGet(plan.lessons.map((l) => l.id));
    for (const [i, snapshot] of plan.lessons.entries()) {
      const before = stored[i];
      const { deletedAt: _gone, ...kept } = before ?? { deletedAt: undefined };
      const lesson = withLessonIndexFields({
        ...kept,
        ...snapshot,
        courseId,
        createdAt: before?.createdAt ?? ctx.now,
        updatedAt: ctx.now,
        updatedBy: ctx.actor,
      });
      await db.lessons.put(lesson);
      const live = before && before.deletedAt === undefined ? lessonSearchTexts(before) : null;
      await reindexTexts(
        db,
        { kind: 'lesson', id: lesson.id, group: courseId },
        live,
        lessonSearchTexts(lesson),
      );
    }
  });
}
