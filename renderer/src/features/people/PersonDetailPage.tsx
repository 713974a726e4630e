import { BookOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../app/error-message';
import { AttachmentList } from '../attachments';
import { platform } from '../../platform';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { deletePerson, restorePerson } from './commands';
import { positionLabel } from './labels';
import { usePerson } from './use-person';
import { useWriteContext } from './write-context';
import { DetailHeader } from '../shared-ui';

export function PersonDetailPage() {
  const { t } = useTranslation(['people', 'common', 'catalog']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const person = usePerson(id);
  if (person === undefined) return <Spin />;
  if (person === null) return <NotFound />;

  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const show = (value: string | undefined) => (value ? value : none);
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const deleted = person.deletedAt !== undefined;
  const employee = person.kind === 'employee';

  return (
    <div className="page">
      <DetailHeader
        title={person.name}
        tags={
          <>
            <Tag color={person.status === 'active' ? 'green' : 'default'}>{t(`status.${person.status}`)}</Tag>
            {person.trainerType !== 'none' && (
              <Tag color={person.trainerType === 'internal' ? 'blue' : 'purple'}>
                {t(`trainerType.${person.trainerType}`)}
              </Tag>
            )}
          </>
        }
        onBack={() => navigate(-1)}
        deleted={deleted}
        onRestore={() =>
          run(() => restorePerson(db, person.id, writeContext()), t('detail.restored', { name: person.name }))
        }
        actions={
          <Button icon={<BookOutlined />} onClick={() => navigate(`/lending/borrowers/${person.id}`)}>
            {t('detail.borrowing')}
          </Button>
        }
        onEdit={() => navigate(`/people/${person.id}/edit`)}
        deleteConfirm={{
          title: t('detail.deleteConfirm', { name: person.name }),
          description: t('detail.deleteHint'),
        }}
        onDelete={() =>
          run(() => deletePerson(db, person.id, writeContext()), t('detail.deleted', { name: person.name }))
        }
      />
      {deleted && (
        <Alert
          data-testid="deleted-banner"
          type="warning"
          showIcon
          title={t('detail.deletedBanner', { date: dayjs(person.deletedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      <Card title={t('sections.basic')}>
        <div className="person-basic">
          {person.photo && (
            <img
              className="person-photo"
              src={platform.attachmentUrl(person.photo, false)}
              alt={t('fields.photo')}
            />
          )}
          <Descriptions column={2} size="middle">
            <Descriptions.Item label={t('kind.label')}>{t(`kind.${person.kind}`)}</Descriptions.Item>
            {employee && (
              <Descriptions.Item label={t('fields.employeeNo')}>{person.employeeNo}</Descriptions.Item>
            )}
            {employee && (
              <Descriptions.Item label={t('fields.department')}>{show(person.department)}</Descriptions.Item>
            )}
            {employee && (
              <Descriptions.Item label={t('fields.position')}>
                {positionLabel(t, person.position)}
              </Descriptions.Item>
            )}
            {employee && (
              <Descriptions.Item label={t('fields.hireDate')}>{show(person.hireDate)}</Descriptions.Item>
            )}
            {!employee && (
              <Descriptions.Item label={t('fields.organisation')}>
                {show(person.organisation)}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('fields.phone')}>{show(person.phone)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.email')}>{show(person.email)}</Descriptions.Item>
          </Descriptions>
        </div>
      </Card>
      {person.trainer && (
        <Card title={t('sections.trainer')}>
          <Descriptions column={2} size="middle">
            <Descriptions.Item label={t('fields.degree')}>{show(person.trainer.degree)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.certification')}>
              {show(person.trainer.certification)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.teachingFields')} span={2}>
              {person.trainer.fields.length
                ? person.trainer.fields.map((f) => <Tag key={f}>{t(`catalog:category.${f}`)}</Tag>)
                : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.bio')} span={2}>
              {show(person.trainer.bio)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card title={t('fields.documents')}>
        <AttachmentList attachments={person.documents ?? []} />
      </Card>
      <Typography.Text type="secondary">
        {t('detail.updated', {
          date: dayjs(person.updatedAt).format('YYYY-MM-DD HH:mm'),
          by: person.updatedBy,
        })}
      </Typography.Text>
    </div>
  );
}
