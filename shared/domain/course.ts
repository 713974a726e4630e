import type { AttachmentRef } from './attachment';
import type { DeletedFlag, RecordMeta } from './record';

/**
 * Courses 课程 and lessons 课时 (DOMAIN.md "Curriculum"). Ids of levels, delivery modes and teaching
 * methods are stable; labels live in the locale files and in the editable lists (vocabularies).
 */
export const COURSE_LEVELS = ['basic', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const DELIVERY_MODES = ['classroom', 'external', 'online', 'onTheJob'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const TEACHING_METHODS = [
  'lecture',
  'groupDiscussion',
  'caseStudy',
  'rolePlay',
  'complaintDrill',
] as const;
export type TeachingMethod = (typeof TEACHING_METHODS)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** What the trainer edits; a published version freezes a copy of these and of the lessons. */
export interface CourseFields {
  code: string;
  title: string;
  /** Id from the editable course-category list (defaults: COURSE_CATEGORIES). */
  category: string;
  level: string;
  delivery: string;
  /** Positions from the people registry (客户关系专员, …). */
  targetPositions: string[];
  objectives: string;
  durationHours: number;
  /** People ids of the owning trainers. */
  ownerIds: string[];
  tags: string[];
}

/** The draft a trainer edits, with the state of its publishing. */
export interface Course extends RecordMeta, CourseFields {
  /** draft: never published; published: has versions; archived: out of the catalogue's default view. */
  status: CourseStatus;
  /** Highest published version number, 0 before the first publish. */
  latestVersion: number;
  /** The draft differs from the latest published version. */
  draftChanged: boolean;
  lessonCount: number;
  del: DeletedFlag;
  /** Sort key of the title (pinyin for Chinese) for the catalogue's indexes. */
  titleKey: string;
  attachmentShas: string[];
}

export interface LessonFields {
  title: string;
  method: string;
  durationMinutes: number;
  /** Rich text (TipTap HTML), sanitised with DOMPurify before it is stored and before it is shown. */
  contentHtml: string;
  /** Images placed in the content, stored as attachments; the HTML points at them by sha256. */
  images: AttachmentRef[];
  materialIds: string[];
  caseIds: string[];
  testId: string | null;
}

/** A lesson of a course's draft; `order` sorts lessons within the course (fractional, so a drag writes one row). */
export interface Lesson extends RecordMeta, LessonFields {
  courseId: string;
  order: number;
  attachmentShas: string[];
}

/** A lesson as frozen in a version: its id stays the draft lesson's id so versions can be compared. */
export interface LessonSnapshot extends LessonFields {
  id: string;
}

/** An immutable published version (v1, v2, …). Sessions point at one; it never changes. */
export interface CourseVersion {
  id: string;
  courseId: string;
  version: number;
  publishedAt: number;
  publishedBy: string;
  changeNote: string;
  course: CourseFields;
  lessons: LessonSnapshot[];
  attachmentShas: string[];
}
