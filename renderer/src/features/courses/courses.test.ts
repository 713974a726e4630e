import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import {
  archiveCourse,
  createCourse,
  duplicateCourse,
  unarchiveCourse,
  updateCourse,
} from './course-commands';
import { addLesson, deleteLesson, moveLesson, updateLesson } from './lesson-commands';
import { courseCount, courseVersion, courseVersions, fetchCataloguePage, liveLessons } from './queries';
import { ctx, courseInput, lessonInput } from './test-helpers';
import { publishCourse, startDraftFromVersion } from './version-commands';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`courses-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function courseWithLessons(titles: string[], input = courseInput()) {
  const course = await createCourse(db, input, ctx());
  const lessons = [];
  for (const title of titles) lessons.push(await addLesson(db, course.id, lessonInput({ title }), ctx()));
  return { course, lessons };
}

const search = async (text: string, status?: 'archived') =>
  (await fetchCataloguePage(db, { search: text, status }, null, 50)).rows;

describe('writing a course', () => {
  it('creates a draft, counts it, and finds it by its Chinese title', async () => {
    const course = await createCourse(db, courseInput(), ctx());
    expect(course).toMatchObject({ status: 'draft', latestVersion: 0, draftChanged: true, del: 0 });
    expect(course.titleKey).toContain('tou su');
    expect(await courseCount(db)).toBe(1);
    expect((await search('处理')).map((r) => r.course.id)).toEqual([course.id]);
  });

  it('refuses a code another course has, writing nothing', async () => {
    await createCourse(db, courseInput(), ctx());
    await expect(createCourse(db, courseInput({ title: '别的' }), ctx())).rejects.toMatchObject({
      code: 'courses:errors.duplicateCode',
      field: 'code',
    });
    expect(await db.courses.count()).toBe(1);
    expect(await courseCount(db)).toBe(1);
  });

  it('refuses bad input under its field', async () => {
    await expect(createCourse(db, courseInput({ durationHours: -1 }), ctx())).rejects.toMatchObject({
      code: 'courses:validation.hours',
      field: 'durationHours',
    });
    await expect(createCourse(db, courseInput({ code: 'a b' }), ctx())).rejects.toMatchObject({
      field: 'code',
    });
  });

  it('finds a course through the text of any of its lessons, naming the lessons that matched', async () => {
    const { course, lessons } = await courseWithLessons(
      ['开场白', '情绪安抚'],
      courseInput({ title: '沟通技巧', objectives: '' }),
    );
    await updateLesson(
      db,
      lessons[1]!.id,
      lessonInput({ title: '情绪安抚', contentHtml: '<p>面对<b>投诉</b>的客户</p>' }),
      ctx(),
    );
    const rows = await search('投诉');
    expect(rows.map((r) => r.course.id)).toEqual([course.id]);
    expect(rows[0]!.lessonIds).toEqual([lessons[1]!.id]);
    await deleteLesson(db, lessons[1]!.id, ctx());
    expect(await search('投诉')).toEqual([]);
  });

  it('sanitises lesson content before it is stored', async () => {
    const { course } = await courseWithLessons([]);
    const lesson = await addLesson(
      db,
      course.id,
      lessonInput({ contentHtml: '<p>ok</p><script>alert(1)</script>' }),
      ctx(),
    );
    expect((await db.lessons.get(lesson.id))?.contentHtml).toBe('<p>ok</p>');
  });

  it('keeps lessons in order; a move writes the moved lesson only', async () => {
    const { course, lessons } = await courseWithLessons(['一', '二', '三']);
    const before = await db.lessons.bulkGet(lessons.map((l) => l.id));
    await moveLesson(db, lessons[2]!.id, 0, ctx({ now: 99 }));
    const after = await liveLessons(db, course.id);
    expect(after.map((l) => l.title)).toEqual(['三', '一', '二']);
    expect(after.filter((l) => l.updatedAt === 99).map((l) => l.title)).toEqual(['三']);
    expect(after[1]!.order).toBe(before[0]!.order);
    await moveLesson(db, lessons[2]!.id, 2, ctx());
    expect((await liveLessons(db, course.id)).map((l) => l.title)).toEqual(['一', '二', '三']);
  });

  it('counts lessons and removes a deleted one from the draft only', async () => {
    const { course, lessons } = await courseWithLessons(['一', '二']);
    await deleteLesson(db, lessons[0]!.id, ctx());
    expect((await db.courses.get(course.id))?.lessonCount).toBe(1);
    expect((await db.lessons.get(lessons[0]!.id))?.deletedAt).toBeDefined();
    expect((await liveLessons(db, course.id)).map((l) => l.title)).toEqual(['二']);
  });
});

describe('publishing versions', () => {
  it('refuses a course without a title or without lessons, and nothing changes', async () => {
    const empty = await createCourse(db, courseInput({ code: '', title: '' }), ctx());
    await expect(publishCourse(db, empty.id, '', ctx())).rejects.toMatchObject({
      code: 'courses:errors.noTitle',
    });
    const { course } = await courseWithLessons([]);
    await expect(publishCourse(db, course.id, '', ctx())).rejects.toMatchObject({
      code: 'courses:errors.noLessons',
    });
    expect(await db.courseVersions.count()).toBe(0);
    expect((await db.courses.get(course.id))?.status).toBe('draft');
  });

  it('publishes v1 then v2; v1 stays exactly as it was published', async () => {
    const { course, lessons } = await courseWithLessons(['一', '二']);
    const v1 = await publishCourse(db, course.id, '首次发布', ctx({ now: 10 }));
    expect(v1).toMatchObject({ version: 1, changeNote: '首次发布', publishedAt: 10 });
    expect(await db.courses.get(course.id)).toMatchObject({
      status: 'published',
      latestVersion: 1,
      draftChanged: false,
    });
    expect(await courseCount(db, 'published')).toBe(1);
    expect(await courseCount(db, 'draft')).toBe(0);
    await expect(publishCourse(db, course.id, '', ctx())).rejects.toMatchObject({
      code: 'courses:errors.nothingToPublish',
    });

    await updateCourse(db, course.id, courseInput({ title: '投诉处理进阶' }), ctx());
    await updateLesson(db, lessons[0]!.id, lessonInput({ title: '一（修订）' }), ctx());
    await addLesson(db, course.id, lessonInput({ title: '三' }), ctx());
    expect((await db.courses.get(course.id))?.draftChanged).toBe(true);
    const v2 = await publishCourse(db, course.id, '增加课时三', ctx());
    expect(v2.version).toBe(2);
    expect(v2.lessons.map((l) => l.title)).toEqual(['一（修订）', '二', '三']);

    const stored = await courseVersion(db, course.id, 1);
    expect(stored?.course.title).toBe('投诉处理基础');
    expect(stored?.lessons.map((l) => l.title)).toEqual(['一', '二']);
    expect((await courseVersions(db, course.id)).map((v) => v.version)).toEqual([2, 1]);
  });

  it('starts a new draft from an old version: fields and lessons back, later lessons removed, ids kept', async () => {
    const { course, lessons } = await courseWithLessons(['一', '二']);
    await publishCourse(db, course.id, '', ctx());
    await updateCourse(db, course.id, courseInput({ title: '改名' }), ctx());
    await deleteLesson(db, lessons[0]!.id, ctx());
    await addLesson(db, course.id, lessonInput({ title: '新课时', contentHtml: '<p>升级</p>' }), ctx());
    await publishCourse(db, course.id, '', ctx());

    await startDraftFromVersion(db, course.id, 1, ctx());
    const draft = await db.courses.get(course.id);
    expect(draft).toMatchObject({
      title: '投诉处理基础',
      draftChanged: true,
      lessonCount: 2,
      latestVersion: 2,
    });
    const restored = await liveLessons(db, course.id);
    expect(restored.map((l) => [l.id, l.title])).toEqual([
      [lessons[0]!.id, '一'],
      [lessons[1]!.id, '二'],
    ]);
    expect(await search('升级')).toEqual([]);
    expect((await search('改名')).length).toBe(0);
    expect((await courseVersion(db, course.id, 2))?.lessons.map((l) => l.title)).toEqual(['二', '新课时']);
  });
});

describe('the catalogue', () => {
  it('hides archived courses by default, shows them under their filter, and refuses edits to them', async () => {
    const { course } = await courseWithLessons(['一']);
    await createCourse(
      db,
      courseInput({ code: 'B', title: '服务礼仪', category: 'etiquette', objectives: '' }),
      ctx(),
    );
    await archiveCourse(db, course.id, ctx());
    const page = await fetchCataloguePage(db, {}, null, 50);
    expect(page.rows.map((r) => r.course.title)).toEqual(['服务礼仪']);
    expect(await courseCount(db)).toBe(1);
    expect(await courseCount(db, 'archived')).toBe(1);
    const archived = await fetchCataloguePage(db, { status: 'archived' }, null, 50);
    expect(archived.rows.map((r) => r.course.id)).toEqual([course.id]);
    expect(await search('投诉')).toEqual([]);
    expect((await search('投诉', 'archived')).length).toBe(1);
    await expect(updateCourse(db, course.id, courseInput(), ctx())).rejects.toMatchObject({
      code: 'courses:errors.archived',
    });
    await unarchiveCourse(db, course.id, ctx());
    expect((await db.courses.get(course.id))?.status).toBe('draft');
  });

  it('filters by category, level, delivery and position, and pages after the last key', async () => {
    for (let i = 0; i < 12; i++) {
      await createCourse(
        db,
        courseInput({
          code: `C${i}`,
          title: `课程${String(i).padStart(2, '0')}`,
          category: i % 2 ? 'communication' : 'etiquette',
          level: i % 3 ? 'basic' : 'advanced',
          targetPositions: i === 4 ? ['csSupervisor'] : [],
        }),
        ctx(),
      );
    }
    const seen: string[] = [];
    let after = null;
    do {
      const page = await fetchCataloguePage(db, {}, after, 5);
      seen.push(...page.rows.map((r) => r.course.code));
      after = page.after;
    } while (after);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    const comm = await fetchCataloguePage(db, { category: 'communication', level: 'advanced' }, null, 50);
    expect(comm.rows.map((r) => r.course.code)).toEqual(['C3', 'C9']);
    const pos = await fetchCataloguePage(db, { position: 'csSupervisor' }, null, 50);
    expect(pos.rows.map((r) => r.course.code)).toEqual(['C4']);
  });

  it('duplicates a course as a new draft with its lessons, a suffixed code and no versions', async () => {
    const { course } = await courseWithLessons(['一', '二']);
    await publishCourse(db, course.id, '', ctx());
    const copy = await duplicateCourse(db, course.id, (t) => `${t}（副本）`, ctx());
    const again = await duplicateCourse(db, course.id, (t) => `${t}（副本）`, ctx());
    expect(copy).toMatchObject({
      code: 'CS-101-copy',
      title: '投诉处理基础（副本）',
      status: 'draft',
      latestVersion: 0,
      lessonCount: 2,
    });
    expect(again.code).toBe('CS-101-copy2');
    const lessons = await liveLessons(db, copy.id);
    expect(lessons.map((l) => l.title)).toEqual(['一', '二']);
    expect(await courseVersions(db, copy.id)).toEqual([]);
    expect((await search('副本')).map((r) => r.course.id).sort()).toEqual([copy.id, again.id].sort());
    expect(await courseCount(db, 'draft')).toBe(2);
  });
});
