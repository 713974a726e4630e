import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { KNOWN_POSITIONS } from '../../../../shared/domain/person';
import { db } from '../../db';
import { useCourseLabels } from './labels';
import { peoplePositions } from './picker-queries';

interface SingleProps {
  mode?: undefined;
  value: string | undefined;
  onChange(value: string | undefined): void;
}

interface TagsProps {
  mode: 'tags';
  value: string[];
  onChange(value: string[]): void;
}

type Props = (SingleProps | TagsProps) & { id?: string; placeholder?: string; 'aria-label'?: string };

/** Positions of the people registry (the known career path first); the tags mode takes a new title too. */
export function PositionSelect(props: Props) {
  const { t } = useTranslation('courses');
  const labels = useCourseLabels();
  const held = useLiveQuery(() => peoplePositions(db), []) ?? [];
  const chosen = props.mode === 'tags' ? props.value : props.value ? [props.value] : [];
  const options = [...new Set([...KNOWN_POSITIONS, ...held, ...chosen])].map((p) => ({
    value: p,
    label: labels.position(p),
  }));
  const common = {
    id: props.id,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder,
    options,
    showSearch: { optionFilterProp: 'label' as const },
    style: { minWidth: 200 },
    notFoundContent: t('form.noPositions'),
  };
  if (props.mode === 'tags')
    return <Select {...common} mode="tags" value={props.value} onChange={props.onChange} />;
  return <Select {...common} allowClear value={props.value} onChange={props.onChange} />;
}
