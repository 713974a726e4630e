import { Form, InputNumber, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { declareLost } from '../loans';
import { deskErrorMessage, useLendingContext } from './desk-context';
import { formatFen, yuanToFen } from '../../../../shared/domain/money';

interface Props {
  loan: Loan;
  onDone(chargeAmount: number): void;
  onCancel(): void;
}

/** The borrower says the copy is gone: confirm, with the charge amount (the copy's replacement cost unless changed). */
export function DeclareLostDialog({ loan, onDone, onCancel }: Props) {
  const { t } = useTranslation(['desk', 'common']);
  const lendingContext = useLendingContext();
  const copy = useLiveQuery(() => db.copies.get(loan.copyId), [loan.copyId]);
  const [yuan, setYuan] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cost = copy?.replacementCost ?? 0;
  const shown = yuan ?? cost / 100;

  const confirm = async () => {
    const amount = yuanToFen(shown);
    if (amount === null) {
      setError(t('lost.amountInvalid'));
      return;
    }
    setBusy(true);
    try {
      const charge = await declareLost(db, lendingContext(), { loanId: loan.id, amount });
      onDone(charge.amount);
    } catch (e) {
      setError(deskErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('lost.title', { title: loan.title })}
      okText={t('lost.confirm')}
      okButtonProps={{ danger: true, loading: busy, disabled: copy === undefined }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void confirm()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('lost.explain', { barcode: loan.barcode, name: loan.borrowerName })}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('lost.amount')}
          htmlFor="desk-lost-amount"
          validateStatus={error ? 'error' : undefined}
          help={error ?? t('lost.amountHint', { cost: formatFen(cost) })}
        >
          <InputNumber
            id="desk-lost-amount"
            autoFocus
            prefix="¥"
            min={0}
            precision={2}
            step={1}
            style={{ width: 200 }}
            value={shown}
            onChange={(v) => {
              setYuan(v);
              setError(null);
            }}
            onPressEnter={() => void confirm()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
