import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Attempt } from '../../../../shared/domain/test-paper';

export const formatInstant = (ms: number | null) =>
  ms === null ? '—' : dayjs(ms).format('YYYY-MM-DD HH:mm');

export function scoreText(t: TFunction, a: Attempt): string {
  return a.score === null ? '—' : t('trainee:result.scoreShort', { score: a.score, total: a.totalPoints });
}

/** In progress, waiting for grading, passed or failed, as a coloured tag. */
export function AttemptStatusTag({ t, attempt }: { t: TFunction; attempt: Attempt }) {
  if (attempt.status === 'inProgress') return <Tag color="processing">{t('trainee:status.inProgress')}</Tag>;
  if (attempt.status === 'grading') return <Tag color="gold">{t('trainee:status.grading')}</Tag>;
  return attempt.passed ? (
    <Tag color="green">{t('trainee:status.passed')}</Tag>
  ) : (
    <Tag color="red">{t('trainee:status.failed')}</Tag>
  );
}
