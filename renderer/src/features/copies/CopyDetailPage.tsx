import {
  ArrowLeftOutlined,
  EditOutlined,
  PrinterOutlined,
  StopOutlined,
  ToolOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatFen } from '../../../../shared/domain/money';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { EditCopyDialog, StatusDialog } from './CopyDialogs';
import { CopyEvents, CopyLoans } from './CopyHistory';
import { ConditionTag, StatusTag } from './StatusTag';
import { usePrintLabels } from './use-print-labels';
import './copies.css';

type Open = null | 'edit' | 'repair' | 'repaired' | 'withdraw';

/** One copy: what it is, where it is, what can be done with it, and its whole history. */
export function CopyDetailPage() {
  const { t } = useTranslation(['copies', 'lending', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const labels = usePrintLabels();
  const [open, setOpen] = useState<Open>(null);
  const copy = useLiveQuery(async () => (await db.copies.get(id)) ?? null, [id]);
  const loan = useLiveQuery(
    async () => (copy?.loanId ? db.loans.get(copy.loanId) : undefined),
    [copy?.loanId],
  );
  if (copy === undefined) return <Spin />;
  if (copy === null) return <NotFound />;

  const done = (text: string) => () => {
    setOpen(null);
    void message.success(text);
  };
  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const withdrawn = copy.status === 'withdrawn';

  return (
    <div className="page">
      <div className="page-head">
        <Space align="center" wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(-1)}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }} className="copy-barcode">
            {copy.barcode}
          </Typography.Title>
          <StatusTag status={copy.status} />
          <Typography.Text type="secondary">
            {copy.title} · {t('edition', { number: copy.editionNumber })}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            disabled={labels.printing}
            onClick={() => void labels.print({ copyId: copy.id })}
          >
            {t('actions.printLabel')}
          </Button>
          {!withdrawn && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setOpen('edit')}>
                {t('common:actions.edit')}
              </Button>
              {copy.status === 'inRepair' ? (
                <Button icon={<UndoOutlined />} onClick={() => setOpen('repaired')}>
                  {t('actions.repaired')}
                </Button>
              ) : (
                <Button icon={<ToolOutlined />} onClick={() => setOpen('repair')}>
                  {t('actions.repair')}
                </Button>
              )}
              <Button danger icon={<StopOutlined />} onClick={() => setOpen('withdraw')}>
                {t('actions.withdraw')}
              </Button>
            </>
          )}
        </Space>
      </div>
      <Card>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="middle">
          <Descriptions.Item label={t('fields.material')}>
            <Link to={`/materials/${copy.materialId}`}>{copy.title}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.edition')}>
            {t('edition', { number: copy.editionNumber })}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.barcode')}>
            <span className="copy-barcode">{copy.barcode}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.status')}>
            <StatusTag status={copy.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.location')}>{copy.location}</Descriptions.Item>
          <Descriptions.Item label={t('fields.condition')}>
            <ConditionTag condition={copy.condition} />
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.acquiredOn')}>{copy.acquiredOn}</Descriptions.Item>
          <Descriptions.Item label={t('fields.replacementCost')}>
            {formatFen(copy.replacementCost)}
          </Descriptions.Item>
          {loan && loan.open === 1 && (
            <Descriptions.Item label={t('detail.onLoanTo')}>
              <Link to={`/lending/borrowers/${loan.borrowerId}`}>{loan.borrowerName}</Link>
              <Typography.Text type="secondary"> {t('detail.due', { date: loan.dueDate })}</Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('fields.notes')} span={3}>
            {copy.notes ? <span className="case-text">{copy.notes}</span> : none}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          {t('detail.updated', {
            date: dayjs(copy.updatedAt).format('YYYY-MM-DD HH:mm'),
            by: copy.updatedBy,
          })}
        </Typography.Text>
      </Card>
      <Card title={t('history.loans')} size="small">
        <CopyLoans copyId={copy.id} />
      </Card>
      <Card title={t('history.events')} size="small">
        <CopyEvents copyId={copy.id} />
      </Card>
      {open === 'edit' && (
        <EditCopyDialog copy={copy} onCancel={() => setOpen(null)} onDone={done(t('detail.saved'))} />
      )}
      {(open === 'repair' || open === 'repaired' || open === 'withdraw') && (
        <StatusDialog
          copy={copy}
          action={open}
          onCancel={() => setOpen(null)}
          onDone={done(t(`actions.${open}Done`, { barcode: copy.barcode }))}
        />
      )}
    </div>
  );
}
