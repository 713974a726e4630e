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
});
