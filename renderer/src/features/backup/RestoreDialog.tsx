import { Alert, Descriptions, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../shared/contract';
import { formatBytes } from '../attachments';
import { ProgressPanel } from './ProgressPanel';
import type { RunningWork } from './use-backup-runner';

interface Props {
  backup: BackupSummary | null;
  running: RunningWork | null;
  onConfirm(): void;
  onCancel(): void;
}

/** What a verified backup holds, asked about before anything is replaced. */
export function RestoreDialog({ backup, running, onConfirm, onCancel }: Props) {
  const { t } = useTranslation(['backup', 'common']);
  return (
    <Modal
      open={backup !== null}
      title={t('restore.confirmTitle')}
      okText={t('restore.confirm')}
      okButtonProps={{ danger: true, disabled: running !== null }}
      cancelText={t('common:actions.cancel')}
      onOk={onConfirm}
      onCancel={running ? undefined : onCancel}
      closable={!running}
      maskClosable={false}
    >
      {backup && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('list.date')}>
              {dayjs(backup.createdAt).format('YYYY-MM-DD HH:mm')}
            </Descriptions.Item>
            <Descriptions.Item label={t('list.kind')}>{t(`kinds.${backup.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('list.size')}>{formatBytes(backup.size)}</Descriptions.Item>
            <Descriptions.Item label={t('restore.people')}>
              <span data-testid="restore-people-count">{backup.counts['people'] ?? 0}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('restore.appVersion')}>{backup.appVersion}</Descriptions.Item>
          </Descriptions>
          <Alert style={{ marginTop: 16 }} type="warning" showIcon title={t('restore.warning')} />
          {running && (
            <div style={{ marginTop: 16 }}>
              <ProgressPanel running={running} />
            </div>
          )}
          {!running && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('restore.safetyNote')}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Modal>
  );
}
