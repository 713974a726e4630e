import { Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunningWork } from './use-backup-runner';

export function ProgressPanel({ running, onCancel }: { running: RunningWork; onCancel?: () => void }) {
  const { t } = useTranslation('backup');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="backup-progress">
      <Typography.Text>{t(`steps.${running.step}`)}</Typography.Text>
      <Progress percent={Math.round(running.fraction * 100)} status="active" />
      {onCancel && <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>}
    </Space>
  );
}
