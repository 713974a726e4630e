import { attachmentShas } from './attachment';
import { trainerTypeOf, type Person, type PersonFields } from './person';
import { nameSearchTokens, nameSortKey } from './pinyin-search';
import { deletedFlag, type RecordMeta } from './record';

/** Fills the derived index fields from the person's own fields; call on every write. */
export function withIndexFields(person: RecordMeta & PersonFields): Person {
  const searchTokens = new Set(nameSearchTokens(person.name));
  if (person.employeeNo) searchTokens.add(person.employeeNo.toLowerCase());
  return {
    ...person,
    del: deletedFlag(person),
    nameKey: nameSortKey(person.name),
    noKey: person.employeeNo ?? '',
    hireKey: person.hireDate ?? '',
    trainerType: trainerTypeOf(person),
    searchTokens: [...searchTokens],
    attachmentShas: attachmentShas([person.photo, ...(person.documents ?? [])]),
  };
}
