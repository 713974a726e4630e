/**
 * Generated people as the rows of a roster sheet, the way the people import template has them:
 * the importer's columns in order, headers and choices as labels in the template's language (what
 * the app's own people export writes, see renderer/src/features/export/people-export.ts).
 *
 * Runs in Node: run.mjs bundles it with esbuild and writes the rows to an XLSX with exceljs.
 */
import type { Language } from '../../shared/contract';
import type { CourseCategory } from '../../shared/domain/catalog';
import { KNOWN_POSITIONS, type Person } from '../../shared/domain/person';
import {
  PEOPLE_COLUMNS,
  type PeopleColumnKey,
} from '../../renderer/src/features/import/importers/people-columns';
import enCatalog from '../../renderer/src/locales/en/catalog.json';
import enImport from '../../renderer/src/locales/en/import.json';
import enPeople from '../../renderer/src/locales/en/people.json';
import zhCatalog from '../../renderer/src/locales/zh-CN/catalog.json';
import zhImport from '../../renderer/src/locales/zh-CN/import.json';
import zhPeople from '../../renderer/src/locales/zh-CN/people.json';

const locales = {
  'zh-CN': { people: zhPeople, catalog: zhCatalog, import: zhImport },
  en: { people: enPeople, catalog: enCatalog, import: enImport },
} as const;

function personCells(person: Person, language: Language): Record<PeopleColumnKey, string> {
  const { people, catalog, import: texts } = locales[language];
  const known = (KNOWN_POSITIONS as readonly string[]).includes(person.position ?? '');
  return {
    employeeNo: person.employeeNo ?? '',
    name: person.name,
    kind: people.kind[person.kind],
    department: person.department ?? '',
    position: known
      ? people.position[person.position as (typeof KNOWN_POSITIONS)[number]]
      : (person.position ?? ''),
    hireDate: person.hireDate ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    status: people.status[person.status],
    organisation: person.organisation ?? '',
    isTrainer: person.trainer ? texts.values.yes : texts.values.no,
    degree: person.trainer?.degree ?? '',
    certification: person.trainer?.certification ?? '',
    fields: (person.trainer?.fields ?? [])
      .map((f) => catalog.category[f as CourseCategory] ?? f)
      .join(texts.values.listSeparator),
    bio: person.trainer?.bio ?? '',
  };
}

/** The template's header row and one row per person. */
export function peopleSheet(
  people: readonly Person[],
  language: Language = 'zh-CN',
): { headers: string[]; rows: string[][] } {
  return {
    headers: PEOPLE_COLUMNS.map((column) => column.labels[language]),
    rows: people.map((person) => {
      const cells = personCells(person, language);
      return PEOPLE_COLUMNS.map((column) => cells[column.key]);
    }),
  };
}
