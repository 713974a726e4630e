import { Alert, App, Card, Collapse, Descriptions, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { useVocabulary } from '../vocabularies';
import { deleteQuestion, restoreQuestion } from './commands';
import { QuestionView } from './QuestionView';
import { useQuestion, useQuestionVersions } from './use-question';
import { DetailHeader, useWriteContext } from '../shared-ui';
import './questions.css';

export function QuestionDetailPage() {
  const { t } = useTranslation(['questions', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const categories = useVocabulary('courseCategory');
  const question = useQuestion(id);
  const versions = useQuestionVersions(id);
  if (question === undefined) return <Spin />;
  if (question === null) return <NotFound />;

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const deleted = question.deletedAt !== undefined;

  return (
    <div className="page">
      <DetailHeader
        title={t('detail.title', { type: t(`type.${question.type}`) })}
        tags={
          <Tag color="blue" data-testid="question-version">
            {t('detail.version', { version: question.version })}
          </Tag>
        }
        onBack={() => navigate(-1)}
        deleted={deleted}
        onRestore={() => run(() => restoreQuestion(db, id, writeContext()), t('detail.restored'))}
        onEdit={() => navigate(`/questions/${id}/edit`)}
        deleteConfirm={{ title: t('detail.deleteConfirm'), description: t('detail.deleteHint') }}
        onDelete={() => run(() => deleteQuestion(db, id, writeContext()), t('detail.deleted'))}
      />
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.deletedBanner', { date: dayjs(question.deletedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      <Card>
        <QuestionView content={question} mode="key" />
      </Card>
      <Card>
        <Descriptions column={3} size="middle">
          <Descriptions.Item label={t('fields.category')}>
            {categories.labelOf(question.category)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.difficulty')}>
            {t('difficulty.label', { level: question.difficulty })}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.tags')}>
            {question.tags.length ? question.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : t('view.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.used')} span={3}>
            {question.usedVersion > 0
              ? t('detail.usedUpTo', { version: question.usedVersion })
              : t('detail.neverUsed')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('detail.versions')}>
        {versions && versions.length > 0 ? (
          <Collapse
            items={versions.map((v) => ({
              key: v.id,
              label: t('detail.versionLine', {
                version: v.version,
                date: dayjs(v.frozenAt).format('YYYY-MM-DD HH:mm'),
              }),
              children: <QuestionView content={v} mode="key" />,
            }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('detail.noVersions')}</Typography.Text>
        )}
      </Card>
      <Typography.Text type="secondary">
        {t('detail.updated', {
          date: dayjs(question.updatedAt).format('YYYY-MM-DD HH:mm'),
          by: question.updatedBy,
        })}
      </Typography.Text>
    </div>
  );
}
