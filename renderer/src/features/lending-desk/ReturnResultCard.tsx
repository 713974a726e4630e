import { InboxOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConditionChecklist, CopyStatus } from '../../../../shared/domain/lending';
import type { ReturnResult } from '../loans';
import { checklistProblems } from './checklist';
import { daysOverdue } from '../../../../shared/domain/due-date';
import { formatFen } from '../../../../shared/domain/money';

/** One return at the desk: what the engine did, with what the desk knew when it was scanned. */
export interface ReturnOutcome {
  key: string;
  result: ReturnResult;
  returnedOn: string;
  checklist: ConditionChecklist;
}

const STATUS_COLOR: Record<CopyStatus, string> = {
  available: 'green',
  onLoan: 'blue',
  onHoldShelf: 'orange',
  inRepair: 'gold',
  lost: 'red',
  withdrawn: 'red',
};

interface Props {
  outcome: ReturnOutcome;
  /** Lend the borrower of a recalled copy a copy of the new edition right away. */
  onExchange?(borrowerId: string): void;
}

/** What the last return did, with the one thing to do next (hold shelf, take off the shelf) on top. */
export function ReturnResultCard({ outcome, onExchange }: Props) {
  const { t } = useTranslation(['desk', 'lending']);
  const { result, returnedOn, checklist } = outcome;
  const { copy, loan, holdShelf, withdrawn, charge, wasLost, openCharges } = result;
  const late = loan ? daysOverdue(loan.dueDate, returnedOn) : 0;
  const problems = checklistProblems(checklist);
  const owed = (openCharges ?? []).reduce((sum, c) => sum + c.amount, 0);

  return (
    <Card
      data-testid="desk-return-result"
      className="desk-return-result"
      title={
        <Space wrap>
          <InboxOutlined aria-hidden />
          <span>{copy.title}</span>
          <Typography.Text type="secondary" className="desk-barcode">
            {copy.barcode}
          </Typography.Text>
        </Space>
      }
      extra={<Tag color={STATUS_COLOR[copy.status]}>{t(`lending:copyStatus.${copy.status}`)}</Tag>}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {holdShelf && (
          <Alert
            type="warning"
            showIcon
            className="desk-instruction"
            data-testid="desk-hold-shelf"
            title={t('return.holdShelf', { name: holdShelf.borrowerName, date: holdShelf.expiresOn })}
          />
        )}
        {withdrawn && (
          <Alert
            type="error"
            showIcon
            className="desk-instruction"
            title={t(withdrawn === 'recalled' ? 'return.recalled' : 'return.editionWithdrawn')}
            description={
              withdrawn === 'recalled' && loan
                ? t('return.exchangeHint', { name: loan.borrowerName })
                : undefined
            }
            action={
              loan &&
              onExchange && (
                <Button icon={<SwapOutlined />} onClick={() => onExchange(loan.borrowerId)}>
                  {t('return.exchange', { name: loan.borrowerName })}
                </Button>
              )
            }
          />
        )}
        {wasLost && (
          <Alert
            type="info"
            showIcon
            title={owed > 0 ? t('return.wasLostCharge', { amount: formatFen(owed) }) : t('return.wasLost')}
            action={owed > 0 && <Link to="/lending/charges">{t('return.toCharges')}</Link>}
          />
        )}
        {charge && !withdrawn && (
          <Alert
            type="error"
            showIcon
            className="desk-instruction"
            title={t(copy.status === 'inRepair' ? 'return.toRepair' : 'return.writtenOff')}
          />
        )}
        {copy.status === 'available' && (
          <Alert
            type="success"
            showIcon
            className="desk-instruction"
            title={copy.location ? t('return.toShelfAt', { location: copy.location }) : t('return.toShelf')}
          />
        )}
        {charge && (
          <Alert
            type="error"
            showIcon
            title={t('return.charged', { amount: formatFen(charge.amount), name: charge.borrowerName })}
            action={<Link to="/lending/charges">{t('return.toCharges')}</Link>}
          />
        )}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('return.borrower')}>
            {loan ? (
              loan.borrowerName
            ) : (
              <Typography.Text type="secondary">{t('return.notOnLoan')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('return.due')}>
            {loan ? (
              <Space size={8}>
                <span>{loan.dueDate}</span>
                {late > 0 ? (
                  <Tag color="red">{t('return.late', { count: late })}</Tag>
                ) : (
                  <Tag color="green">{t('return.onTime')}</Tag>
                )}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('return.condition')}>
            <Space size={4} wrap>
              <Tag color={copy.condition === 'damaged' ? 'red' : undefined}>
                {t(`lending:condition.${copy.condition}`)}
              </Tag>
              {problems.map((p) => (
                <Tag key={p} color="orange">
                  {t(`checklist.problem.${p}`)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('return.edition')}>
            {t('edition', { number: copy.editionNumber })}
          </Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}
