import { BarChartOutlined, EyeOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paperQuestionCount, paperTotalPoints } from '../../../../shared/domain/test-paper-rules';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { DetailHeader, useWriteContext } from '../shared-ui';
import { useVocabulary } from '../vocabularies';
import { deleteTest, restoreTest } from './commands';
import { ruleSummary } from './labels';
import { checkRulesAgainstBank } from './rule-candidates';
import { useTest } from './use-test';
import './tests.css';

const STATUS_COLOR = { draft: 'default', open: 'green', closed: 'orange' } as const;

export function TestDetailPage() {
  const { t } = useTranslation(['tests', 'questions', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const categories = useVocabulary('courseCategory');
  const test = useTest(id);
  const fixedQuestions = useLiveQuery(
    async () => (test ? db.questions.bulkGet(test.fixed.map((f) => f.questionId)) : []),
    [test],
  );
  const available = useLiveQuery(async () => (test ? checkRulesAgainstBank(db, test) : []), [test]);
  if (test === undefined) return <Spin />;
  if (test === null) return <NotFound />;

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const deleted = test.deletedAt !== undefined;
  const yesNo = (value: boolean) => t(value ? 'detail.yes' : 'detail.no');

  return (
    <div className="page">
      <DetailHeader
        title={test.title}
        tags={<Tag color={STATUS_COLOR[test.status]}>{t(`status.${test.status}`)}</Tag>}
        onBack={() => navigate('/tests')}
        deleted={deleted}
        onRestore={() => run(() => restoreTest(db, id, writeContext()), t('detail.restored'))}
        actions={
          <>
            <Button icon={<EyeOutlined />} onClick={() => navigate(`/tests/${id}/preview`)}>
              {t('detail.preview')}
            </Button>
            <Button icon={<PlayCircleOutlined />} onClick={() => navigate(`/trainee/${id}`)}>
              {t('detail.startTrainee')}
            </Button>
            <Button icon={<BarChartOutlined />} onClick={() => navigate(`/attempts/test/${id}`)}>
              {t('detail.results')}
            </Button>
          </>
        }
        onEdit={() => navigate(`/tests/${id}/edit`)}
        deleteConfirm={{ title: t('detail.deleteConfirm'), description: t('detail.deleteHint') }}
        onDelete={() => run(() => deleteTest(db, id, writeContext()), t('detail.deleted'))}
      />
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.deletedBanner', { date: dayjs(test.deletedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      {test.description && <Typography.Paragraph>{test.description}</Typography.Paragraph>}
      <Card>
        <Descriptions column={3} size="middle">
          <Descriptions.Item label={t('list.columns.questions')}>
            {paperQuestionCount(test)}
          </Descriptions.Item>
          <Descriptions.Item label={t('list.columns.points')}>{paperTotalPoints(test)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.passMark')}>{test.passMark}</Descriptions.Item>
          <Descriptions.Item label={t('list.columns.timeLimit')}>
            {test.timeLimitMinutes ? t('list.minutes', { count: test.timeLimitMinutes }) : t('list.noLimit')}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.attemptsAllowed')}>
            {test.attemptsAllowed || t('detail.attemptsUnlimited')}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.multipleScoring')}>
            {t(`scoring.${test.multipleScoring}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.shuffleQuestions')}>
            {yesNo(test.shuffleQuestions)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.shuffleOptions')}>
            {yesNo(test.shuffleOptions)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('builder.fixed')}>
        {test.fixed.length === 0 ? (
          <Typography.Text type="secondary">{t('builder.noFixed')}</Typography.Text>
        ) : (
          <ol className="fixed-list">
            {test.fixed.map((f, i) => {
              const q = fixedQuestions?.[i];
              return (
                <li key={f.questionId}>
                  {q ? (
                    <>
                      <Tag>{t(`questions:type.${q.type}`)}</Tag>
                      {q.stem} · {t('questions:view.points', { count: f.points })}
                    </>
                  ) : (
                    '…'
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
      <Card title={t('builder.rules')}>
        {test.rules.length === 0 ? (
          <Typography.Text type="secondary">{t('builder.noRules')}</Typography.Text>
        ) : (
          <ol className="fixed-list">
            {test.rules.map((rule, i) => {
              const count = available?.[i];
              return (
                <li key={rule.id}>
                  {ruleSummary(t, rule, categories.labelOf)}{' '}
                  {count !== undefined && (
                    <Tag color={count < rule.count ? 'red' : 'green'}>
                      {t('builder.available', { count })}
                    </Tag>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
      <Typography.Text type="secondary">
        {t('detail.updated', { date: dayjs(test.updatedAt).format('YYYY-MM-DD HH:mm'), by: test.updatedBy })}
      </Typography.Text>
    </div>
  );
}
