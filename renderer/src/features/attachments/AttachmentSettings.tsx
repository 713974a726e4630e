import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { platform } from '../../platform';
import { formatBytes } from './format-bytes';
import { referencedAttachments } from './referenced';

type Report = { files: number; bytes: number; removed: boolean };

/** The size limit for new files, and clean-up of stored files no record references any more. */
export function AttachmentSettings() {
  const { t } = useTranslation(['attachments', 'common']);
  const { message } = App.useApp();
  const { settings, updateSettings } = useSession();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  const collect = async (remove: boolean) => {
    setBusy(true);
    try {
      const referenced = await referencedAttachments(db);
      setReport(await platform.call('attachmentCollectGarbage', { referenced, remove }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('settings.title')}>
      <Form layout="horizontal" labelCol={{ flex: '180px' }} labelAlign="left">
        <Form.Item label={t('settings.maxSize')} htmlFor="attachment-max">
          <InputNumber
            id="attachment-max"
            min={1}
            max={10000}
            defaultValue={settings.attachmentMaxMb}
            addonAfter="MB"
            onBlur={(e) => {
              const value = Number(e.target.value);
              if (value >= 1)
                void updateSettings({ attachmentMaxMb: value }).catch((err) =>
                  message.error(errorMessage(t, err)),
                );
            }}
          />
        </Form.Item>
        <Form.Item label={t('settings.cleanup')} extra={t('settings.cleanupHint')}>
          <Space wrap>
            <Button loading={busy && !report} onClick={() => void collect(false)}>
              {t('settings.check')}
            </Button>
            {report && (
              <Typography.Text data-testid="cleanup-report">
                {report.removed
                  ? t('settings.removed', { count: report.files, size: formatBytes(report.bytes) })
                  : t('settings.unused', { count: report.files, size: formatBytes(report.bytes) })}
              </Typography.Text>
            )}
            {report && !report.removed && report.files > 0 && (
              <Button danger loading={busy} onClick={() => void collect(true)}>
                {t('settings.remove')}
              </Button>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
