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

const PEOPLE_V1 = [
  'id',
  '&employeeNo',
  '[del+nameKey+id]',
  '[del+noKey+id]',
  '[del+hireKey+id]',
  '[del+department+nameKey+id]',
  '[del+position+nameKey+id]',
  '[del+trainerType+nameKey+id]',
  '*searchTokens',
];

export const SCHEMA_STEPS: SchemaStep[] = [
  {
    version: 1,
    stores: {
      people: PEOPLE_V1.join(', '),
      counters: 'key',
    },
  },
  {
    // People get a photo and documents (files live in the main process's store, named by hash);
    // `*attachmentShas` lets backups and clean-up find every referenced file through one index.
    version: 2,
    stores: {
      people: [...PEOPLE_V1, '*attachmentShas'].join(', '),
    },
    upgrade: async (tx) => {
      await tx
        .table('people')
        .toCollection()
        .modify((person: { attachmentShas?: string[]; documents?: unknown[] }) => {
          person.attachmentShas ??= [];
          person.documents ??= [];
        });
    },
  },
  {
    // Course authoring: courses, lessons and their published versions, materials and editions, the
    // question bank and tests with their attempts, the complaint case library, the editable lists,
    // and the n-gram full-text index (see db/fulltext.ts). New tables only: nothing to upgrade.
    version: 3,
    stores: {
      courses: [
        'id',
        'code',
        '[del+titleKey+id]',
        '[del+status+titleKey+id]',
        '[del+category+titleKey+id]',
        '[del+level+titleKey+id]',
        '[del+delivery+titleKey+id]',
        '*targetPositions',
        '*ownerIds',
        '*attachmentShas',
      ].join(', '),
      lessons: ['id', '[courseId+order]', '*materialIds', '*caseIds', 'testId', '*attachmentShas'].join(', '),
      courseVersions: ['id', '&[courseId+version]', '*attachmentShas'].join(', '),
      materials: ['id', '[del+titleKey+id]', '[del+type+titleKey+id]', '[del+category+titleKey+id]'].join(
        ', ',
      ),
      editions: ['id', '&[materialId+number]', '[materialId+status]', '*attachmentShas'].join(', '),
      questions: [
        'id',
        '[del+updatedAt+id]',
        '[del+type+updatedAt+id]',
        '[del+category+updatedAt+id]',
        '*tags',
        '*ruleKeys',
      ].join(', '),
      questionVersions: ['id', '&[questionId+version]'].join(', '),
      tests: ['id', '[del+titleKey+id]', '[del+status+titleKey+id]'].join(', '),
      attempts: [
        'id',
        '[testId+startedAt]',
        '[personId+startedAt]',
        '[testId+personId+number]',
        '[needsGrading+submittedAt]',
        'status',
      ].join(', '),
      cases: [
        'id',
        '[del+titleKey+id]',
        '[del+complaintType+titleKey+id]',
        '[del+difficulty+titleKey+id]',
        '*departments',
        '*attachmentShas',
      ].join(', '),
      vocabularies: ['id', '&[list+key]', '[list+order]'].join(', '),
      searchTerms: 'key',
    },
  },
  {
    // Material lending: printed copies of editions, loans, holds, charges, notices, each copy's
    // history, the rules matrix, closed days, office settings and stocktakes. New tables only.
    // Open loans lead with `open` (1/0) so that "on loan", "overdue" and "due this week" are one range.
    version: 4,
    stores: {
      copies: [
        'id',
        '&barcode',
        '[materialId+barcode]',
        '[editionId+status]',
        '[status+location+barcode]',
        '[del+barcode]',
      ].join(', '),
      loans: [
        'id',
        '[copyId+outAt]',
        '[borrowerId+outAt]',
        '[borrowerId+open+dueDate]',
        '[open+dueDate+id]',
        '[open+department+dueDate+id]',
        '[editionId+open]',
      ].join(', '),
      holds: [
        'id',
        '[materialId+status+placedAt]',
        '[copyId+status+placedAt]',
        '[borrowerId+placedAt]',
        '[status+expiresOn]',
        'readyCopyId',
      ].join(', '),
      charges: ['id', '[borrowerId+createdAt]', '[copyId+createdAt]', '[status+createdAt]', 'loanId'].join(
        ', ',
      ),
      notices: ['id', '&[loanId+stage]', '[borrowerId+sentAt]', '[stage+sentAt]'].join(', '),
      copyEvents: ['id', '[copyId+at]'].join(', '),
      loanPolicies: ['id', '&[materialType+position]'].join(', '),
      closedDays: 'date',
      lendingConfig: 'key',
      stocktakes: ['id', 'startedAt'].join(', '),
      stocktakeScans: ['[stocktakeId+barcode]', '[stocktakeId+at]'].join(', '),
    },
  },
];

export const LATEST_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version;
