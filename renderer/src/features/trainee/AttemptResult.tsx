import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attempt } from '../../../../shared/domain/test-paper';

/** Step 4: the score and pass or fail, or how many short answers wait for a grader. No answer key. */
export function AttemptResult({ attempt, onNext }: { attempt: Attempt; onNext(): void }) {
  const { t } = useTranslation('trainee');
  const pending = Object.values(attempt.results).filter((r) => r.score === null).length;
  const next = (
    <Button type="primary" size="large" key="next" onClick={onNext}>
      {t('result.next')}
    </Button>
  );
  if (attempt.score === null) {
    return (
      <Result
        status="info"
        title={t('result.submitted', { name: attempt.personName })}
        subTitle={t('result.waiting', { count: pending })}
        extra={next}
      />
    );
  }
  return (
    <Result
      status={attempt.passed ? 'success' : 'warning'}
      title={
        <span data-testid="attempt-score">
          {t('result.score', { score: attempt.score, total: attempt.totalPoints })}
        </span>
      }
      subTitle={
        <span data-testid="attempt-verdict">
          {attempt.personName} · {attempt.passed ? t('result.passed') : t('result.failed')} ·{' '}
          {t('result.passMark', { passMark: attempt.passMark })}
        </span>
      }
      extra={next}
    />
  );
}
