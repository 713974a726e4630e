import type { Course, CourseFields, Lesson, LessonSnapshot } from './course';

/** Test data shared by the course rule tests. */
export function courseFields(overrides: Partial<CourseFields> = {}): CourseFields {
  return {
    code: 'CS-101',
    title: '投诉处理基础',
    category: 'complaintHandling',
    level: 'basic',
    delivery: 'classroom',
    targetPositions: ['crSpecialist'],
    objectives: '掌握投诉处理流程',
    durationHours: 4,
    ownerIds: ['p1'],
    tags: ['投诉'],
    ...overrides,
  };
}

export function lessonSnapshot(id: string, overrides: Partial<LessonSnapshot> = {}): LessonSnapshot {
  return {
    id,
    title: `课时 ${id}`,
    method: 'lecture',
    durationMinutes: 45,
    contentHtml: `<p>内容 ${id}</p>`,
    images: [],
    materialIds: [],
    caseIds: [],
    testId: null,
    ...overrides,
  };
}

export function draftCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: 'c1',
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'tester',
    ...courseFields(),
    status: 'draft',
    latestVersion: 0,
    draftChanged: true,
    lessonCount: 0,
    del: 0,
    titleKey: 'tou su',
    attachmentShas: [],
    ...overrides,
  };
}

export function draftLesson(id: string, order: number, overrides: Partial<Lesson> = {}): Lesson {
  return {
    ...lessonSnapshot(id),
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'tester',
    courseId: 'c1',
    order,
    attachmentShas: [],
    ...overrides,
  };
}
