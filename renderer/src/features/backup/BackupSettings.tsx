import { CheckCircleTwoTone, CloudUploadOutlined, ExclamationCircleTwoTone } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_SCHEDULES, type BackupSummary } from '../../../../shared/contract';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { db, LATEST_VERSION } from '../../db';
import { completeDelivery, platform, PlatformError, uploadBlob } from '../../platform';
import { formatBytes } from '../attachments';
import { createBackup, restoreDatabase } from './backup-commands';
import { ProgressPanel } from './ProgressPanel';
import { RestoreDialog } from './RestoreDialog';
import { useBackupNow, useLongWork } from './use-backup-runner';

type Opened = { restoreId: string; backup: BackupSummary };

export function BackupSettings() {
  const { t } = useTranslation(['backup', 'common']);
  const { message } = App.useApp();
  const { settings, updateSettings, reloadSettings } = useSession();
  const [folderText, setFolderText] = useState(settings.backup.folder ?? '');
  const [listing, setListing] = useState<{ folder: string; backups: BackupSummary[] } | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const backup = useBackupNow();
  const restore = useLongWork();
  const fail = useCallback((error: unknown) => void message.error(errorMessage(t, error)), [message, t]);

  const refresh = useCallback(() => {
    platform.call('backupList', {}).then(setListing, fail);
  }, [fail]);
  useEffect(refresh, [refresh, settings.lastBackup, settings.backup.folder]);

  const save = (changes: Parameters<typeof updateSettings>[0]) =>
    updateSettings(changes).then(() => void message.success(t('saved')), fail);

  const chooseFolder = async () => {
    try {
      const { folder } = await platform.call('backupChooseFolder', {});
      if (folder) await save({ backup: { folder } });
    } catch (error) {
      fail(error);
    }
  };

  const backUpNow = async () => {
    try {
      const summary = await backup.backupNow('manual');
      await reloadSettings();
      void message.success(t('done', { size: formatBytes(summary.size) }));
    } catch (error) {
      if (!(error instanceof PlatformError && error.code === 'cancelled')) fail(error);
    }
  };

  const open = async (source: Parameters<typeof platform.call<'restoreOpen'>>[1]['source']) => {
    try {
      const result = await platform.call('restoreOpen', { source, currentSchemaVersion: LATEST_VERSION });
      if (result) setOpened(result);
    } catch (error) {
      fail(error);
    }
  };

  const confirmRestore = async () => {
    if (!opened) return;
    try {
      await restore.run(async (signal, report) => {
        const onProgress = (fraction: number, step: string) => report({ fraction, step });
        await createBackup(db, platform, 'safety', { signal, onProgress });
        const { database } = await platform.call('restoreApply', { restoreId: opened.restoreId });
        await restoreDatabase(db, platform, database, opened.backup.schemaVersion, { signal, onProgress });
      });
      setOpened(null);
      await reloadSettings();
      void message.success(t('restore.done', { count: opened.backup.counts['people'] ?? 0 }));
    } catch (error) {
      fail(error);
    }
  };

  const last = settings.lastBackup;
  return (
    <Card title={t('title')} data-testid="backup-settings">
      <Form layout="horizontal" labelCol={{ flex: '180px' }} labelAlign="left">
        <Form.Item label={t('folder')} htmlFor="backup-folder" extra={t('folderHint')}>
          {platform.kind === 'electron' ? (
            <Space>
              <Typography.Text code>{listing?.folder ?? settings.backup.folder}</Typography.Text>
              <Button onClick={() => void chooseFolder()}>{t('chooseFolder')}</Button>
            </Space>
          ) : (
            <Space.Compact style={{ width: '100%' }}>
              <Input
                id="backup-folder"
                value={folderText}
                placeholder={listing?.folder}
                onChange={(e) => setFolderText(e.target.value)}
              />
              <Button onClick={() => void save({ backup: { folder: folderText.trim() || null } })}>
                {t('common:actions.save')}
              </Button>
            </Space.Compact>
          )}
        </Form.Item>
        <Form.Item label={t('schedule')} htmlFor="backup-schedule">
          <Select
            id="backup-schedule"
            style={{ width: 200 }}
            value={settings.backup.schedule}
            onChange={(schedule) => void save({ backup: { schedule } })}
            options={BACKUP_SCHEDULES.map((s) => ({ value: s, label: t(`schedules.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('keep')}>
          <Space>
            <InputNumber
              aria-label={t('keepDaily')}
              min={1}
              max={365}
              defaultValue={settings.backup.keepDaily}
              addonAfter={t('keepDaily')}
              onBlur={(e) => void save({ backup: { keepDaily: Number(e.target.value) || 7 } })}
            />
            <InputNumber
              aria-label={t('keepWeekly')}
              min={0}
              max={520}
              defaultValue={settings.backup.keepWeekly}
              addonAfter={t('keepWeekly')}
              onBlur={(e) => void save({ backup: { keepWeekly: Number(e.target.value) || 0 } })}
            />
          </Space>
        </Form.Item>
        <Form.Item label={t('last')}>
          <span data-testid="last-backup">
            {last ? (
              <Space>
                {dayjs(last.createdAt).format('YYYY-MM-DD HH:mm')}
                {formatBytes(last.size)}
                {last.verified ? (
                  <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success">
                    {t('verified')}
                  </Tag>
                ) : (
                  <Tag icon={<ExclamationCircleTwoTone twoToneColor="#faad14" />} color="warning">
                    {t('notVerified')}
                  </Tag>
                )}
              </Space>
            ) : (
              t('never')
            )}
          </span>
        </Form.Item>
      </Form>
      {backup.running ? (
        <ProgressPanel running={backup.running} onCancel={backup.cancel} />
      ) : (
        <Space wrap>
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void backUpNow()}>
            {t('backUpNow')}
          </Button>
          <Upload
            accept=".zip"
            showUploadList={false}
            beforeUpload={(file) => {
              void uploadBlob(platform, file).then((stagingId) => open({ kind: 'staged', stagingId }), fail);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button>{t('restore.fromFile')}</Button>
          </Upload>
        </Space>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('list.title')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="fileName"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={listing?.backups ?? []}
        locale={{ emptyText: t('never') }}
        columns={[
          {
            title: t('list.date'),
            dataIndex: 'createdAt',
            render: (v: number) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('list.kind'), dataIndex: 'kind', render: (k: string) => t(`kinds.${k}`) },
          { title: t('list.size'), dataIndex: 'size', render: (s: number) => formatBytes(s) },
          { title: t('restore.people'), render: (_: unknown, b: BackupSummary) => b.counts['people'] ?? 0 },
          {
            title: '',
            render: (_: unknown, b: BackupSummary) => (
              <Space>
                <Button size="small" onClick={() => void open({ kind: 'listed', fileName: b.fileName })}>
                  {t('restore.action')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    platform
                      .call('backupSaveCopy', { fileName: b.fileName })
                      .then((d) => completeDelivery(platform, d), fail)
                  }
                >
                  {t('saveCopy')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RestoreDialog
        backup={opened?.backup ?? null}
        running={restore.running}
        onConfirm={() => void confirmRestore()}
        onCancel={() => {
          if (opened)
            void platform.call('restoreDiscard', { restoreId: opened.restoreId }).catch(() => undefined);
          setOpened(null);
        }}
      />
    </Card>
  );
}
