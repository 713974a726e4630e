import {
  emptyCourseInput,
  emptyLessonInput,
  type CourseInput,
  type LessonInput,
} from '../../../../shared/domain/course';
import type { LessonWriteContext } from './lesson-commands';

export function ctx(overrides: Partial<LessonWriteContext> = {}): LessonWriteContext {
  return {
    actor: 'tester',
    now: Date.parse('2026-11-23T08:00:00Z'),
    // Stands in for DOMPurify, which needs a real DOM: enough to show that commands sanitise.
    sanitize: (html) => html.replace(/<script[\s\S]*?<\/script>/gi, ''),
    ...overrides,
  };
}

export function courseInput(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    ...emptyCourseInput(),
    code: 'CS-101',
    title: '投诉处理基础',
    category: 'complaintHandling',
    objectives: '掌握投诉处理的标准流程',
    durationHours: 4,
    ...overrides,
  };
}

export function lessonInput(overrides: Partial<LessonInput> = {}): LessonInput {
  return { ...emptyLessonInput(), title: '倾听与共情', contentHtml: '<p>先听完客户的话</p>', ...overrides };
}
