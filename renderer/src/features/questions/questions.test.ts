import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { createQuestion, deleteQuestion, restoreQuestion, updateQuestion } from './commands';
import { LIVE_QUESTIONS_COUNTER } from './counters';
import { fetchQuestionsPage } from './queries';
import { ctx, questionInput } from './test-helpers';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`questions-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const liveCount = async () => (await db.counters.get(LIVE_QUESTIONS_COUNTER))?.value ?? 0;
const search = async (query: string) => (await searchFullText(db, 'question', query))?.map((h) => h.id);

describe('writing a question', () => {
  it('stores it with its rule keys, counts it and makes stem, options, explanation and tags searchable', async () => {
    const q = await createQuestion(db, questionInput('single', { tags: ['投诉流程', 'CRM'] }), ctx());
    expect(await db.questions.get(q.id)).toMatchObject({
      version: 1,
      usedVersion: 0,
      del: 0,
      ruleKeys: ['single|2|', 'single|2|投诉流程', 'single|2|CRM', 'single|2|@complaintHandling'],
    });
    expect(await liveCount()).toBe(1);
    for (const query of ['受理', '归档', '回访', 'crm', '投诉流程'])
      expect(await search(query)).toEqual([q.id]);
  });

  it('refuses bad input with the message of its field, and writes nothing', async () => {
    await expect(createQuestion(db, questionInput('single', { answer: [] }), ctx())).rejects.toMatchObject({
      code: 'questions:validation.singleNeedsOne',
      field: 'answer',
    });
    expect(await db.questions.count()).toBe(0);
    expect(await db.searchTerms.count()).toBe(0);
  });
});

describe('editing a question', () => {
  it('changes an unused question in place and moves its search entries', async () => {
    const q = await createQuestion(db, questionInput(), ctx());
    const edit = await updateQuestion(
      db,
      q.id,
      questionInput('single', { stem: '哪一步最先做？' }),
      ctx({ now: 5 }),
    );
    expect(edit.newVersion).toBe(false);
    expect(edit.question).toMatchObject({ version: 1, stem: '哪一步最先做？', updatedAt: 5 });
    expect(await db.questionVersions.count()).toBe(0);
    expect(await search('下一步')).toEqual([]);
    expect(await search('哪一')).toEqual([q.id]);
  });

  it('starts a new version when an attempt used the current one, keeping what the attempt saw', async () => {
    const q = await createQuestion(db, questionInput(), ctx());
    // What the trainee feature does when an attempt starts on version 1.
    await db.questions.update(q.id, { usedVersion: 1 });
    const edit = await updateQuestion(
      db,
      q.id,
      questionInput('single', { answer: ['C'], difficulty: 4 }),
      ctx(),
    );
    expect(edit.newVersion).toBe(true);
    expect(edit.question).toMatchObject({ version: 2, usedVersion: 1, answer: ['C'] });
    expect(edit.question.ruleKeys).toContain('single|4|投诉流程');
    const versions = await db.questionVersions.where('[questionId+version]').equals([q.id, 1]).toArray();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ answer: ['A'], difficulty: 2, version: 1 });

    // The next edit of the unused version 2 changes it in place.
    const again = await updateQuestion(
      db,
      q.id,
      questionInput('single', { answer: ['B'], difficulty: 4 }),
      ctx(),
    );
    expect(again).toMatchObject({ newVersion: false, question: { version: 2, answer: ['B'] } });
    expect(await db.questionVersions.count()).toBe(1);
  });

  it('writes nothing when nothing changed', async () => {
    const q = await createQuestion(db, questionInput(), ctx());
    await db.questions.update(q.id, { usedVersion: 1 });
    const edit = await updateQuestion(db, q.id, questionInput(), ctx({ now: 99 }));
    expect(edit).toMatchObject({ newVersion: false, question: { version: 1, updatedAt: q.updatedAt } });
    expect(await db.questionVersions.count()).toBe(0);
  });
});

describe('deleting a question', () => {
  it('hides it from random rules and the list, and restoring brings both back', async () => {
    const q = await createQuestion(db, questionInput(), ctx());
    await deleteQuestion(db, q.id, ctx());
    expect(await db.questions.get(q.id)).toMatchObject({ del: 1, ruleKeys: [] });
    expect(await liveCount()).toBe(0);
    expect((await fetchQuestionsPage(db, { deleted: false }, null, 50)).rows).toEqual([]);
    expect((await fetchQuestionsPage(db, { deleted: true }, null, 50)).rows.map((r) => r.id)).toEqual([q.id]);
    await expect(updateQuestion(db, q.id, questionInput(), ctx())).rejects.toMatchObject({
      code: 'questions:errors.deleted',
    });
    await restoreQuestion(db, q.id, ctx());
    expect((await db.questions.get(q.id))?.ruleKeys).toHaveLength(3);
    expect(await liveCount()).toBe(1);
  });
});

describe('the question list', () => {
  async function seed() {
    const made = [];
    for (let i = 0; i < 30; i++) {
      const type = (['single', 'multiple', 'trueFalse'] as const)[i % 3];
      made.push(
        await createQuestion(
          db,
          questionInput(type, {
            stem: `问题${i} 关于${i % 2 ? '礼仪' : '投诉'}`,
            tags: i % 5 === 0 ? ['重点'] : [],
            difficulty: (i % 5) + 1,
            category: i % 2 ? 'etiquette' : 'complaintHandling',
          }),
          ctx({ now: 1000 + i }),
        ),
      );
    }
    return made;
  }

  it('pages newest first and continues after the last row', async () => {
    await seed();
    const first = await fetchQuestionsPage(db, { deleted: false }, null, 20);
    expect(first.rows.map((r) => r.updatedAt)).toEqual(Array.from({ length: 20 }, (_, i) => 1029 - i));
    const second = await fetchQuestionsPage(db, { deleted: false }, first.after, 20);
    expect(second.rows.map((r) => r.updatedAt)).toEqual(Array.from({ length: 10 }, (_, i) => 1009 - i));
    expect(second.after).toBeNull();
  });

  it('filters by type, category, tag and difficulty together, and searches the text', async () => {
    await seed();
    const ofType = await fetchQuestionsPage(db, { deleted: false, type: 'single' }, null, 50);
    expect(ofType.rows).toHaveLength(10);
    const both = await fetchQuestionsPage(
      db,
      { deleted: false, type: 'single', category: 'etiquette', difficulty: 4 },
      null,
      50,
    );
    expect(both.rows.map((r) => r.stem)).toEqual(['问题3 关于礼仪']);
    const tagged = await fetchQuestionsPage(db, { deleted: false, tag: '重点' }, null, 50);
    expect(tagged.rows.map((r) => r.stem)).toEqual([
      '问题25 关于礼仪',
      '问题20 关于投诉',
      '问题15 关于礼仪',
      '问题10 关于投诉',
      '问题5 关于礼仪',
      '问题0 关于投诉',
    ]);
    const found = await fetchQuestionsPage(db, { deleted: false, search: '礼仪', tag: '重点' }, null, 50);
    expect(found.rows.map((r) => r.stem)).toEqual(['问题25 关于礼仪', '问题15 关于礼仪', '问题5 关于礼仪']);
  });
});
