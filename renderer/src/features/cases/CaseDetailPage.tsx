import { Alert, App, Card, Descriptions, List, Spin, Steps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { HANDLING_STEPS } from '../../../../shared/domain/complaint-case';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { AttachmentList } from '../attachments';
import { DetailHeader, useWriteContext } from '../shared-ui';
import { deleteCase, restoreCase } from './commands';
import { lessonsUsingCase } from './queries';
import { useCase } from './use-case';

export function CaseDetailPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const record = useCase(id);
  const lessons = useLiveQuery(() => lessonsUsingCase(db, id), [id]) ?? [];
  if (record === undefined) return <Spin />;
  if (record === null) return <NotFound />;

  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const show = (value: string) => (value ? <span className="case-text">{value}</span> : none);
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const deleted = record.deletedAt !== undefined;

  return (
    <div className="page">
      <DetailHeader
        title={record.title}
        tags={
          <>
            <Tag color="blue">{t(`complaintType.${record.complaintType}`)}</Tag>
            <Tag>{t(`difficulty.${record.difficulty}`)}</Tag>
          </>
        }
        onBack={() => navigate(-1)}
        deleted={deleted}
        onRestore={() =>
          run(() => restoreCase(db, record.id, writeContext()), t('detail.restored', { title: record.title }))
        }
        onEdit={() => navigate(`/cases/${record.id}/edit`)}
        deleteConfirm={{
          title: t('detail.deleteConfirm', { title: record.title }),
          description: t('detail.deleteHint'),
        }}
        onDelete={() =>
          run(() => deleteCase(db, record.id, writeContext()), t('detail.deleted', { title: record.title }))
        }
      />
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.deletedBanner', { date: dayjs(record.deletedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      <Card>
        <Descriptions column={1} size="middle">
          <Descriptions.Item label={t('fields.departments')}>
            {record.departments.length ? record.departments.map((d) => <Tag key={d}>{d}</Tag>) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.background')}>{show(record.background)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('fields.process')}>
        <Steps
          orientation="vertical"
          size="small"
          current={HANDLING_STEPS.length}
          items={HANDLING_STEPS.map((step) => ({
            title: t(`step.${step}`),
            status: record.process[step] ? 'finish' : 'wait',
            content: show(record.process[step]),
          }))}
        />
      </Card>
      <Card>
        <Descriptions column={1} size="middle">
          <Descriptions.Item label={t('fields.solution')}>{show(record.solution)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.customerFeedback')}>
            {show(record.customerFeedback)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.lessonsLearnt')}>
            {show(record.lessonsLearnt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('fields.attachments')}>
        <AttachmentList attachments={record.attachments} />
      </Card>
      <Card title={t('detail.lessons')}>
        <List
          size="small"
          locale={{ emptyText: t('detail.noLessons') }}
          dataSource={lessons}
          renderItem={(lesson) => (
            <List.Item>
              <Link to={`/courses/${lesson.courseId}`}>{lesson.title}</Link>
            </List.Item>
          )}
        />
      </Card>
      <Typography.Text type="secondary">
        {t('detail.updated', {
          date: dayjs(record.updatedAt).format('YYYY-MM-DD HH:mm'),
          by: record.updatedBy,
        })}
      </Typography.Text>
    </div>
  );
}
