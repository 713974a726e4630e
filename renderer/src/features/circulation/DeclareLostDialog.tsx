import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amountInCapitals, formatFen, parseYuan } from '../../../../shared/domain/money';
import type { Loan } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { declareLost } from '../loans';
import { useFieldMessage } from '../materials';
import { circulationError, useCirculationContext } from './context';

/** The charge as typed in yuan; messages are i18n keys. */
const lostSchema = z.object({
  amount: z.string().refine((v) => parseYuan(v) !== null, 'circulation:validation.amount'),
});
type LostInput = z.infer<typeof lostSchema>;

interface Props {
  loan: Loan;
  onDone(): void;
  onCancel(): void;
}

/** Declares a copy on loan lost 丢失: the loan closes and a charge is raised, at the replacement cost unless changed. */
export function DeclareLostDialog({ loan, onDone, onCancel }: Props) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const fieldMessage = useFieldMessage();
  const writeContext = useCirculationContext();
  const copy = useLiveQuery(() => db.copies.get(loan.copyId), [loan.copyId]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<LostInput>({ defaultValues: { amount: '' }, resolver: zodResolver(lostSchema) });
  useEffect(() => {
    if (copy) reset({ amount: (copy.replacementCost / 100).toFixed(2) });
  }, [copy, reset]);
  const typed = parseYuan(watch('amount'));

  const submit = handleSubmit(async ({ amount }) => {
    setFormError(null);
    try {
      await declareLost(db, writeContext(), { loanId: loan.id, amount: parseYuan(amount)! });
      onDone();
    } catch (error) {
      setFormError(circulationError(t, error));
    }
  });

  return (
    <Modal
      open
      title={t('borrower.lostTitle', { title: loan.title, barcode: loan.barcode })}
      okText={t('borrower.declareLost')}
      okButtonProps={{ danger: true, disabled: isSubmitting }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>{t('borrower.lostHint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('borrower.lostAmount')}
          htmlFor="lost-amount"
          required
          validateStatus={errors.amount ? 'error' : undefined}
          help={
            fieldMessage(errors.amount) ??
            (typed !== null
              ? t('borrower.lostAmountHelp', {
                  amount: formatFen(typed),
                  capitals: amountInCapitals(typed),
                  cost: formatFen(copy?.replacementCost ?? 0),
                })
              : undefined)
          }
        >
          <Controller
            control={control}
            name="amount"
            render={({ field }) => <Input id="lost-amount" prefix="¥" style={{ width: 200 }} {...field} />}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
