import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Edition } from '../../../../shared/domain/material';
import { errorMessage } from '../../app/error-message';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { HoldQueuePanel } from '../circulation';
import { MaterialCopiesSection } from '../copies';
import { useVocabulary } from '../vocabularies';
import { deleteMaterial, restoreMaterial } from './commands';
import { EditionList } from './EditionList';
import { PublishEditionDialog } from './PublishEditionDialog';
import { useEditions, useMaterial } from './use-material';
import { WithdrawEditionDialog } from './WithdrawEditionDialog';
import { DetailHeader, useWriteContext } from '../shared-ui';

export function MaterialDetailPage() {
  const { t } = useTranslation(['materials', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useWriteContext();
  const categories = useVocabulary('courseCategory');
  const material = useMaterial(id);
  const editions = useEditions(id);
  const [publishing, setPublishing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Edition | null>(null);
  if (material === undefined || editions === undefined) return <Spin />;
  if (material === null) return <NotFound />;

  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  const deleted = material.deletedAt !== undefined;
  const nextNumber = (editions[0]?.number ?? 0) + 1;

  return (
    <div className="page">
      <DetailHeader
        title={material.title}
        tags={
          <>
            <Tag>{t(`type.${material.type}`)}</Tag>
            {material.currentEdition ? (
              <Tag color="green">{t('edition.number', { number: material.currentEdition })}</Tag>
            ) : (
              <Tag>{t('detail.noCurrent')}</Tag>
            )}
          </>
        }
        onBack={() => navigate(-1)}
        deleted={deleted}
        onRestore={() =>
          run(
            () => restoreMaterial(db, material.id, writeContext()),
            t('detail.restored', { title: material.title }),
          )
        }
        onEdit={() => navigate(`/materials/${material.id}/edit`)}
        deleteConfirm={{
          title: t('detail.deleteConfirm', { title: material.title }),
          description: t('detail.deleteHint'),
        }}
        onDelete={() =>
          run(
            () => deleteMaterial(db, material.id, writeContext()),
            t('detail.deleted', { title: material.title }),
          )
        }
      />
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.deletedBanner', { date: dayjs(material.deletedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      <Card>
        <Descriptions column={2} size="middle">
          <Descriptions.Item label={t('fields.type')}>{t(`type.${material.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.category')}>
            {categories.labelOf(material.category)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.authors')} span={2}>
            {material.authors.length ? material.authors.join('、') : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.description')} span={2}>
            {material.description ? <span className="case-text">{material.description}</span> : none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('edition.section')}
        extra={
          !deleted && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>
              {t('edition.publish')}
            </Button>
          )
        }
      >
        <EditionList editions={editions} onWithdraw={deleted ? undefined : setWithdrawing} />
      </Card>
      <MaterialCopiesSection material={material} editions={editions} />
      <Card
        title={t('holds.section')}
        extra={
          editions.some((e) => e.status === 'superseded') && (
            <Button onClick={() => navigate(`/lending/recall?material=${material.id}`)}>
              {t('holds.recall')}
            </Button>
          )
        }
      >
        <HoldQueuePanel materialId={material.id} />
      </Card>
      <Typography.Text type="secondary">
        {t('detail.updated', {
          date: dayjs(material.updatedAt).format('YYYY-MM-DD HH:mm'),
          by: material.updatedBy,
        })}
      </Typography.Text>
      {publishing && (
        <PublishEditionDialog
          materialId={material.id}
          number={nextNumber}
          currentNumber={material.currentEdition}
          onCancel={() => setPublishing(false)}
          onDone={(number) => {
            setPublishing(false);
            void message.success(t('edition.published', { number }));
          }}
        />
      )}
      {withdrawing && (
        <WithdrawEditionDialog
          edition={withdrawing}
          onCancel={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            void message.success(t('edition.withdrawn', { number: withdrawing.number }));
          }}
        />
      )}
    </div>
  );
}
