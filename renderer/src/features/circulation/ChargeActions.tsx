import { Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeCharge } from '../../../../shared/domain/charges';
import type { Charge } from '../../../../shared/domain/lending';
import { ChargeNoteDialog } from './ChargeNoteDialog';
import { PayChargeDialog } from './PayChargeDialog';
import { ReceiptButtons } from './ReceiptButtons';

export type ChargeAction = 'pay' | 'waive' | 'reverse';

/**
 * The pay, waive and reverse dialogs of a list of charges. They live beside the list, not in its
 * row: once paid, a charge may leave the list shown (the unpaid ones), and its receipt must stay.
 */
export function useChargeDialogs(): {
  start(charge: Charge, action: ChargeAction): void;
  dialogs: ReactNode;
} {
  const [open, setOpen] = useState<{ charge: Charge; action: ChargeAction } | null>(null);
  const close = () => setOpen(null);
  let dialogs: ReactNode = null;
  if (open?.action === 'pay') dialogs = <PayChargeDialog charge={open.charge} onClose={close} />;
  else if (open)
    dialogs = <ChargeNoteDialog charge={open.charge} action={open.action} onDone={close} onCancel={close} />;
  return { start: (charge, action) => setOpen({ charge, action }), dialogs };
}

/** What can be done with a charge in its status: pay, waive, reverse, or print its receipt. */
export function ChargeActions({
  charge,
  onAction,
}: {
  charge: Charge;
  onAction(action: ChargeAction): void;
}) {
  const { t } = useTranslation('circulation');
  const can = (to: Charge['status']) => canChangeCharge(charge.status, to);
  return (
    <Space size={4} wrap>
      {can('paid') && (
        <Button size="small" type="primary" onClick={() => onAction('pay')}>
          {t('charges.pay')}
        </Button>
      )}
      {can('waived') && (
        <Button size="small" onClick={() => onAction('waive')}>
          {t('charges.waive')}
        </Button>
      )}
      {can('reversed') && (
        <Button size="small" danger onClick={() => onAction('reverse')}>
          {t('charges.reverse')}
        </Button>
      )}
      {charge.status === 'paid' && <ReceiptButtons charge={charge} compact />}
    </Space>
  );
}
