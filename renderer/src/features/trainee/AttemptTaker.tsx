import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining, remainingMs, unansweredCount } from '../../../../shared/domain/attempt-rules';
import type { Attempt } from '../../../../shared/domain/test-paper';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { submitAttempt } from './commands';
import { QuestionAnswer } from './QuestionAnswer';
import { useWriteContext } from '../shared-ui';
import { useAutosave } from './use-autosave';

/** The timer turns red in the last five minutes. */
const LOW_TIME_MS = 5 * 60_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/** Step 3: every question on one page, a navigator, the clock; submit by hand or at the deadline. */
export function AttemptTaker({ attempt, onSubmitted }: { attempt: Attempt; onSubmitted(a: Attempt): void }) {
  const { t } = useTranslation(['trainee', 'common']);
  const { modal } = App.useApp();
  const writeContext = useWriteContext();
  const { answers, latest, setAnswer, state, cancelPending } = useAutosave(attempt);
  const [error, setError] = useState<string | null>(null);
  const submitting = useRef(false);
  const now = useNow();
  const remaining = remainingMs(attempt.deadline, now);
  const unanswered = unansweredCount(attempt.items, answers);

  const submit = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    cancelPending();
    try {
      onSubmitted(await submitAttempt(db, attempt.id, latest.current, writeContext()));
    } catch (e) {
      submitting.current = false;
      setError(errorMessage(t, e));
    }
  }, [attempt.id, cancelPending, latest, onSubmitted, t, writeContext]);

  // At the deadline the paper goes in as it is; an attempt resumed after its deadline goes in at once.
  useEffect(() => {
    if (attempt.deadline === null) return;
    const id = window.setTimeout(() => void submit(), Math.max(0, attempt.deadline - Date.now()));
    return () => window.clearTimeout(id);
  }, [attempt.deadline, submit]);

  const confirmSubmit = () => {
    void modal.confirm({
      title: t('taking.submitTitle'),
      content:
        unanswered > 0 ? t('taking.unansweredWarning', { count: unanswered }) : t('taking.submitFinal'),
      okText: t('taking.submit'),
      cancelText: t('taking.keepAnswering'),
      onOk: () => submit(),
    });
  };

  const answered = (questionId: string) => (answers[questionId] ?? []).some((a) => a.trim() !== '');

  return (
    <div className="trainee-taking">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {attempt.personName} · {t('taking.attemptN', { n: attempt.number })}
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} />}
        {attempt.items.map((item, i) => (
          <QuestionAnswer
            key={item.questionId}
            index={i}
            item={item}
            answer={answers[item.questionId] ?? []}
            onChange={(a) => setAnswer(item.questionId, a)}
          />
        ))}
        <Button type="primary" size="large" onClick={confirmSubmit}>
          {t('taking.submit')}
        </Button>
      </Space>
      <Card className="trainee-navigator" size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          {remaining !== null && (
            <div>
              <Typography.Text type="secondary">{t('taking.timeLeft')}</Typography.Text>
              <div className="trainee-timer" role="timer" data-low={remaining < LOW_TIME_MS}>
                {formatRemaining(remaining)}
              </div>
            </div>
          )}
          <Typography.Text data-testid="answered-count">
            {t('taking.answeredOf', {
              answered: attempt.items.length - unanswered,
              total: attempt.items.length,
            })}
          </Typography.Text>
          <nav className="trainee-nav-grid" aria-label={t('taking.navigator')}>
            {attempt.items.map((item, i) => (
              <button
                key={item.questionId}
                type="button"
                data-answered={answered(item.questionId)}
                aria-label={t(answered(item.questionId) ? 'taking.goToAnswered' : 'taking.goToUnanswered', {
                  n: i + 1,
                })}
                onClick={() =>
                  document.getElementById(`question-${i + 1}`)?.scrollIntoView({ behavior: 'smooth' })
                }
              >
                {i + 1}
              </button>
            ))}
          </nav>
          <Typography.Text type={state === 'failed' ? 'danger' : 'secondary'} data-testid="save-state">
            {t(`taking.save.${state}`)}
          </Typography.Text>
          <Button type="primary" block onClick={confirmSubmit}>
            {t('taking.submit')}
          </Button>
        </Space>
      </Card>
    </div>
  );
}
