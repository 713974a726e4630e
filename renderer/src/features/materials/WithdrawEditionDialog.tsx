import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition } from '../../../../shared/domain/material';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { withdrawMaterialEdition } from './commands';
import { useWriteContext } from '../shared-ui';

interface Props {
  edition: Edition;
  onDone(): void;
  onCancel(): void;
}

/** Asks for the reason, and says so plainly when the current edition is the one being withdrawn. */
export function WithdrawEditionDialog({ edition, onDone, onCancel }: Props) {
  const { t } = useTranslation(['materials', 'common']);
  const writeContext = useWriteContext();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await withdrawMaterialEdition(db, edition.materialId, edition.id, reason, writeContext());
      onDone();
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('edition.withdrawTitle', { number: edition.number })}
      okText={t('edition.withdraw')}
      okButtonProps={{ danger: true, disabled: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void confirm()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {edition.status === 'current' && (
        <Alert type="warning" showIcon title={t('edition.withdrawCurrent')} style={{ marginBottom: 16 }} />
      )}
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('edition.reason')}
          htmlFor="withdraw-reason"
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Input.TextArea
            id="withdraw-reason"
            rows={3}
            placeholder={t('edition.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
