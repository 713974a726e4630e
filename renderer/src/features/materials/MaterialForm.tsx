import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { MATERIAL_TYPES, materialInputSchema, type MaterialInput } from '../../../../shared/domain/material';
import { errorMessage } from '../../app/error-message';
import { VocabularySelect } from '../vocabularies';
import { useFieldMessage } from './field-message';

interface Props {
  initial: MaterialInput;
  submitLabel: string;
  onSubmit(values: MaterialInput): Promise<void>;
  onCancel(): void;
}

export function MaterialForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['materials', 'common']);
  const fieldMessage = useFieldMessage();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MaterialInput>({ defaultValues: initial, resolver: zodResolver(materialInputSchema) });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<MaterialInput>, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    }
  });

  const field = (name: keyof MaterialInput, input: ReactNode, required = false) => (
    <Form.Item
      label={t(`fields.${name}`)}
      htmlFor={`material-${name}`}
      required={required}
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name] as FieldError | undefined)}
    >
      {input}
    </Form.Item>
  );

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="record-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card>
        <div className="form-grid">
          {field(
            'title',
            <Controller
              control={control}
              name="title"
              render={({ field: f }) => <Input id="material-title" {...f} />}
            />,
            true,
          )}
          {field(
            'type',
            <Controller
              control={control}
              name="type"
              render={({ field: f }) => (
                <Select
                  id="material-type"
                  value={f.value}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                  options={MATERIAL_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
                />
              )}
            />,
            true,
          )}
          {field(
            'category',
            <Controller
              control={control}
              name="category"
              render={({ field: f }) => (
                <VocabularySelect
                  list="courseCategory"
                  id="material-category"
                  placeholder={t('form.categoryPlaceholder')}
                  value={f.value || undefined}
                  onChange={f.onChange}
                  status={errors.category ? 'error' : undefined}
                />
              )}
            />,
            true,
          )}
          {field(
            'authors',
            <Controller
              control={control}
              name="authors"
              render={({ field: f }) => (
                <Select
                  id="material-authors"
                  mode="tags"
                  open={false}
                  suffixIcon={null}
                  tokenSeparators={[',', '，', '、']}
                  placeholder={t('form.authorsPlaceholder')}
                  value={f.value}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                />
              )}
            />,
          )}
        </div>
        {field(
          'description',
          <Controller
            control={control}
            name="description"
            render={({ field: f }) => <Input.TextArea id="material-description" rows={4} {...f} />}
          />,
        )}
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </Space>
    </Form>
  );
}
