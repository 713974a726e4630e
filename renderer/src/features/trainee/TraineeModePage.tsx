import { LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Radio, Result, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LANGUAGES, type Language } from '../../../../shared/contract';
import type { Attempt } from '../../../../shared/domain/test-paper';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { AttemptResult } from './AttemptResult';
import { AttemptTaker } from './AttemptTaker';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { TestRules } from './TestRules';
import './trainee.css';

/**
 * Trainee mode 学员模式: the laptop is handed from trainee to trainee. The attempt being taken is in
 * the address (`?attempt=`), so a reload or a crash comes straight back to it with its answers.
 */
export function TraineeModePage() {
  const { t } = useTranslation(['trainee', 'common']);
  const { language, setLanguage } = useSession();
  const navigate = useNavigate();
  const { testId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const attemptId = params.get('attempt');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const test = useLiveQuery(async () => (await db.tests.get(testId)) ?? null, [testId]);
  const attempt = useLiveQuery(
    async () => (attemptId ? ((await db.attempts.get(attemptId)) ?? null) : null),
    [attemptId],
  );

  const show = (a: Attempt | null) => {
    setParams(a ? { attempt: a.id } : {}, { replace: true });
    if (!a) setPerson(null);
  };

  const body = () => {
    if (test === undefined || attempt === undefined) return <Spin />;
    if (!test || test.del === 1) return <Result status="warning" title={t('errors.testNotFound')} />;
    if (attempt && attempt.testId === test.id) {
      return attempt.status === 'inProgress' ? (
        <AttemptTaker key={attempt.id} attempt={attempt} onSubmitted={show} />
      ) : (
        <AttemptResult attempt={attempt} onNext={() => show(null)} />
      );
    }
    if (!person) return <PersonPicker onPick={setPerson} />;
    return <TestRules test={test} person={person} onStarted={show} onBack={() => setPerson(null)} />;
  };

  return (
    <div className="trainee-mode">
      <header className="trainee-bar">
        <span className="trainee-bar-title">
          {t('mode')}
          {test ? ` · ${test.title}` : ''}
        </span>
        <span>
          <Radio.Group
            aria-label={t('common:language.label')}
            optionType="button"
            size="small"
            value={language}
            onChange={(e) => void setLanguage(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
          />{' '}
          <Popconfirm
            title={t('exit.title')}
            description={t('exit.description')}
            okText={t('exit.confirm')}
            cancelText={t('common:actions.cancel')}
            onConfirm={() => navigate(`/attempts/test/${testId}`)}
          >
            <Button size="small" type="text" icon={<LogoutOutlined />}>
              {t('exit.button')}
            </Button>
          </Popconfirm>
        </span>
      </header>
      <main className="trainee-body">{body()}</main>
    </div>
  );
}
