import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import {
  addVocabularyEntry,
  moveVocabularyEntry,
  renameVocabularyEntry,
  setVocabularyEntryHidden,
  type VocabularyWriteContext,
} from './commands';
import { readVocabulary } from './queries';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`vocabulary-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

let ids = 0;
const ctx = (): VocabularyWriteContext => ({
  actor: 'tester',
  now: 1_700_000_000_000,
  newId: () => `id-${ids++}`,
});
const labelsOf = async (list: Parameters<typeof readVocabulary>[1]) =>
  (await readVocabulary(db, list)).map((e) => e.labels['zh-CN']);

describe('vocabulary commands', () => {
  it('starts from the shipped entries with their labels in both languages', async () => {
    const levels = await readVocabulary(db, 'courseLevel');
    expect(levels.map((e) => [e.key, e.labels['zh-CN'], e.labels.en])).toEqual([
      ['basic', '基础课程', 'Basic course'],
      ['advanced', '进阶课程', 'Advanced course'],
    ]);
    expect((await readVocabulary(db, 'courseCategory'))[0]?.labels).toEqual({
      'zh-CN': '沟通技巧',
      en: 'Communication skills',
    });
    expect(await readVocabulary(db, 'teachingMethod')).toHaveLength(5);
  });

  it('renames a shipped entry in both languages, stamped with who and when', async () => {
    await renameVocabularyEntry(
      db,
      'courseCategory',
      'loyalty',
      { 'zh-CN': '客户维系', en: 'Customer retention' },
      ctx(),
    );
    const entry = (await readVocabulary(db, 'courseCategory')).find((e) => e.key === 'loyalty');
    expect(entry?.labels).toEqual({ 'zh-CN': '客户维系', en: 'Customer retention' });
    const row = await db.vocabularies.where('[list+key]').equals(['courseCategory', 'loyalty']).first();
    expect(row).toMatchObject({ updatedBy: 'tester', updatedAt: 1_700_000_000_000, order: 3, hidden: false });
  });

  it('adds an entry at the end under a new key', async () => {
    const key = await addVocabularyEntry(
      db,
      'deliveryMode',
      { 'zh-CN': ' 混合式培训 ', en: 'Blended' },
      ctx(),
    );
    const modes = await readVocabulary(db, 'deliveryMode');
    expect(modes.at(-1)).toMatchObject({
      key,
      labels: { 'zh-CN': '混合式培训', en: 'Blended' },
      shipped: false,
    });
    expect(modes).toHaveLength(5);
  });

  it('refuses a name already in the list and writes nothing', async () => {
    const attempt = addVocabularyEntry(db, 'courseLevel', { 'zh-CN': '基础课程', en: 'Foundation' }, ctx());
    await expect(attempt).rejects.toMatchObject({
      code: 'settings:lists.errors.labelTaken',
      field: 'labels.zh-CN',
    });
    const rename = renameVocabularyEntry(
      db,
      'courseLevel',
      'advanced',
      { 'zh-CN': '高级', en: 'basic COURSE' },
      ctx(),
    );
    await expect(rename).rejects.toMatchObject({
      code: 'settings:lists.errors.labelTaken',
      field: 'labels.en',
    });
    expect(await db.vocabularies.count()).toBe(0);
  });

  it('refuses an empty name and writes nothing', async () => {
    const attempt = renameVocabularyEntry(db, 'courseLevel', 'basic', { 'zh-CN': '', en: 'Basic' }, ctx());
    await expect(attempt).rejects.toMatchObject({ code: 'settings:lists.errors.labelRequired' });
    expect(await db.vocabularies.count()).toBe(0);
  });

  it('refuses to change an entry that does not exist', async () => {
    await expect(setVocabularyEntryHidden(db, 'courseLevel', 'nope', true, ctx())).rejects.toMatchObject({
      code: 'settings:lists.errors.entryNotFound',
    });
  });

  it('hides and shows an entry, keeping a shipped label that follows the locale files', async () => {
    await setVocabularyEntryHidden(db, 'teachingMethod', 'rolePlay', true, ctx());
    let entry = (await readVocabulary(db, 'teachingMethod')).find((e) => e.key === 'rolePlay');
    expect(entry).toMatchObject({ hidden: true, labels: { 'zh-CN': '角色扮演', en: 'Role-play' } });
    expect(
      (await db.vocabularies.where('[list+key]').equals(['teachingMethod', 'rolePlay']).first())?.labels,
    ).toEqual({ 'zh-CN': '', en: '' });
    await setVocabularyEntryHidden(db, 'teachingMethod', 'rolePlay', false, ctx());
    entry = (await readVocabulary(db, 'teachingMethod')).find((e) => e.key === 'rolePlay');
    expect(entry?.hidden).toBe(false);
  });

  it('moves entries up and down, added ones included', async () => {
    await addVocabularyEntry(db, 'courseLevel', { 'zh-CN': '管理课程', en: 'Management course' }, ctx());
    await moveVocabularyEntry(db, 'courseLevel', 'advanced', -1, ctx());
    expect(await labelsOf('courseLevel')).toEqual(['进阶课程', '基础课程', '管理课程']);
    const added = (await readVocabulary(db, 'courseLevel'))[2]!.key;
    await moveVocabularyEntry(db, 'courseLevel', added, -1, ctx());
    await moveVocabularyEntry(db, 'courseLevel', added, -1, ctx());
    expect(await labelsOf('courseLevel')).toEqual(['管理课程', '进阶课程', '基础课程']);
    await moveVocabularyEntry(db, 'courseLevel', added, -1, ctx());
    expect(await labelsOf('courseLevel')).toEqual(['管理课程', '进阶课程', '基础课程']);
  });

  it('keeps each list to itself', async () => {
    await addVocabularyEntry(db, 'courseLevel', { 'zh-CN': '沟通技巧', en: 'Communication skills' }, ctx());
    expect(await readVocabulary(db, 'courseCategory')).toHaveLength(10);
    expect(await readVocabulary(db, 'courseLevel')).toHaveLength(3);
  });
});
