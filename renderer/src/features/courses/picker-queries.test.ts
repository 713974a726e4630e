import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Material } from '../../../../shared/domain/material';
import { emptyPersonInput, personFieldsFromInput, type PersonInput } from '../../../../shared/domain/person';
import { withIndexFields } from '../../../../shared/domain/person-index';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { reindexTexts } from '../../db/fulltext';
import { findTitled, findTrainers, peoplePositions, titlesOf } from './picker-queries';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`course-pickers-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const meta = (id: string) => ({ id, createdAt: 1, updatedAt: 1, updatedBy: 't' });

async function person(id: string, overrides: Partial<PersonInput>) {
  const input = { ...emptyPersonInput('employee'), employeeNo: id, department: '客服部', ...overrides };
  await db.people.add(withIndexFields({ ...meta(id), ...personFieldsFromInput(input) }));
}

async function material(id: string, title: string, del: 0 | 1 = 0) {
  const row: Material = {
    ...meta(id),
    title,
    type: 'handout',
    authors: [],
    category: '',
    description: '',
    currentEdition: 0,
    del,
    titleKey: title,
  };
  await db.materials.add(row);
  await reindexTexts(db, { kind: 'material', id }, null, [title]);
}

describe('course form pickers', () => {
  it('offers trainers only, by name order or by pinyin initials', async () => {
    await person('E1', { name: '张伟', position: 'crSpecialist', isTrainer: true });
    await person('E2', { name: '李娜', position: 'csSupervisor', isTrainer: false });
    await person('E3', { name: '王芳', position: '质检员', isTrainer: true });
    expect((await findTrainers(db, '')).map((p) => p.name)).toEqual(['王芳', '张伟']);
    expect((await findTrainers(db, 'zw')).map((p) => p.name)).toEqual(['张伟']);
    expect(await findTrainers(db, 'ln')).toEqual([]);
  });

  it('lists each position people hold once', async () => {
    await person('E1', { name: '张伟', position: 'crSpecialist' });
    await person('E2', { name: '李娜', position: 'crSpecialist' });
    await person('E3', { name: '王芳', position: '质检员' });
    expect(await peoplePositions(db)).toEqual(['crSpecialist', '质检员']);
  });

  it('finds live materials by title text and names chosen ones', async () => {
    await material('m1', '投诉处理手册');
    await material('m2', '服务礼仪讲义');
    await material('m3', '旧投诉手册', 1);
    expect((await findTitled(db, 'materials', '投诉')).map((o) => o.value)).toEqual(['m1']);
    expect((await findTitled(db, 'materials', '')).map((o) => o.label).sort()).toEqual(
      ['投诉处理手册', '服务礼仪讲义'].sort(),
    );
    expect(await titlesOf(db, 'materials', ['m2', 'gone'])).toEqual([
      { value: 'm2', label: '服务礼仪讲义' },
      { value: 'gone', label: null },
    ]);
  });
});
