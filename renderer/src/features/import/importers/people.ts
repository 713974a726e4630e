import type { Language } from '../../../../../shared/contract';
import { COURSE_CATEGORIES, type CourseCategory } from '../../../../../shared/domain/catalog';
import {
  KNOWN_POSITIONS,
  PERSON_KINDS,
  PERSON_STATUSES,
  emptyPersonInput,
  personFieldsFromInput,
  personInputFromFields,
  personInputSchema,
  type Person,
  type PersonInput,
} from '../../../../../shared/domain/person';
import { withIndexFields } from '../../../../../shared/domain/person-index';
import enCatalog from '../../../locales/en/catalog.json';
import enPeople from '../../../locales/en/people.json';
import zhCatalog from '../../../locales/zh-CN/catalog.json';
import zhPeople from '../../../locales/zh-CN/people.json';
import { LIVE_PEOPLE_COUNTER } from '../../people/counters';
import { writeInBatches } from '../batch-write';
import { choiceReader, dateCellText, listCellItems, yesNoCellValue } from '../cell-text';
import { defineImporter, type ImportOutcome } from '../importer';
import { PEOPLE_COLUMNS, PEOPLE_EXAMPLES, type PeopleColumnKey } from './people-columns';

const people = { 'zh-CN': zhPeople, en: enPeople } as const;
const catalog = { 'zh-CN': zhCatalog, en: enCatalog } as const;

/** Every spelling of each id: the id itself is matched too, so are the labels in both languages. */
function spellings<T extends string>(
  ids: readonly T[],
  label: (language: Language, id: T) => string,
  extra: Partial<Record<T, string[]>> = {},
) {
  return Object.fromEntries(
    ids.map((id) => [id, [label('zh-CN', id), label('en', id), ...(extra[id] ?? [])]]),
  ) as Record<T, string[]>;
}

const readKind = choiceReader(
  spellings(PERSON_KINDS, (l, id) => people[l].kind[id], {
    employee: ['员工', '内部员工', '本公司'],
    external: ['外部', '外聘', '外聘讲师', 'external trainer'],
  }),
);
const readStatus = choiceReader(
  spellings(PERSON_STATUSES, (l, id) => people[l].status[id], { active: ['在岗'], left: ['已离职'] }),
);
const readPosition = choiceReader(spellings(KNOWN_POSITIONS, (l, id) => people[l].position[id]));
const readCategory = choiceReader(spellings(COURSE_CATEGORIES, (l, id) => catalog[l].category[id]));

/** The employee number is what makes two rows the same person; external people have none. */
function employeeNoOf(input: PersonInput): string | undefined {
  return input.kind === 'employee' && input.employeeNo.trim() !== '' ? input.employeeNo.trim() : undefined;
}

/**
 * People from a roster sheet: employees and external trainers, matched to stored people by employee
 * number. An update changes only the columns the file has, and brings a deleted person back.
 */
export const peopleImporter = defineImporter<PersonInput, PeopleColumnKey>({
  id: 'people',
  texts: 'importers.people',
  columns: PEOPLE_COLUMNS,
  schema: personInputSchema,
  duplicateKey: employeeNoOf,
  duplicateColumn: 'employeeNo',
  example: (language) => PEOPLE_EXAMPLES[language],

  toInput(cells, { invalid }) {
    const choice = <T>(key: PeopleColumnKey, read: (text: string) => T | undefined, fallback: T): T => {
      if (cells[key] === '') return fallback;
      const value = read(cells[key]);
      if (value === undefined) invalid(key, 'import:problems.choice', { value: cells[key] });
      return value ?? fallback;
    };
    const isTrainer = yesNoCellValue(cells.isTrainer);
    if (isTrainer === undefined) invalid('isTrainer', 'import:problems.yesNo', { value: cells.isTrainer });
    const fields: CourseCategory[] = [];
    for (const item of listCellItems(cells.fields)) {
      const category = readCategory(item);
      if (category === undefined) invalid('fields', 'import:problems.choice', { value: item });
      else if (!fields.includes(category)) fields.push(category);
    }
    const kind = choice('kind', readKind, 'employee');
    return {
      ...emptyPersonInput(kind),
      employeeNo: cells.employeeNo,
      name: cells.name,
      department: cells.department,
      // A title that is not one of the known positions is kept as written, as the form does.
      position: readPosition(cells.position) ?? cells.position,
      hireDate: dateCellText(cells.hireDate),
      phone: cells.phone,
      email: cells.email,
      status: choice('status', readStatus, 'active'),
      organisation: cells.organisation,
      isTrainer: isTrainer ?? false,
      degree: cells.degree,
      certification: cells.certification,
      fields,
      bio: cells.bio,
    };
  },

  async findExisting(db, keys) {
    const found = await db.people
      .where('employeeNo')
      .anyOf([...keys])
      .keys();
    return new Set(found as string[]);
  },

  async write(db, rows, { context, duplicates, columns, onProgress, signal }) {
    const outcome: ImportOutcome = { added: 0, updated: 0, skipped: 0 };
    let revived = 0;
    const stamp = { updatedAt: context.now, updatedBy: context.actor };

    const writeBatch = async (batch: readonly PersonInput[]) => {
      const numbers = batch.flatMap((input) => employeeNoOf(input) ?? []);
      const holders = new Map<string, Person | null>();
      if (numbers.length > 0) {
        const where = db.people.where('employeeNo').anyOf(numbers);
        // Skipping needs only the numbers (read from the index); updating needs the stored records.
        if (duplicates === 'skip') for (const no of await where.keys()) holders.set(no as string, null);
        else for (const p of await where.toArray()) holders.set(p.employeeNo!, p);
      }
      const next: Person[] = [];
      for (const input of batch) {
        const no = employeeNoOf(input);
        const holder = no === undefined ? undefined : holders.get(no);
        if (holder === undefined) {
          const fields = personFieldsFromInput(input);
          next.push(
            withIndexFields({ id: crypto.randomUUID(), createdAt: context.now, ...stamp, ...fields }),
          );
          outcome.added++;
        } else if (holder === null) {
          outcome.skipped++;
        } else {
          const merged: PersonInput = { ...personInputFromFields(holder) };
          for (const key of columns)
            (merged as Record<string, unknown>)[key] = input[key as keyof PersonInput];
          const fields = personFieldsFromInput(merged);
          next.push(withIndexFields({ id: holder.id, createdAt: holder.createdAt, ...stamp, ...fields }));
          if (holder.deletedAt !== undefined) revived++;
          outcome.updated++;
        }
      }
      await db.people.bulkPut(next);
    };

    const countLive = async () => {
      const delta = outcome.added + revived;
      if (delta === 0) return;
      const counter = await db.counters.get(LIVE_PEOPLE_COUNTER);
      await db.counters.put({ key: LIVE_PEOPLE_COUNTER, value: (counter?.value ?? 0) + delta });
    };

    await writeInBatches(db, [db.people, db.counters], rows, { onProgress, signal }, writeBatch, countLive);
    return outcome;
  },
});
