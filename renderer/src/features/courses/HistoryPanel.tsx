import { DiffOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Course } from '../../../../shared/domain/course';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { courseVersions } from './queries';
import { startDraftFromVersion } from './version-commands';
import { useWriteContext } from './write-context';

/** `draft` or a version number, as the compare page's address takes it. */
export type CompareSide = 'draft' | number;

/** Published versions, newest first: view one, compare any two (or one with the draft), start a draft from one. */
export function HistoryPanel({ course }: { course: Course }) {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const writeContext = useWriteContext();
  const versions = useLiveQuery(() => courseVersions(db, course.id), [course.id]);
  const latest = course.latestVersion;
  const [from, setFrom] = useState<CompareSide | undefined>(latest > 1 ? latest - 1 : undefined);
  const [to, setTo] = useState<CompareSide | undefined>(latest > 1 ? latest : undefined);

  if (!versions) return null;
  if (versions.length === 0) return <Empty description={t('history.none')} />;

  const sides = [
    ...(course.status === 'archived' ? [] : [{ value: 'draft' as CompareSide, label: t('history.draft') }]),
    ...versions.map((v) => ({
      value: v.version as CompareSide,
      label: t('versionLabel', { version: v.version }),
    })),
  ];

  const startDraft = (version: number) => {
    const run = async () => {
      try {
        await startDraftFromVersion(db, course.id, version, writeContext());
        void message.success(t('history.draftStarted', { version }));
        navigate(`/courses/${course.id}`);
      } catch (error) {
        void message.error(errorMessage(t, error));
      }
    };
    // Starting over discards unpublished work: say so first. A draft equal to the latest version loses nothing.
    if (!course.draftChanged) return void run();
    modal.confirm({
      title: t('history.discardTitle'),
      content: t('history.discardText', { version }),
      okText: t('history.discardConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: run,
    });
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap align="center" className="compare-bar">
        <Typography.Text strong>{t('history.compare')}</Typography.Text>
        <Select
          aria-label={t('history.from')}
          placeholder={t('history.from')}
          style={{ width: 160 }}
          value={from}
          onChange={setFrom}
          options={sides}
        />
        <span aria-hidden>→</span>
        <Select
          aria-label={t('history.to')}
          placeholder={t('history.to')}
          style={{ width: 160 }}
          value={to}
          onChange={setTo}
          options={sides}
        />
        <Button
          icon={<DiffOutlined />}
          disabled={from === undefined || to === undefined || from === to}
          onClick={() => navigate(`/courses/${course.id}/compare?from=${from}&to=${to}`)}
        >
          {t('history.compareButton')}
        </Button>
      </Space>
      <List
        bordered
        aria-label={t('history.title')}
        dataSource={versions}
        renderItem={(v) => (
          <List.Item
            data-testid="version-item"
            actions={[
              <Button
                key="view"
                type="link"
                onClick={() => navigate(`/courses/${course.id}/versions/${v.version}`)}
              >
                {t('history.view', { version: v.version })}
              </Button>,
              course.status !== 'archived' && (
                <Button key="draft" type="link" onClick={() => startDraft(v.version)}>
                  {t('history.startDraft', { version: v.version })}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Typography.Text strong>{t('versionLabel', { version: v.version })}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('history.published', {
                      date: dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm'),
                      by: v.publishedBy,
                    })}
                  </Typography.Text>
                </Space>
              }
              description={v.changeNote || t('history.noNote')}
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
