import { Alert, Button, Card, Descriptions, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attemptsLeft, standing } from '../../../../shared/domain/attempt-rules';
import type { Attempt, TestPaper } from '../../../../shared/domain/test-paper';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { drawPaper } from '../tests';
import { startAttempt } from './commands';
import type { PickedPerson } from './PersonPicker';
import { latestAttempt } from './queries';
import { useWriteContext } from '../shared-ui';

interface Props {
  test: TestPaper;
  person: PickedPerson;
  onStarted(attempt: Attempt): void;
  onBack(): void;
}

/** Step 2: the rules of the test, then Start (or Resume an attempt left in progress). */
export function TestRules({ test, person, onStarted, onBack }: Props) {
  const { t } = useTranslation(['trainee', 'common', 'tests']);
  const writeContext = useWriteContext();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const latest = useLiveQuery(
    async () => (await latestAttempt(db, test.id, person.id)) ?? null,
    [test.id, person.id],
  );
  if (latest === undefined) return null;
  const now = standing(test, latest ?? undefined);
  const questionCount = test.fixed.length + test.rules.reduce((sum, r) => sum + r.count, 0);
  const totalPoints =
    test.fixed.reduce((sum, f) => sum + f.points, 0) +
    test.rules.reduce((sum, r) => sum + r.count * r.points, 0);
  const left = attemptsLeft(test, latest?.number ?? 0);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const attempt = await startAttempt(
        db,
        { testId: test.id, personId: person.id, personName: person.name, seed: crypto.randomUUID() },
        drawPaper,
        writeContext(),
      );
      onStarted(attempt);
    } catch (e) {
      setError(errorMessage(t, e));
      setStarting(false);
    }
  };

  return (
    <Card className="trainee-narrow" title={t('rules.hello', { name: person.name })}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Descriptions
          column={1}
          bordered
          size="small"
          aria-label={t('rules.title')}
          items={[
            { key: 'test', label: t('rules.test'), children: test.title },
            { key: 'questions', label: t('rules.questions'), children: questionCount },
            { key: 'total', label: t('rules.totalPoints'), children: totalPoints },
            { key: 'passMark', label: t('rules.passMark'), children: test.passMark },
            {
              key: 'time',
              label: t('rules.timeLimit'),
              children:
                test.timeLimitMinutes > 0
                  ? t('rules.minutes', { count: test.timeLimitMinutes })
                  : t('rules.noLimit'),
            },
            {
              key: 'left',
              label: t('rules.attemptsLeft'),
              children:
                left === null
                  ? t('rules.unlimited')
                  : t('rules.left', { left, allowed: test.attemptsAllowed }),
            },
          ]}
        />
        {test.description && <div className="stem">{test.description}</div>}
        {now.kind === 'refused' && <Alert type="warning" showIcon title={t(`errors.${now.reason}`)} />}
        {now.kind === 'resume' && <Alert type="info" showIcon title={t('rules.resumeHint')} />}
        {error && <Alert type="error" showIcon title={error} />}
        <Space>
          <Button onClick={onBack}>{t('rules.notMe')}</Button>
          {now.kind !== 'refused' && (
            <Button type="primary" size="large" loading={starting} onClick={() => void start()}>
              {now.kind === 'resume' ? t('rules.resume') : t('rules.start')}
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  );
}
