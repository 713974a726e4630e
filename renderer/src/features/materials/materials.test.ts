import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMaterialInput, type MaterialInput } from '../../../../shared/domain/material';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import {
  createMaterial,
  deleteMaterial,
  publishNewEdition,
  restoreMaterial,
  updateMaterial,
  withdrawMaterialEdition,
} from './commands';
import {
  editionsOf,
  fetchMaterialsPage,
  liveMaterialsCount,
  planMaterialsQuery,
  type MaterialsQuery,
} from './queries';
import type { WriteContext } from '../shared-ui';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`materials-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ctx = (now = 1_000): WriteContext => ({ actor: 'tester', now });
const material = (overrides: Partial<MaterialInput> = {}): MaterialInput => ({
  ...emptyMaterialInput(),
  title: '投诉处理实务',
  type: 'textbook',
  authors: ['张伟', '李娜'],
  category: 'complaintHandling',
  description: '投诉处理七步法与典型案例',
  ...overrides,
});
const base: MaterialsQuery = { deleted: false };
const file = { sha256: 'a'.repeat(64), name: '第2版.pdf', mime: 'application/pdf', size: 1024 };

describe('materials', () => {
  it('adds a material, counts it and finds it by title, author and description', async () => {
    const m = await createMaterial(db, material(), ctx());
    expect(await db.materials.get(m.id)).toMatchObject({ del: 0, currentEdition: 0, updatedBy: 'tester' });
    expect(await liveMaterialsCount(db)).toBe(1);
    for (const q of ['投诉', '李娜', '七步法']) {
      expect(
        (await fetchMaterialsPage(db, { ...base, search: q }, null, 50)).rows.map((r) => r.id),
        q,
      ).toEqual([m.id]);
    }
    expect((await fetchMaterialsPage(db, { ...base, search: '礼仪' }, null, 50)).rows).toEqual([]);
  });

  it('refuses a material without a title and writes nothing', async () => {
    await expect(createMaterial(db, material({ title: ' ' }), ctx())).rejects.toMatchObject({
      code: 'validation.required',
      field: 'title',
    });
    expect(await db.materials.count()).toBe(0);
    expect(await db.searchTerms.count()).toBe(0);
  });

  it('moves the search index with an edit', async () => {
    const m = await createMaterial(db, material(), ctx());
    await updateMaterial(db, m.id, material({ title: '服务礼仪手册', description: '' }), ctx(2_000));
    expect((await fetchMaterialsPage(db, { ...base, search: '礼仪' }, null, 50)).rows).toHaveLength(1);
    expect((await fetchMaterialsPage(db, { ...base, search: '七步法' }, null, 50)).rows).toHaveLength(0);
  });

  it('pages in title order and filters by type and category through their indexes', async () => {
    for (let i = 0; i < 12; i++) {
      await createMaterial(
        db,
        material({
          title: `教材${String(i).padStart(2, '0')}`,
          type: i % 2 ? 'video' : 'handout',
          category: i % 3 ? 'etiquette' : 'loyalty',
        }),
        ctx(),
      );
    }
    const first = await fetchMaterialsPage(db, base, null, 5);
    const second = await fetchMaterialsPage(db, base, first.after, 5);
    const third = await fetchMaterialsPage(db, base, second.after, 5);
    const titles = [...first.rows, ...second.rows, ...third.rows].map((r) => r.title);
    expect(titles).toEqual([...titles].sort());
    expect(new Set(titles).size).toBe(12);
    expect(third.after).toBeNull();

    expect(planMaterialsQuery({ ...base, type: 'video', category: 'loyalty' }).index).toBe(
      '[del+type+titleKey+id]',
    );
    expect(planMaterialsQuery({ ...base, category: 'loyalty' }).index).toBe('[del+category+titleKey+id]');
    const videos = (await fetchMaterialsPage(db, { ...base, type: 'video' }, null, 50)).rows;
    expect(videos).toHaveLength(6);
    const loyaltyVideos = (
      await fetchMaterialsPage(db, { ...base, type: 'video', category: 'loyalty' }, null, 50)
    ).rows;
    expect(loyaltyVideos.map((r) => r.title)).toEqual(['教材03', '教材09']);
  });

  it('soft-deletes to a tombstone that search and the list hide, and restores', async () => {
    const m = await createMaterial(db, material(), ctx());
    await deleteMaterial(db, m.id, ctx(5));
    expect(await db.materials.get(m.id)).toMatchObject({ deletedAt: 5, del: 1 });
    expect(await liveMaterialsCount(db)).toBe(0);
    expect((await fetchMaterialsPage(db, base, null, 50)).rows).toHaveLength(0);
    expect((await fetchMaterialsPage(db, { ...base, search: '投诉' }, null, 50)).rows).toHaveLength(0);
    expect((await fetchMaterialsPage(db, { deleted: true }, null, 50)).rows).toHaveLength(1);
    await restoreMaterial(db, m.id, ctx());
    expect((await db.materials.get(m.id))?.deletedAt).toBeUndefined();
    expect(await liveMaterialsCount(db)).toBe(1);
  });
});

describe('editions', () => {
  it('publishing a new edition supersedes the current one in the same write and keeps ids', async () => {
    const m = await createMaterial(db, material(), ctx());
    const first = await publishNewEdition(db, m.id, { date: '2024-01-10', changeNote: '', files: [] }, ctx());
    const second = await publishNewEdition(
      db,
      m.id,
      { date: '2025-03-01', changeNote: '新增第8章', files: [file] },
      ctx(2_000),
    );
    const editions = await editionsOf(db, m.id);
    expect(editions.map((e) => [e.id, e.number, e.status])).toEqual([
      [first.id, 1, 'superseded'],
      [second.id, 2, 'current'],
    ]);
    expect(editions[1]?.attachmentShas).toEqual([file.sha256]);
    expect((await db.materials.get(m.id))?.currentEdition).toBe(2);
  });

  it('refuses an edition dated before the latest and changes nothing', async () => {
    const m = await createMaterial(db, material(), ctx());
    await publishNewEdition(db, m.id, { date: '2024-05-01', changeNote: '', files: [] }, ctx());
    await expect(
      publishNewEdition(db, m.id, { date: '2024-01-01', changeNote: '更正', files: [] }, ctx()),
    ).rejects.toMatchObject({ code: 'materials:errors.dateBeforePrevious' });
    expect((await editionsOf(db, m.id)).map((e) => e.status)).toEqual(['current']);
  });

  it('withdrawing the current edition leaves no current edition; the next one is numbered after it', async () => {
    const m = await createMaterial(db, material(), ctx());
    await publishNewEdition(db, m.id, { date: '2024-01-10', changeNote: '', files: [] }, ctx());
    const second = await publishNewEdition(
      db,
      m.id,
      { date: '2024-06-01', changeNote: '修订', files: [] },
      ctx(),
    );
    await withdrawMaterialEdition(db, m.id, second.id, '政策已失效', ctx(9));
    expect(await db.editions.get(second.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: '政策已失效',
      withdrawnAt: 9,
    });
    expect((await db.materials.get(m.id))?.currentEdition).toBe(0);
    const third = await publishNewEdition(
      db,
      m.id,
      { date: '2024-07-01', changeNote: '更正政策', files: [] },
      ctx(),
    );
    expect(third.number).toBe(3);
    expect((await editionsOf(db, m.id)).map((e) => e.status)).toEqual(['superseded', 'withdrawn', 'current']);
  });
});
