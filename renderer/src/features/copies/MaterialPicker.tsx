import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { findMaterials } from './queries';

interface Props {
  id?: string;
  value?: string;
  onChange(materialId: string | undefined): void;
  placeholder?: string;
  allowClear?: boolean;
  status?: 'error';
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Picks a material by typing words of its title (the materials' full-text index). */
export function MaterialPicker({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation('copies');
  const [typed, setTyped] = useState('');
  const search = useDeferredValue(typed);
  const found = useLiveQuery(() => findMaterials(db, search), [search]);
  const chosen = useLiveQuery(async () => (value ? await db.materials.get(value) : undefined), [value]);
  const options = (found ?? []).map((m) => ({ value: m.id, label: m.title }));
  if (chosen && !options.some((o) => o.value === chosen.id))
    options.unshift({ value: chosen.id, label: chosen.title });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      onChange={(v?: string) => onChange(v)}
      options={options}
      loading={found === undefined}
      notFoundContent={t('picker.none')}
      {...rest}
    />
  );
}
