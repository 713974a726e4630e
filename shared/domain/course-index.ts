import { attachmentShas } from './attachment';
import type { Course, CourseFields, Lesson, LessonFields } from './course';
import { htmlToText } from './fulltext';
import { nameSortKey } from './pinyin-search';
import { deletedFlag, type RecordMeta } from './record';

type CourseState = Pick<Course, 'status' | 'latestVersion' | 'draftChanged' | 'lessonCount'>;

/** Fills a course's derived index fields from its own fields; call on every write. */
export function withCourseIndexFields(course: RecordMeta & CourseFields & CourseState): Course {
  return {
    ...course,
    del: deletedFlag(course),
    titleKey: nameSortKey(course.title),
    // The draft's own fields hold no files; its lessons and versions carry their images.
    attachmentShas: [],
  };
}

export function withLessonIndexFields(
  lesson: RecordMeta & LessonFields & Pick<Lesson, 'courseId' | 'order'>,
): Lesson {
  return { ...lesson, attachmentShas: attachmentShas(lesson.images) };
}

/** What the full-text index holds for a course (kind 'course'). */
export function courseSearchTexts(course: CourseFields): string[] {
  return [course.code, course.title, course.objectives, course.tags.join(' ')];
}

/** What the full-text index holds for a lesson (kind 'lesson', grouped by its course). */
export function lessonSearchTexts(lesson: LessonFields): string[] {
  return [lesson.title, htmlToText(lesson.contentHtml)];
}
