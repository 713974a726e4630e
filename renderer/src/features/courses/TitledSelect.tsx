import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { findTitled, titlesOf } from './picker-queries';

type Source = 'materials' | 'cases' | 'tests';

interface MultipleProps {
  mode: 'multiple';
  value: string[];
  onChange(ids: string[]): void;
}

interface SingleProps {
  mode?: undefined;
  value: string | null;
  onChange(id: string | null): void;
}

type Props = (MultipleProps | SingleProps) & { id?: string; source: Source };

/** Picks materials, cases or a test for a lesson: search as you type, the chosen ones by title. */
export function TitledSelect(props: Props) {
  const { t } = useTranslation('courses');
  const { source, id } = props;
  const [text, setText] = useState('');
  const typed = useDeferredValue(text);
  const selected = props.mode === 'multiple' ? props.value : props.value ? [props.value] : [];
  const found = useLiveQuery(() => findTitled(db, source, typed), [source, typed]) ?? [];
  const chosen = useLiveQuery(() => titlesOf(db, source, selected), [source, selected.join()]) ?? [];
  const options = new Map<string, string>();
  for (const o of [...chosen, ...found]) options.set(o.value, o.label ?? t('form.removedRecord'));
  const common = {
    id,
    // Materials and cases are searched in the full-text index; tests by the titles listed.
    showSearch: {
      onSearch: setText,
      filterOption: source === 'tests' ? undefined : false,
      optionFilterProp: 'label',
    },
    onBlur: () => setText(''),
    notFoundContent: t(`form.none.${source}`),
    options: [...options].map(([value, label]) => ({ value, label })),
  };
  if (props.mode === 'multiple') {
    return <Select {...common} mode="multiple" value={props.value} onChange={props.onChange} />;
  }
  return (
    <Select
      {...common}
      allowClear
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange(v ?? null)}
    />
  );
}
