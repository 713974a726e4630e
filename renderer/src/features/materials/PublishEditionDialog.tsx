import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { editionInputSchema, type EditionInput } from '../../../../shared/domain/material-editions';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { AttachmentField } from '../attachments';
import { publishNewEdition } from './commands';
import { useFieldMessage } from './field-message';
import { useWriteContext } from '../shared-ui';

interface Props {
  materialId: string;
  /** The number the new edition will get. */
  number: number;
  /** The current edition, which the new one supersedes; 0 when there is none. */
  currentNumber: number;
  onDone(number: number): void;
  onCancel(): void;
}

export function PublishEditionDialog({ materialId, number, currentNumber, onDone, onCancel }: Props) {
  const { t } = useTranslation(['materials', 'common']);
  const fieldMessage = useFieldMessage();
  const writeContext = useWriteContext();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditionInput>({
    defaultValues: { date: localDate(new Date()), changeNote: '', files: [] },
    resolver: zodResolver(editionInputSchema),
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const edition = await publishNewEdition(db, materialId, values, writeContext());
      onDone(edition.number);
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<EditionInput>, { type: 'server', message });
      } else setFormError(message);
    }
  });

  return (
    <Modal
      open
      title={t('edition.publishTitle', { number })}
      okText={t('edition.publish')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: isSubmitting }}
      onOk={() => void submit()}
      onCancel={onCancel}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        {currentNumber > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('edition.publishHint', { number: currentNumber })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          label={t('edition.date')}
          htmlFor="edition-date"
          required
          validateStatus={errors.date ? 'error' : undefined}
          help={fieldMessage(errors.date)}
        >
          <Controller
            control={control}
            name="date"
            render={({ field: f }) => (
              <DatePicker
                id="edition-date"
                style={{ width: '100%' }}
                value={f.value ? dayjs(f.value) : null}
                onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')}
                onBlur={f.onBlur}
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label={t('edition.changeNote')}
          htmlFor="edition-changeNote"
          required={number > 1}
          validateStatus={errors.changeNote ? 'error' : undefined}
          help={fieldMessage(errors.changeNote)}
        >
          <Controller
            control={control}
            name="changeNote"
            render={({ field: f }) => (
              <Input.TextArea
                id="edition-changeNote"
                rows={3}
                placeholder={t('edition.changeNotePlaceholder')}
                {...f}
              />
            )}
          />
        </Form.Item>
        <Form.Item label={t('edition.files')} htmlFor="edition-files">
          <Controller
            control={control}
            name="files"
            render={({ field: f }) => (
              <AttachmentField id="edition-files" value={f.value} onChange={f.onChange} />
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
