import { ArrowLeftOutlined, EyeOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Notice } from '../../../../shared/domain/lending';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { STAGE_COLOURS } from './labels';
import { noticeRoute, printLetters } from './print-letters';
import { fetchNoticeLogPage, type NoticeLogCursor, type NoticeLogRow } from './queries';
import './overdue.css';

/** 通知记录: who got which notice, when, how, and its exact text. */
export function NoticesLogPage() {
  const { t } = useTranslation(['overdue', 'lending', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const list = usePagedList<NoticeLogRow, NoticeLogCursor>(
    'notices',
    (after, limit) => fetchNoticeLogPage(db, after, limit),
    ['notices'],
  );
  const [viewing, setViewing] = useState<Notice | null>(null);

  const reprint = async (notice: Notice) => {
    try {
      await printLetters(
        noticeRoute(notice.id),
        t('letters.title'),
        `${t('letters.title')}-${localDate(new Date(notice.sentAt))}.pdf`,
      );
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  const columns: VirtualColumn<NoticeLogRow>[] = [
    {
      key: 'sentAt',
      header: t('log.columns.sentAt'),
      width: '1.1fr',
      sort: 'descending',
      render: (r) => dayjs(r.notice.sentAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'stage',
      header: t('log.columns.stage'),
      width: '1fr',
      render: (r) => (
        <Tag color={STAGE_COLOURS[r.notice.stage]}>{t(`lending:noticeStage.${r.notice.stage}`)}</Tag>
      ),
    },
    {
      key: 'borrower',
      header: t('log.columns.borrower'),
      width: '0.9fr',
      render: (r) => (
        <Link to={`/lending/borrowers/${r.notice.borrowerId}`}>
          {r.loan?.borrowerName ?? r.notice.borrowerId}
        </Link>
      ),
    },
    {
      key: 'title',
      header: t('log.columns.title'),
      width: '1.6fr',
      render: (r) => r.loan?.title ?? '',
      cellTitle: (r) => r.loan?.title ?? '',
    },
    {
      key: 'channel',
      header: t('log.columns.channel'),
      width: '0.6fr',
      render: (r) => t(`log.channel.${r.notice.channel}`),
    },
    { key: 'by', header: t('log.columns.by'), width: '0.8fr', render: (r) => r.notice.updatedBy },
    {
      key: 'actions',
      header: t('log.columns.actions'),
      width: '1.5fr',
      render: (r) => (
        <Space size={4}>
          <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(r.notice)}>
            {t('log.view')}
          </Button>
          <Button size="small" icon={<PrinterOutlined />} onClick={() => void reprint(r.notice)}>
            {t('log.printAgain')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <Space align="center">
          <Button
            icon={<ArrowLeftOutlined />}
            aria-label={t('log.back')}
            onClick={() => navigate('/lending/overdue')}
          />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('log.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('log.subtitle')}</Typography.Text>
          </div>
        </Space>
      </div>
      <VirtualTable
        rowKey={(r) => r.notice.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="notice-row"
        emptyText={t('log.empty')}
      />
      {viewing && (
        <Modal
          open
          title={t(`lending:noticeStage.${viewing.stage}`)}
          footer={null}
          width={640}
          onCancel={() => setViewing(null)}
        >
          <div className="notice-body">{viewing.body}</div>
        </Modal>
      )}
    </div>
  );
}
