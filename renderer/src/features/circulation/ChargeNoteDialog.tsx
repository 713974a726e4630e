import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { chargeNoteSchema, type ChargeNoteInput } from '../../../../shared/domain/charges';
import { formatFen } from '../../../../shared/domain/money';
import type { Charge } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { useFieldMessage } from '../materials';
import { reverseCharge, waiveCharge } from './charge-commands';
import { circulationError, useCirculationContext } from './context';

interface Props {
  charge: Charge;
  action: 'waive' | 'reverse';
  onDone(): void;
  onCancel(): void;
}

/** Waives or reverses a charge; the reason is required and kept with the charge. */
export function ChargeNoteDialog({ charge, action, onDone, onCancel }: Props) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const fieldMessage = useFieldMessage();
  const writeContext = useCirculationContext();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ChargeNoteInput>({ defaultValues: { note: '' }, resolver: zodResolver(chargeNoteSchema) });

  const submit = handleSubmit(async ({ note }) => {
    setFormError(null);
    try {
      const write = action === 'waive' ? waiveCharge : reverseCharge;
      await write(db, writeContext(), charge.id, note);
      onDone();
    } catch (error) {
      setFormError(circulationError(t, error));
    }
  });

  return (
    <Modal
      open
      title={t(`charges.${action}Title`, { title: charge.title })}
      okText={t(`charges.${action}`)}
      okButtonProps={{ danger: action === 'reverse', disabled: isSubmitting }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('charges.columns.borrower')}>{charge.borrowerName}</Descriptions.Item>
        <Descriptions.Item label={t('charges.columns.amount')}>{formatFen(charge.amount)}</Descriptions.Item>
        <Descriptions.Item label={t('charges.columns.status')}>
          {t(`lending:chargeStatus.${charge.status}`)}
        </Descriptions.Item>
      </Descriptions>
      {action === 'reverse' && charge.status === 'paid' && (
        <Alert type="info" showIcon title={t('charges.refundHint')} style={{ marginBottom: 16 }} />
      )}
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('charges.note')}
          htmlFor="charge-note"
          required
          validateStatus={errors.note ? 'error' : undefined}
          help={fieldMessage(errors.note)}
        >
          <Controller
            control={control}
            name="note"
            render={({ field }) => (
              <Input.TextArea
                id="charge-note"
                rows={3}
                placeholder={t(`charges.${action}Placeholder`)}
                {...field}
              />
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
