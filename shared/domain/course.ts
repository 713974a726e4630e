import { z } from 'zod';
import { attachmentRefSchema, type AttachmentRef } from './attachment';
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

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong');
const ids = (max: number) => z.array(z.string().min(1)).max(max, 'courses:validation.tooMany');

/**
 * What the course form accepts. A draft may still lack a title: the rule "a course has a title and at
 * least one lesson" is checked when it is published (publishProblems), so a trainer can save early.
 */
export const courseInputSchema = z.object({
  code: text(40).regex(/^[\p{L}\p{N}_.-]*$/u, 'courses:validation.code'),
  title: text(200),
  category: text(60),
  level: text(60),
  delivery: text(60),
  targetPositions: z.array(text(60)).max(20, 'courses:validation.tooMany'),
  objectives: text(4000),
  durationHours: z
    .number({ error: 'courses:validation.hours' })
    .min(0, 'courses:validation.hours')
    .max(1000, 'courses:validation.hours'),
  ownerIds: ids(20),
  tags: z.array(text(30)).max(30, 'courses:validation.tooMany'),
});
export type CourseInput = z.input<typeof courseInputSchema>;

export function emptyCourseInput(): CourseInput {
  return {
    code: '',
    title: '',
    category: '',
    level: 'basic',
    delivery: 'classroom',
    targetPositions: [],
    objectives: '',
    durationHours: 0,
    ownerIds: [],
    tags: [],
  };
}

/** Trims and de-duplicates what the form sent, so equal courses compare equal in a diff. */
export function courseFieldsFromInput(input: CourseInput): CourseFields {
  const parsed = courseInputSchema.parse(input);
  const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return {
    ...parsed,
    targetPositions: distinct(parsed.targetPositions),
    ownerIds: distinct(parsed.ownerIds),
    tags: distinct(parsed.tags),
  };
}

export function courseInputFromFields(fields: CourseFields): CourseInput {
  return {
    code: fields.code,
    title: fields.title,
    category: fields.category,
    level: fields.level,
    delivery: fields.delivery,
    targetPositions: [...fields.targetPositions],
    objectives: fields.objectives,
    durationHours: fields.durationHours,
    ownerIds: [...fields.ownerIds],
    tags: [...fields.tags],
  };
}

export const lessonInputSchema = z.object({
  title: text(200).min(1, 'common:validation.required'),
  method: text(60),
  durationMinutes: z
    .number({ error: 'courses:validation.minutes' })
    .int('courses:validation.minutes')
    .min(0, 'courses:validation.minutes')
    .max(24 * 60, 'courses:validation.minutes'),
  // About a book's worth of text; images are attachments, not inline data.
  contentHtml: z.string().max(500_000, 'common:validation.tooLong'),
  images: z.array(attachmentRefSchema).max(100, 'courses:validation.tooMany'),
  materialIds: ids(50),
  caseIds: ids(50),
  testId: z.string().min(1).nullable(),
});
export type LessonInput = z.input<typeof lessonInputSchema>;

export function emptyLessonInput(): LessonInput {
  return {
    title: '',
    method: 'lecture',
    durationMinutes: 45,
    contentHtml: '',
    images: [],
    materialIds: [],
    caseIds: [],
    testId: null,
  };
}

export function lessonFieldsOf(lesson: LessonFields): LessonFields {
  return {
    title: lesson.title,
    method: lesson.method,
    durationMinutes: lesson.durationMinutes,
    contentHtml: lesson.contentHtml,
    images: lesson.images.map((i) => ({ ...i })),
    materialIds: [...lesson.materialIds],
    caseIds: [...lesson.caseIds],
    testId: lesson.testId,
  };
}
