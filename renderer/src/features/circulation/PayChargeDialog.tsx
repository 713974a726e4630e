import { Alert, Descriptions, Modal, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amountInCapitals, formatFen } from '../../../../shared/domain/money';
import type { Charge } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { payCharge } from './charge-commands';
import { circulationError, useCirculationContext } from './context';
import { ReceiptButtons } from './ReceiptButtons';

interface Props {
  charge: Charge;
  onClose(): void;
}

/** Takes a payment: confirm the amount, record it with a receipt number, then print the receipt. */
export function PayChargeDialog({ charge, onClose }: Props) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const writeContext = useCirculationContext();
  const [paid, setPaid] = useState<Charge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pay = async () => {
    setBusy(true);
    setError(null);
    try {
      setPaid(await payCharge(db, writeContext(), charge.id));
    } catch (e) {
      setError(circulationError(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (paid) {
    return (
      <Modal
        open
        title={t('charges.payTitle', { title: charge.title })}
        onCancel={onClose}
        footer={null}
        destroyOnHidden
      >
        <Result
          status="success"
          title={t('charges.paidResult', { amount: formatFen(paid.amount) })}
          subTitle={
            <span data-testid="receipt-number">{t('charges.receiptNo', { receiptNo: paid.receiptNo })}</span>
          }
          extra={<ReceiptButtons charge={paid} primary />}
        />
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('charges.payTitle', { title: charge.title })}
      okText={t('charges.confirmPay')}
      okButtonProps={{ disabled: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void pay()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('charges.columns.borrower')}>{charge.borrowerName}</Descriptions.Item>
        <Descriptions.Item label={t('charges.columns.copy')}>
          {charge.title}（{charge.barcode}）
        </Descriptions.Item>
        <Descriptions.Item label={t('charges.columns.reason')}>
          {t(`lending:chargeReason.${charge.reason}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('charges.columns.amount')}>
          <Space direction="vertical" size={0}>
            <strong>{formatFen(charge.amount)}</strong>
            <span>{amountInCapitals(charge.amount)}</span>
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
