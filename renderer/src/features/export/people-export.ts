import type { IndexableType } from 'dexie';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/contract';
import type { Person } from '../../../../shared/domain/person';
import type { TrainDeskDatabase } from '../../db';
import { PEOPLE_COLUMNS } from '../import/importers/people-columns';
import { positionLabel } from '../people/labels';
import { fetchPeoplePage, type PeopleQuery } from '../people/queries';
import type { ExportTable } from './export-table';

/** Rows read per query: large pages keep the number of reads down without holding a transaction long. */
const EXPORT_PAGE = 1_000;

/** Every person the list's query matches, in its order, read page by page from the list's index. */
export async function peopleMatching(db: TrainDeskDatabase, query: PeopleQuery): Promise<Person[]> {
  const people: Person[] = [];
  let after: IndexableType[] | null = null;
  do {
    const page = await fetchPeoplePage(db, query, after, EXPORT_PAGE);
    people.push(...page.rows);
    after = page.after;
  } while (after !== null);
  return people;
}

/**
 * A person as the cells of a row, written the way the importer reads them: the same columns and
 * headers, choices as their labels in the user's language. An exported list can be edited in Excel
 * and imported again to update the people in it.
 */
function personCells(person: Person, t: TFunction): Record<(typeof PEOPLE_COLUMNS)[number]['key'], string> {
  const separator = t('import:values.listSeparator');
  return {
    employeeNo: person.employeeNo ?? '',
    name: person.name,
    kind: t(`people:kind.${person.kind}`),
    department: person.department ?? '',
    position: positionLabel(t, person.position),
    hireDate: person.hireDate ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    status: t(`people:status.${person.status}`),
    organisation: person.organisation ?? '',
    isTrainer: t(person.trainer ? 'import:values.yes' : 'import:values.no'),
    degree: person.trainer?.degree ?? '',
    certification: person.trainer?.certification ?? '',
    fields: (person.trainer?.fields ?? []).map((f) => t(`catalog:category.${f}`)).join(separator),
    bio: person.trainer?.bio ?? '',
  };
}

/** The people list as it is filtered and sorted now, with headers in the user's language. */
export async function peopleTable(
  db: TrainDeskDatabase,
  query: PeopleQuery,
  t: TFunction,
  language: Language,
  today: string,
): Promise<ExportTable> {
  const people = await peopleMatching(db, query);
  const title = t('people:title');
  return {
    fileName: `${title}-${today}`,
    sheetName: title.slice(0, 31),
    headers: PEOPLE_COLUMNS.map((column) => column.labels[language]),
    rows: people.map((person) => {
      const cells = personCells(person, t);
      return PEOPLE_COLUMNS.map((column) => cells[column.key]);
    }),
  };
}
