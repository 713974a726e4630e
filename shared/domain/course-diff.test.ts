import { describe, expect, it } from 'vitest';
import { diffCourse, isEmptyDiff } from './course-diff';
import { courseFields, lessonSnapshot as l } from './course-test-data';

const state = (lessons = [l('a'), l('b'), l('c')], course = courseFields()) => ({ course, lessons });

describe('comparing two versions of a course', () => {
  it('finds nothing between equal versions, whatever the order of set-like lists', () => {
    const before = state(undefined, courseFields({ tags: ['a', 'b'] }));
    const after = state(undefined, courseFields({ tags: ['b', 'a'] }));
    expect(isEmptyDiff(diffCourse(before, after))).toBe(true);
  });

  it('lists changed course fields with before and after', () => {
    const diff = diffCourse(
      state(),
      state(undefined, courseFields({ title: '新标题', durationHours: 6, targetPositions: [] })),
    );
    expect(diff.fields).toEqual([
      { field: 'title', before: '投诉处理基础', after: '新标题' },
      { field: 'targetPositions', before: ['crSpecialist'], after: [] },
      { field: 'durationHours', before: 4, after: 6 },
    ]);
  });

  it('finds lessons added and removed, matched by id', () => {
    const diff = diffCourse(state(), state([l('a'), l('c'), l('d')]));
    expect(diff.added.map((x) => x.id)).toEqual(['d']);
    expect(diff.removed.map((x) => x.id)).toEqual(['b']);
    expect(diff.moved).toEqual([]);
    expect(diff.edited).toEqual([]);
  });

  it('names the fields of an edited lesson', () => {
    const diff = diffCourse(
      state(),
      state([l('a'), l('b', { title: '新', contentHtml: '<p>x</p>', testId: 't1' }), l('c')]),
    );
    expect(diff.edited).toHaveLength(1);
    expect(diff.edited[0]!.fields).toEqual(['title', 'contentHtml', 'testId']);
    expect(diff.edited[0]!.before.title).toBe('课时 b');
  });

  it('treats linked materials as a set but a changed image as an edit', () => {
    const img = (name: string) => ({ sha256: 'f'.repeat(64), name, mime: 'image/png', size: 1 });
    const before = state([l('a', { materialIds: ['m1', 'm2'], images: [img('x.png')] })]);
    const after = state([l('a', { materialIds: ['m2', 'm1'], images: [img('y.png')] })]);
    expect(diffCourse(before, after).edited[0]!.fields).toEqual(['images']);
  });

  it('reports a lesson dragged elsewhere as moved, but not the lessons it shifted', () => {
    const diff = diffCourse(state([l('a'), l('b'), l('c'), l('d')]), state([l('a'), l('c'), l('d'), l('b')]));
    expect(diff.moved.map((m) => [m.lesson.id, m.from, m.to])).toEqual([['b', 2, 4]]);
  });

  it('does not call lessons moved when only an insertion or removal shifted them', () => {
    const diff = diffCourse(state([l('a'), l('b')]), state([l('x'), l('a'), l('b')]));
    expect(diff.moved).toEqual([]);
    expect(diff.added.map((a) => a.id)).toEqual(['x']);
  });
});
