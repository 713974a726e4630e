import {
  ANY,
  LENDING_CONFIG_KEY,
  defaultLendingConfig,
  type Copy,
  type LendingConfig,
  type LoanPolicy,
} from '../../../../shared/domain/lending';
import type { Edition, Material, MaterialType } from '../../../../shared/domain/material';
import type { Person, PersonFields } from '../../../../shared/domain/person';
import { withIndexFields } from '../../../../shared/domain/person-index';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import type { LendingContext } from './context';

let dbNumber = 0;
export async function openTestDb(): Promise<TrainDeskDatabase> {
  const db = createDatabase(`loans-test-${dbNumber++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
  return db;
}

let tick = 0;
/** A desk action on `today` (Beijing time, 09:00 plus a little more each call so that instants differ). */
export function ctx(today: string, actor = 'desk-1'): LendingContext {
  return { actor, today, now: Date.parse(`${today}T09:00:00+08:00`) + tick++ };
}

const meta = { createdAt: 1, updatedAt: 1, updatedBy: 'seed' };

export async function addPerson(
  db: TrainDeskDatabase,
  fields: Partial<PersonFields> & { id: string; name: string },
) {
  const person: Person = withIndexFields({
    ...meta,
    kind: 'employee',
    employeeNo: fields.id.toUpperCase(),
    department: '客户服务部',
    position: 'crSpecialist',
    status: 'active',
    ...fields,
  });
  await db.people.add(person);
  return person;
}

/** A material with editions 1…n; the last is current unless said otherwise. */
export async function addMaterial(
  db: TrainDeskDatabase,
  id: string,
  { title = '投诉处理实务', type = 'textbook' as MaterialType, editions = 1 } = {},
) {
  const material: Material = {
    ...meta,
    id,
    title,
    type,
    authors: [],
    category: 'complaintHandling',
    description: '',
    currentEdition: editions,
    del: 0,
    titleKey: title,
  };
  const rows: Edition[] = Array.from({ length: editions }, (_, i) => ({
    ...meta,
    id: `${id}-e${i + 1}`,
    materialId: id,
    number: i + 1,
    date: '2026-01-01',
    files: [],
    changeNote: '',
    status: i + 1 === editions ? 'current' : 'superseded',
    attachmentShas: [],
  }));
  await db.materials.add(material);
  await db.editions.bulkAdd(rows);
  return { material, editions: rows };
}

export async function addCopy(
  db: TrainDeskDatabase,
  barcode: string,
  material: Material,
  over: Partial<Copy> = {},
): Promise<Copy> {
  const copy: Copy = {
    ...meta,
    id: `copy-${barcode}`,
    barcode,
    materialId: material.id,
    editionId: `${material.id}-e${material.currentEdition}`,
    editionNumber: material.currentEdition,
    title: material.title,
    materialType: material.type,
    location: 'A-01',
    acquiredOn: '2026-01-05',
    replacementCost: 4500,
    currency: 'CNY',
    condition: 'good',
    status: 'available',
    notes: '',
    del: 0,
    ...over,
  };
  await db.copies.add(copy);
  return copy;
}

export async function addPolicy(
  db: TrainDeskDatabase,
  row: Partial<LoanPolicy> & Pick<LoanPolicy, 'loanDays' | 'maxRenewals' | 'maxItems'>,
) {
  const materialType = row.materialType ?? ANY;
  const position = row.position ?? ANY;
  await db.loanPolicies.add({
    ...meta,
    id: `policy-${materialType}-${position}`,
    materialType,
    position,
    ...row,
  });
}

export async function setConfig(db: TrainDeskDatabase, config: Partial<LendingConfig>) {
  await db.lendingConfig.put({ ...defaultLendingConfig(), ...config, key: LENDING_CONFIG_KEY });
}

const TABLES = [
  'people',
  'materials',
  'editions',
  'copies',
  'loans',
  'holds',
  'charges',
  'copyEvents',
  'counters',
] as const;

/** Every row of the tables a lending command writes, to compare before and after a refusal. */
export async function snapshot(db: TrainDeskDatabase) {
  const entries = await Promise.all(
    TABLES.map(async (t) => [t, await db.table(t).orderBy(':id').toArray()] as const),
  );
  return Object.fromEntries(entries);
}

export async function counters(db: TrainDeskDatabase) {
  const [openLoans, holdsWaiting, holdsReady] = await Promise.all(
    ['lending.openLoans', 'lending.holdsWaiting', 'lending.holdsReady'].map(
      async (k) => (await db.counters.get(k))?.value ?? 0,
    ),
  );
  return { openLoans, holdsWaiting, holdsReady };
}

/** The copy's history kinds, oldest first. */
export async function historyKinds(db: TrainDeskDatabase, copyId: string) {
  const rows = await db.copyEvents.where('[copyId+at]').between([copyId, 0], [copyId, Infinity]).toArray();
  return rows.map((e) => e.kind);
}
