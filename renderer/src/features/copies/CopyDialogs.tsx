import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  editCopyInputFrom,
  editCopySchema,
  type CopyFields,
  type EditCopyInput,
} from '../../../../shared/domain/copy-input';
import { DomainError } from '../../../../shared/domain/errors';
import { COPY_CONDITIONS, type Copy, type CopyCondition } from '../../../../shared/domain/lending';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { editCopy, returnFromRepair, sendToRepair, withdrawCopy } from './commands';
import { CopyFieldsInputs } from './CopyFieldsInputs';

interface DialogProps {
  copy: Copy;
  onDone(): void;
  onCancel(): void;
}

export function EditCopyDialog({ copy, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation(['copies', 'common']);
  const writeContext = useWriteContext();
  const today = localDate(new Date());
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<EditCopyInput, unknown, CopyFields>({
    defaultValues: editCopyInputFrom(copy),
    resolver: zodResolver(editCopySchema(today)),
  });
  const submit = handleSubmit(async () => {
    setFormError(null);
    try {
      await editCopy(db, copy.id, getValues(), today, writeContext());
      onDone();
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(error.field as FieldPath<EditCopyInput>, { type: 'server', message });
      else setFormError(message);
    }
  });
  return (
    <Modal
      open
      title={t('detail.editTitle', { barcode: copy.barcode })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: isSubmitting }}
      onOk={() => void submit()}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <CopyFieldsInputs control={control} errors={errors} idPrefix="copy-edit" />
      </Form>
    </Modal>
  );
}

type Action = 'repair' | 'repaired' | 'withdraw';

/**
 * Send to repair (what is wrong), back from repair (its condition now), or withdraw (why): one field
 * and a confirm. A refusal (the copy is on loan) is shown in the dialog and nothing changes.
 */
export function StatusDialog({ copy, action, onDone, onCancel }: DialogProps & { action: Action }) {
  const { t } = useTranslation(['copies', 'lending', 'common']);
  const writeContext = useWriteContext();
  const [text, setText] = useState('');
  const [condition, setCondition] = useState<CopyCondition>(
    copy.condition === 'damaged' ? 'good' : copy.condition,
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      if (action === 'repair') await sendToRepair(db, copy.id, text, writeContext());
      else if (action === 'repaired') await returnFromRepair(db, copy.id, condition, writeContext());
      else await withdrawCopy(db, copy.id, text, writeContext());
      onDone();
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(`actions.${action}Title`, { barcode: copy.barcode })}
      okText={t(`actions.${action}`)}
      okButtonProps={{ danger: action === 'withdraw', disabled: busy }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void run()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
        {action === 'repaired' ? (
          <Form.Item label={t('fields.condition')} htmlFor="copy-condition-after">
            <Select
              id="copy-condition-after"
              value={condition}
              onChange={setCondition}
              options={COPY_CONDITIONS.map((c) => ({ value: c, label: t(`lending:condition.${c}`) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={t(action === 'withdraw' ? 'actions.reason' : 'actions.repairNote')}
            htmlFor="copy-status-text"
            required={action === 'withdraw'}
          >
            <Input.TextArea
              id="copy-status-text"
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
