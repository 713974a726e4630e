/**
 * Every version of the database schema, oldest first. A change is a new step with an upgrade, never
 * an edit of an old one (see docs/ARCHITECTURE.md); each step has an upgrade test in
 * database.test.ts that opens a database of the previous version and upgrades it.
 *
 * Index notes. Every list index starts with `del` (0 live, 1 tombstone) so that a list of live
 * records is one index range, and ends with `id` so that the key of the last row on a page is unique
 * and the next page continues after it.
 */
import type { Transaction } from 'dexie';

export interface SchemaStep {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_STEPS: SchemaStep[] = [
  {
    version: 1,
    stores: {
      people: [
        'id',
        '&employeeNo',
        '[del+nameKey+id]',
        '[del+noKey+id]',
        '[del+hireKey+id]',
        '[del+department+nameKey+id]',
        '[del+position+nameKey+id]',
        '[del+trainerType+nameKey+id]',
        '*searchTokens',
      ].join(', '),
      counters: 'key',
    },
  },
];

export const LATEST_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version;
