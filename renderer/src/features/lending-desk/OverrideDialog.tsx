import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Why the engine refused, as the user reads it. */
  refusal: string;
  barcode: string;
  /** Lends anyway with the reason; throws when the engine still refuses. */
  onLend(reason: string): Promise<void>;
  onCancel(): void;
}

/**
 * The borrower has overdue items and the office allows an override: lending anyway needs a reason,
 * which the engine stores on the loan with who allowed it.
 */
export function OverrideDialog({ refusal, barcode, onLend, onCancel }: Props) {
  const { t } = useTranslation(['desk', 'common']);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lend = async () => {
    if (reason.trim() === '') {
      setError(t('override.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await onLend(reason.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('override.title', { barcode })}
      okText={t('override.lend')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void lend()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={refusal} style={{ marginBottom: 16 }} />
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('override.reason')}
          htmlFor="desk-override-reason"
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? t('override.hint')}
        >
          <Input.TextArea
            id="desk-override-reason"
            data-testid="desk-override-reason"
            autoFocus
            rows={3}
            placeholder={t('override.placeholder')}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              // Enter lends, Shift+Enter starts a new line: the whole dialog works from the keyboard.
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void lend();
              }
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
