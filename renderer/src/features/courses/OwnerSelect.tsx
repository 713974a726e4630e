import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { findTrainers } from './picker-queries';

interface Props {
  id?: string;
  value: string[];
  onChange(ids: string[]): void;
}

/** Owner trainers from the people registry: internal and external trainers, searched by name or pinyin. */
export function OwnerSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation('courses');
  const [text, setText] = useState('');
  const typed = useDeferredValue(text);
  const found = useLiveQuery(() => findTrainers(db, typed), [typed]) ?? [];
  const chosen = useLiveQuery(() => db.people.bulkGet(value), [value.join()]) ?? [];
  const options = new Map<string, string>();
  chosen.forEach((p, i) => options.set(value[i]!, p?.name ?? t('form.unknownPerson')));
  for (const p of found) options.set(p.id, p.employeeNo ? `${p.name} (${p.employeeNo})` : p.name);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      // The index already searched names, pinyin and initials; the typed text need not appear in the label.
      showSearch={{ onSearch: setText, filterOption: false }}
      onBlur={() => setText('')}
      notFoundContent={t('form.noTrainers')}
      options={[...options].map(([v, label]) => ({ value: v, label }))}
    />
  );
}
