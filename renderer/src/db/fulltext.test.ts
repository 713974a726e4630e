import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '.';
import { reindexTexts, searchFullText } from './fulltext';

let n = 0;
let db: TrainDeskDatabase;
async function fresh() {
  db = createDatabase(`fulltext-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
  return db;
}
afterEach(() => db?.delete());

const ids = (hits: { id: string }[] | null) => hits?.map((h) => h.id).sort();

describe('full-text index', () => {
  it('finds records by a two-character Chinese word and names their group', async () => {
    await fresh();
    await reindexTexts(db, { kind: 'lesson', id: 'l1', group: 'c1' }, null, ['倾听客户的投诉']);
    await reindexTexts(db, { kind: 'lesson', id: 'l2', group: 'c2' }, null, ['投诉处理流程']);
    await reindexTexts(db, { kind: 'lesson', id: 'l3', group: 'c2' }, null, ['服务礼仪']);
    await reindexTexts(db, { kind: 'course', id: 'c9' }, null, ['投诉处理']);
    const hits = await searchFullText(db, 'lesson', '投诉');
    expect(hits?.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'l1', group: 'c1' },
      { id: 'l2', group: 'c2' },
    ]);
  });

  it('a longer query needs every piece; a single character or a typed word matches as a prefix', async () => {
    await fresh();
    await reindexTexts(db, { kind: 'question', id: 'q1' }, null, ['投诉处理的第一步']);
    await reindexTexts(db, { kind: 'question', id: 'q2' }, null, ['处理投诉']);
    await reindexTexts(db, { kind: 'question', id: 'q3' }, null, ['Complaint handling']);
    expect(ids(await searchFullText(db, 'question', '投诉处理'))).toEqual(['q1']);
    expect(ids(await searchFullText(db, 'question', '投'))).toEqual(['q1', 'q2']);
    expect(ids(await searchFullText(db, 'question', 'compl'))).toEqual(['q3']);
    expect(ids(await searchFullText(db, 'question', '售后'))).toEqual([]);
    expect(await searchFullText(db, 'question', '  ')).toBeNull();
  });

  it('an edit drops the words that went and a delete drops them all', async () => {
    await fresh();
    const ref = { kind: 'case', id: 'k1' } as const;
    await reindexTexts(db, ref, null, ['价格争议']);
    await reindexTexts(db, ref, ['价格争议'], ['售后服务']);
    expect(ids(await searchFullText(db, 'case', '价格'))).toEqual([]);
    expect(ids(await searchFullText(db, 'case', '售后'))).toEqual(['k1']);
    await reindexTexts(db, ref, ['售后服务'], null);
    expect(await db.searchTerms.count()).toBe(0);
  });
});
