import { Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ItemResult, PaperItem } from '../../../../shared/domain/test-paper';
import { db } from '../../db';
import { GradeForm } from './GradeForm';
import { AttemptStatusTag, formatInstant, scoreText } from './labels';
import { optionLetter } from './QuestionAnswer';

/** Option keys as the trainee saw them: letter by shown position and the option's text. */
function describeAnswer(t: TFunction, item: PaperItem, keys: readonly string[]): string {
  if (keys.length === 0 || keys.every((k) => k.trim() === '')) return t('trainee:detail.noAnswer');
  const { content } = item;
  if (content.type === 'single' || content.type === 'multiple') {
    return content.options
      .map((o, i) => (keys.includes(o.key) ? `${optionLetter(i)}. ${o.text}` : null))
      .filter(Boolean)
      .join('；');
  }
  if (content.type === 'trueFalse')
    return keys[0] === 'true' ? t('trainee:answer.true') : t('trainee:answer.false');
  return keys.join(' / ');
}

function ResultTag({ t, result }: { t: TFunction; result: ItemResult | undefined }) {
  if (!result || result.score === null) return <Tag color="gold">{t('trainee:detail.pending')}</Tag>;
  if (result.correct) return <Tag color="green">{t('trainee:detail.correct')}</Tag>;
  return result.score > 0 ? (
    <Tag color="orange">{t('trainee:detail.partial')}</Tag>
  ) : (
    <Tag color="red">{t('trainee:detail.incorrect')}</Tag>
  );
}

/** One attempt: every question, the answer given and the key, the points; short answers graded here. */
export function AttemptDetailPage() {
  const { t } = useTranslation(['trainee', 'common']);
  const { attemptId = '' } = useParams();
  const attempt = useLiveQuery(async () => (await db.attempts.get(attemptId)) ?? null, [attemptId]);
  if (attempt === undefined) return null;
  if (attempt === null) return <Result status="warning" title={t('errors.attemptNotFound')} />;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('detail.title', { name: attempt.personName, n: attempt.number })}
          </Typography.Title>
          <Space separator="·">
            <Link to={`/attempts/test/${attempt.testId}`}>{attempt.testTitle}</Link>
            <Link to="/attempts">{t('detail.queue')}</Link>
          </Space>
        </div>
      </div>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'started', label: t('columns.started'), children: formatInstant(attempt.startedAt) },
          { key: 'submitted', label: t('columns.submitted'), children: formatInstant(attempt.submittedAt) },
          {
            key: 'status',
            label: t('columns.status'),
            children: <AttemptStatusTag t={t} attempt={attempt} />,
          },
          {
            key: 'score',
            label: t('columns.score'),
            children: <span data-testid="detail-score">{scoreText(t, attempt)}</span>,
          },
          { key: 'passMark', label: t('rules.passMark'), children: attempt.passMark },
        ]}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {attempt.items.map((item, i) => {
          const result = attempt.results[item.questionId];
          const given = attempt.answers[item.questionId] ?? [];
          const isShort = item.content.type === 'shortAnswer';
          return (
            <Card
              key={item.questionId}
              size="small"
              role="group"
              aria-label={t('taking.questionN', { n: i + 1 })}
              title={
                <span>
                  {t('taking.questionN', { n: i + 1 })} <Tag>{t(`types.${item.content.type}`)}</Tag>
                  <ResultTag t={t} result={result} />
                </span>
              }
              extra={t('detail.points', { score: result?.score ?? '—', max: item.points })}
            >
              <p className="stem">{item.content.stem}</p>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'given',
                    label: t('detail.given'),
                    children: <span className="stem">{describeAnswer(t, item, given)}</span>,
                  },
                  {
                    key: 'key',
                    label: isShort ? t('detail.modelAnswer') : t('detail.key'),
                    children: <span className="stem">{describeAnswer(t, item, item.content.answer)}</span>,
                  },
                ]}
              />
              {isShort && attempt.submittedAt !== null && (
                <GradeForm
                  attemptId={attempt.id}
                  questionId={item.questionId}
                  max={item.points}
                  current={result?.score ?? null}
                  index={i}
                />
              )}
            </Card>
          );
        })}
      </Space>
    </div>
  );
}
