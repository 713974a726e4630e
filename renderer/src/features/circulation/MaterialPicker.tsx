import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { findMaterials } from './material-search';

interface Props {
  id?: string;
  value?: string;
  onChange(materialId: string | undefined): void;
  /** The accessible name, when no form label points at the picker. */
  label?: string;
  width?: number;
}

/** Picks a material by title, author or description (Chinese full-text search), as the materials list does. */
export function MaterialPicker({ id, value, onChange, label, width = 360 }: Props) {
  const { t } = useTranslation('circulation');
  const [text, setText] = useState('');
  const typed = useDeferredValue(text);
  const found = useLiveQuery(() => findMaterials(db, typed), [typed]) ?? [];
  const chosen = useLiveQuery(async () => (value ? db.materials.get(value) : undefined), [value]);
  const options = new Map<string, string>();
  if (chosen) options.set(chosen.id, chosen.title);
  for (const m of found) options.set(m.id, m.title);
  return (
    <Select
      id={id}
      aria-label={label}
      style={{ width }}
      allowClear
      value={value}
      placeholder={t('picker.material')}
      onChange={(v?: string) => onChange(v)}
      // The index already searched titles, authors and descriptions: the typed text need not be in the label.
      showSearch={{ onSearch: setText, filterOption: false }}
      onBlur={() => setText('')}
      notFoundContent={t('picker.noMaterials')}
      options={[...options].map(([v, l]) => ({ value: v, label: l }))}
    />
  );
}
