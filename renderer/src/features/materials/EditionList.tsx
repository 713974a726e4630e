import { StopOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Edition, EditionStatus } from '../../../../shared/domain/material';
import { AttachmentList } from '../attachments';

const STATUS_COLOR: Record<EditionStatus, string | undefined> = {
  current: 'green',
  superseded: undefined,
  withdrawn: 'red',
};

interface Props {
  editions: Edition[];
  onWithdraw?: (edition: Edition) => void;
}

/** A material's editions, newest first, each with its files. */
export function EditionList({ editions, onWithdraw }: Props) {
  const { t } = useTranslation('materials');
  if (editions.length === 0) return <Empty description={t('edition.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {editions.map((e) => (
        <Card
          key={e.id}
          size="small"
          data-testid="edition"
          title={
            <Space>
              <span>{t('edition.number', { number: e.number })}</span>
              <Tag color={STATUS_COLOR[e.status]}>{t(`edition.status.${e.status}`)}</Tag>
              <Typography.Text type="secondary">{e.date}</Typography.Text>
            </Space>
          }
          extra={
            onWithdraw &&
            e.status !== 'withdrawn' && (
              <Button
                size="small"
                danger
                icon={<StopOutlined />}
                aria-label={t('edition.withdrawName', { number: e.number })}
                onClick={() => onWithdraw(e)}
              >
                {t('edition.withdraw')}
              </Button>
            )
          }
        >
          {e.status === 'withdrawn' && (
            <Typography.Paragraph type="danger">
              {t('edition.withdrawnBecause', {
                date: dayjs(e.withdrawnAt).format('YYYY-MM-DD'),
                reason: e.withdrawnReason ?? '',
              })}
            </Typography.Paragraph>
          )}
          {e.changeNote && <Typography.Paragraph className="case-text">{e.changeNote}</Typography.Paragraph>}
          <AttachmentList attachments={e.files} />
        </Card>
      ))}
    </Space>
  );
}
