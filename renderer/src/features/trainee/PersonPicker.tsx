import { UserOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseSearchQuery } from '../../../../shared/domain/search-query';
import { db } from '../../db';
import { searchPeople } from '../people/queries';

export interface PickedPerson {
  id: string;
  name: string;
}

/** Matches shown at once; a trainee types more of their name rather than scroll. */
const SHOWN = 20;

/** Step 1: the trainee finds their own name (汉字, pinyin, initials or employee number). */
export function PersonPicker({ onPick }: { onPick(person: PickedPerson): void }) {
  const { t } = useTranslation('trainee');
  const [text, setText] = useState('');
  const search = useDeferredValue(text);
  const matches = useLiveQuery(
    async () =>
      normaliseSearchQuery(search)
        ? (await searchPeople(db, { deleted: false, sort: 'name', descending: false, search })).slice(
            0,
            SHOWN,
          )
        : [],
    [search],
  );

  return (
    <Card className="trainee-narrow" title={t('pick.title')}>
      <Typography.Paragraph type="secondary">{t('pick.hint')}</Typography.Paragraph>
      <Input
        autoFocus
        size="large"
        prefix={<UserOutlined />}
        aria-label={t('pick.search')}
        placeholder={t('pick.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="trainee-people" role="list" aria-label={t('pick.matches')} style={{ marginTop: 12 }}>
        {search && matches?.length === 0 && <Empty description={t('pick.none')} />}
        {matches?.map((p) => (
          <div role="listitem" key={p.id}>
            <Button
              block
              size="large"
              style={{ textAlign: 'start' }}
              onClick={() => onPick({ id: p.id, name: p.name })}
            >
              <strong>{p.name}</strong>
              <Typography.Text type="secondary">
                {' '}
                {[p.employeeNo, p.department ?? p.organisation].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Button>
          </div>
        ))}
      </div>
    </Card>
  );
}
