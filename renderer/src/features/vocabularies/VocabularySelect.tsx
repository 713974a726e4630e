import { Select } from 'antd';
import type { VocabularyList } from '../../../../shared/domain/vocabulary';
import { useVocabulary } from './use-vocabulary';

interface SingleProps {
  mode?: undefined;
  value: string | null | undefined;
  /** undefined when the user clears the select (`allowClear`). */
  onChange(value: string | undefined): void;
}

interface MultipleProps {
  mode: 'multiple';
  value: string[] | undefined;
  onChange(value: string[]): void;
}

type Props = (SingleProps | MultipleProps) & {
  list: VocabularyList;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  disabled?: boolean;
  allowClear?: boolean;
  status?: 'error';
};

/**
 * A select over an editable list. Hidden entries are not offered, but a value that already holds
 * one still shows its label rather than a bare key.
 */
export function VocabularySelect(props: Props) {
  const { list, id, placeholder, disabled, allowClear, status } = props;
  const { entries } = useVocabulary(list);
  const selected = new Set(
    props.mode === 'multiple' ? (props.value ?? []) : props.value ? [props.value] : [],
  );
  const options = entries
    .filter((e) => !e.hidden || selected.has(e.key))
    .map((e) => ({ value: e.key, label: e.label }));
  const known = new Set(options.map((o) => o.value));
  // A key no list knows any more (an entry from another machine, say) is still shown as it is.
  for (const key of selected) if (!known.has(key)) options.push({ value: key, label: key });
  const common = {
    id,
    placeholder,
    disabled,
    allowClear,
    status,
    options,
    'aria-label': props['aria-label'],
    showSearch: { optionFilterProp: 'label' as const },
    style: { minWidth: 200 },
  };
  if (props.mode === 'multiple') {
    return <Select {...common} mode="multiple" value={props.value ?? []} onChange={props.onChange} />;
  }
  return <Select {...common} value={props.value ?? undefined} onChange={props.onChange} />;
}
