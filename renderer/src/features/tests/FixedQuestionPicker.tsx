import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain/question';
import { db } from '../../db';
import { searchFullText } from '../../db/fulltext';

/** Hits shown while searching: the first few are enough to pick one from. */
const PICK_LIMIT = 20;

interface Props {
  /** Questions already on the paper, left out of the hits. */
  exclude: ReadonlySet<string>;
  onPick(question: Question): void;
}

/** A search box over the bank's full-text index that adds the chosen question to the paper. */
export function FixedQuestionPicker({ exclude, onPick }: Props) {
  const { t } = useTranslation(['tests', 'questions']);
  const [hits, setHits] = useState<Question[]>([]);
  const [searched, setSearched] = useState('');
  const latest = useRef('');

  const search = async (text: string) => {
    setSearched(text);
    latest.current = text;
    const found = await searchFullText(db, 'question', text);
    const ids = (found ?? []).map((h) => h.id).filter((id) => !exclude.has(id));
    const rows = await db.questions.bulkGet(ids.slice(0, PICK_LIMIT * 2));
    // Only the latest search answers: an earlier, slower one must not overwrite it.
    if (latest.current === text)
      setHits(rows.filter((q): q is Question => !!q && q.del === 0).slice(0, PICK_LIMIT));
  };

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (text) => void search(text), searchValue: searched }}
      aria-label={t('builder.findQuestion')}
      placeholder={t('builder.findPlaceholder')}
      style={{ width: '100%' }}
      value={null}
      notFoundContent={null}
      onChange={(id: string) => {
        const question = hits.find((q) => q.id === id);
        if (question) onPick(question);
        setHits([]);
        setSearched('');
        latest.current = '';
      }}
      options={hits.map((q) => ({
        value: q.id,
        label: `[${t(`questions:type.${q.type}`)}] ${q.stem}`,
      }))}
    />
  );
}
