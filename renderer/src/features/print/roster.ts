import type { IndexableType } from 'dexie';
import type { Person } from '../../../../shared/domain/person';
import type { TrainDeskDatabase } from '../../db';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Only what the roster prints, so that a large roster holds little memory. */
export type RosterPerson = Pick<
  Person,
  'id' | 'employeeNo' | 'name' | 'position' | 'hireDate' | 'phone' | 'status' | 'trainerType'
>;

export interface RosterDepartment {
  name: string;
  people: RosterPerson[];
}

/** Rows read per query from the department index. */
const ROSTER_PAGE = 1_000;
const INDEX = '[del+department+nameKey+id]';

/**
 * Live employees grouped by department, each in name order, read from the
 * `[del+department+nameKey+id]` index a page at a time and continued after the last key; the
 * index holds only people with a department, so external trainers are not on the roster.
 */
export async function readRoster(
  db: TrainDeskDatabase,
  onProgress?: (count: number) => void,
): Promise<RosterDepartment[]> {
  const departments: RosterDepartment[] = [];
  let lower: IndexableType = [0, KEY_MIN, KEY_MIN, KEY_MIN];
  let first = true;
  let count = 0;
  for (;;) {
    const page: Person[] = await db.people
      .where(INDEX)
      .between(lower, [0, keyMax(), keyMax(), keyMax()], first, true)
      .limit(ROSTER_PAGE)
      .toArray();
    for (const p of page) {
      const department = p.department!;
      let group = departments[departments.length - 1];
      if (group?.name !== department) {
        group = { name: department, people: [] };
        departments.push(group);
      }
      group.people.push({
        id: p.id,
        employeeNo: p.employeeNo,
        name: p.name,
        position: p.position,
        hireDate: p.hireDate,
        phone: p.phone,
        status: p.status,
        trainerType: p.trainerType,
      });
    }
    count += page.length;
    onProgress?.(count);
    const last = page[page.length - 1];
    if (page.length < ROSTER_PAGE || !last) return departments;
    lower = [0, last.department!, last.nameKey, last.id];
    first = false;
  }
}
