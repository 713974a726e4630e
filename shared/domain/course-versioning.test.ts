import { describe, expect, it } from 'vitest';
import { copyCode, draftFromVersion, freezeVersion, publishProblems } from './course-versioning';
import { draftCourse, draftLesson } from './course-test-data';

const sha = 'a'.repeat(64);

describe('publishing a course', () => {
  it('refuses a course with no title or no lesson, naming both problems', () => {
    expect(publishProblems(draftCourse({ title: '  ' }), 0)).toEqual([
      'courses:errors.noTitle',
      'courses:errors.noLessons',
    ]);
    expect(publishProblems(draftCourse(), 0)).toEqual(['courses:errors.noLessons']);
    expect(publishProblems(draftCourse(), 2)).toEqual([]);
  });

  it('refuses to publish again when the draft has not changed since the latest version', () => {
    const published = draftCourse({ status: 'published', latestVersion: 1, draftChanged: false });
    expect(publishProblems(published, 2)).toEqual(['courses:errors.nothingToPublish']);
    expect(publishProblems({ ...published, draftChanged: true }, 2)).toEqual([]);
  });

  it('refuses an archived course', () => {
    expect(publishProblems(draftCourse({ status: 'archived' }), 2)).toEqual(['courses:errors.archived']);
  });

  it('numbers versions one after the latest: v1, then v2', () => {
    const input = {
      id: 'v',
      lessons: [draftLesson('l1', 1)],
      changeNote: ' first ',
      publishedAt: 5,
      publishedBy: 'amy',
    };
    const v1 = freezeVersion({ ...input, course: draftCourse() });
    expect(v1).toMatchObject({
      version: 1,
      courseId: 'c1',
      changeNote: 'first',
      publishedAt: 5,
      publishedBy: 'amy',
    });
    const v2 = freezeVersion({ ...input, course: draftCourse({ latestVersion: 1 }) });
    expect(v2.version).toBe(2);
  });

  it('freezes copies: changing the draft afterwards leaves the version as it was', () => {
    const course = draftCourse({ tags: ['投诉'] });
    const lesson = draftLesson('l1', 1, {
      materialIds: ['m1'],
      images: [{ sha256: sha, name: 'a.png', mime: 'image/png', size: 3 }],
    });
    const version = freezeVersion({
      id: 'v',
      course,
      lessons: [lesson],
      changeNote: '',
      publishedAt: 1,
      publishedBy: 'x',
    });
    course.tags.push('新');
    course.title = '改了';
    lesson.materialIds.push('m2');
    lesson.images[0]!.name = 'b.png';
    expect(version.course.tags).toEqual(['投诉']);
    expect(version.course.title).toBe('投诉处理基础');
    expect(version.lessons[0]!.materialIds).toEqual(['m1']);
    expect(version.lessons[0]!.images[0]!.name).toBe('a.png');
    expect(version.attachmentShas).toEqual([sha]);
    // Only the lesson's own fields are frozen, not the draft's bookkeeping.
    expect(Object.keys(version.lessons[0]!).sort()).toEqual(
      [
        'caseIds',
        'contentHtml',
        'durationMinutes',
        'id',
        'images',
        'materialIds',
        'method',
        'testId',
        'title',
      ].sort(),
    );
  });
});

describe('starting a draft from an old version', () => {
  it('takes the version fields and lessons in order, keeps lesson ids, and removes lessons added since', () => {
    const v1 = freezeVersion({
      id: 'v',
      course: draftCourse({ title: '旧标题' }),
      lessons: [draftLesson('b', 7), draftLesson('a', 9)],
      changeNote: '',
      publishedAt: 1,
      publishedBy: 'x',
    });
    const plan = draftFromVersion(v1, [{ id: 'a' }, { id: 'c' }]);
    expect(plan.course.title).toBe('旧标题');
    expect(plan.lessons.map((l) => [l.id, l.order])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(plan.removeIds).toEqual(['c']);
    plan.course.tags.push('x');
    expect(v1.course.tags).toEqual(['投诉']);
  });
});

describe('the code of a duplicate', () => {
  it('adds -copy, then a number when that is taken, and never stacks suffixes', () => {
    const taken = new Set(['CS-101', 'CS-101-copy']);
    expect(copyCode('CS-101', (c) => taken.has(c))).toBe('CS-101-copy2');
    expect(copyCode('CS-101-copy', (c) => taken.has(c))).toBe('CS-101-copy2');
    expect(copyCode('X', () => false)).toBe('X-copy');
    expect(copyCode('', () => false)).toBe('');
  });
});
