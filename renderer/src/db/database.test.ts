import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, LATEST_VERSION } from '.';
import { SCHEMA_STEPS } from './schema';

let n = 0;
const freshName = () => `schema-test-${n++}`;

/**
 * The pattern every schema step follows: open a database at the previous version, write records
 * the way that version stored them, close it, open at the new version and check the upgrade.
 * Version 1 has no predecessor, so its test opens an empty database.
 */
describe('database schema', () => {
  it('versions are declared in ascending order with one step each', () => {
    const versions = SCHEMA_STEPS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('version 1 creates the people store with its list, filter and search indexes', async () => {
    const db = createDatabase(freshName(), 1);
    await db.open();
    const people = db.tables.find((t) => t.name === 'people')!;
    const indexes = people.schema.indexes.map((i) => i.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'employeeNo',
        '[del+nameKey+id]',
        '[del+department+nameKey+id]',
        'searchTokens',
      ]),
    );
    expect(people.schema.idxByName['employeeNo']?.unique).toBe(true);
    expect(people.schema.idxByName['searchTokens']?.multi).toBe(true);
    await db.delete();
  });

  it('the unique employee-number index refuses a second holder even past the command layer', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const row = { id: 'a', employeeNo: 'E1' } as never;
    await db.people.add(row);
    await expect(db.people.add({ id: 'b', employeeNo: 'E1' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await db.delete();
  });

  it('version 2 keeps every version-1 person and gives them empty documents and an attachment index', async () => {
    const name = freshName();
    const v1 = createDatabase(name, 1);
    await v1.open();
    await v1.people.bulkAdd([
      { id: 'a', employeeNo: 'E1', name: '张伟', del: 0, nameKey: 'zhang wei 张伟', noKey: 'E1' },
      { id: 'b', name: 'John', del: 1, nameKey: 'john john', noKey: '' },
    ] as never[]);
    await v1.counters.put({ key: 'people.live', value: 1 });
    v1.close();

    const v2 = createDatabase(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const people = await v2.people.orderBy('id').toArray();
    expect(people.map((p) => [p.id, p.name, p.documents, p.attachmentShas])).toEqual([
      ['a', '张伟', [], []],
      ['b', 'John', [], []],
    ]);
    expect(await v2.counters.get('people.live')).toEqual({ key: 'people.live', value: 1 });
    await v2.people.update('a', { attachmentShas: ['f'.repeat(64)] });
    expect(await v2.people.where('attachmentShas').equals('f'.repeat(64)).primaryKeys()).toEqual(['a']);
    await v2.delete();
  });

  it('version 3 keeps every version-2 person and adds the course-authoring tables, empty', async () => {
    const name = freshName();
    const v2 = createDatabase(name, 2);
    await v2.open();
    await v2.people.add({
      id: 'a',
      name: '李娜',
      del: 0,
      nameKey: 'li na',
      noKey: '',
      attachmentShas: [],
    } as never);
    v2.close();

    const v3 = createDatabase(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect((await v3.people.get('a'))?.name).toBe('李娜');
    for (const table of [
      'courses',
      'lessons',
      'courseVersions',
      'materials',
      'editions',
      'questions',
      'tests',
    ]) {
      expect(await v3.table(table).count()).toBe(0);
    }
    // A course's published versions are numbered once each.
    await v3.courseVersions.add({ id: 'v1', courseId: 'c', version: 1 } as never);
    await expect(
      v3.courseVersions.add({ id: 'v1b', courseId: 'c', version: 1 } as never),
    ).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(v3.questions.schema.idxByName['ruleKeys']?.multi).toBe(true);
    await v3.delete();
  });

  it('version 4 keeps course authoring and adds the lending tables, with one barcode per copy and one notice per loan and stage', async () => {
    const name = freshName();
    const v3 = createDatabase(name, 3);
    await v3.open();
    await v3.materials.add({ id: 'm', title: '投诉处理手册', del: 0, titleKey: 't' } as never);
    await v3.editions.add({ id: 'e', materialId: 'm', number: 1, status: 'current' } as never);
    v3.close();

    const v4 = createDatabase(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect((await v4.materials.get('m'))?.title).toBe('投诉处理手册');
    expect((await v4.editions.get('e'))?.number).toBe(1);
    for (const table of ['copies', 'loans', 'holds', 'charges', 'notices', 'copyEvents', 'loanPolicies']) {
      expect(await v4.table(table).count()).toBe(0);
    }
    await v4.copies.add({ id: 'c1', barcode: 'TD000001' } as never);
    await expect(v4.copies.add({ id: 'c2', barcode: 'TD000001' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await v4.notices.add({ id: 'n1', loanId: 'l', stage: 'first' } as never);
    await expect(v4.notices.add({ id: 'n2', loanId: 'l', stage: 'first' } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await v4.loans.bulkAdd([
      { id: 'a', open: 1, dueDate: '2026-12-01' },
      { id: 'b', open: 0, dueDate: '2026-11-01' },
      { id: 'c', open: 1, dueDate: '2026-12-20' },
    ] as never[]);
    const overdue = await v4.loans
      .where('[open+dueDate+id]')
      .between([1, '', ''], [1, '2026-12-07', ''])
      .primaryKeys();
    expect(overdue).toEqual(['a']);
    await v4.delete();
  });
});
