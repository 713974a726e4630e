import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { courseInputSchema, type CourseInput } from '../../../../shared/domain/course';
import { DomainError } from '../../../../shared/domain/errors';
import { errorMessage } from '../../app/error-message';
import { VocabularySelect } from '../vocabularies';
import { OwnerSelect } from './OwnerSelect';
import { PositionSelect } from './PositionSelect';

interface Props {
  initial: CourseInput;
  submitLabel: string;
  onSubmit(values: CourseInput): Promise<void>;
  onCancel(): void;
}

/** Schema messages are i18n keys; errors from a write are already translated (type 'server'). */
export function useFieldMessage() {
  const { t } = useTranslation();
  return (error: FieldError | undefined) =>
    error?.message ? (error.type === 'server' ? error.message : t(error.message)) : undefined;
}

export function CourseForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('courses');
  const fieldMessage = useFieldMessage();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CourseInput>({ defaultValues: initial, resolver: zodResolver(courseInputSchema) });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<CourseInput>, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    }
  });

  const field = (name: keyof CourseInput, input: ReactNode, extra?: ReactNode) => (
    <Form.Item
      label={t(`fields.${name}`)}
      htmlFor={`course-${name}`}
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name] as FieldError | undefined)}
      extra={extra}
    >
      {input}
    </Form.Item>
  );

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="course-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card>
        <div className="form-grid">
          {field(
            'title',
            <Controller
              control={control}
              name="title"
              render={({ field: f }) => <Input id="course-title" {...f} />}
            />,
            t('form.titleHint'),
          )}
          {field(
            'code',
            <Controller
              control={control}
              name="code"
              render={({ field: f }) => <Input id="course-code" {...f} />}
            />,
          )}
          {field(
            'category',
            <Controller
              control={control}
              name="category"
              render={({ field: f }) => (
                <VocabularySelect
                  id="course-category"
                  list="courseCategory"
                  value={f.value || undefined}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'level',
            <Controller
              control={control}
              name="level"
              render={({ field: f }) => (
                <VocabularySelect
                  id="course-level"
                  list="courseLevel"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'delivery',
            <Controller
              control={control}
              name="delivery"
              render={({ field: f }) => (
                <VocabularySelect
                  id="course-delivery"
                  list="deliveryMode"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'durationHours',
            <Controller
              control={control}
              name="durationHours"
              render={({ field: f }) => (
                <InputNumber
                  id="course-durationHours"
                  min={0}
                  max={1000}
                  step={0.5}
                  style={{ width: '100%' }}
                  value={f.value}
                  onChange={(v) => f.onChange(v ?? Number.NaN)}
                  onBlur={f.onBlur}
                />
              )}
            />,
          )}
          {field(
            'targetPositions',
            <Controller
              control={control}
              name="targetPositions"
              render={({ field: f }) => (
                <PositionSelect
                  id="course-targetPositions"
                  mode="tags"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'ownerIds',
            <Controller
              control={control}
              name="ownerIds"
              render={({ field: f }) => (
                <OwnerSelect id="course-ownerIds" value={f.value} onChange={f.onChange} />
              )}
            />,
          )}
          {field(
            'tags',
            <Controller
              control={control}
              name="tags"
              render={({ field: f }) => (
                <Select
                  id="course-tags"
                  mode="tags"
                  value={f.value}
                  onChange={f.onChange}
                  open={false}
                  suffixIcon={null}
                  placeholder={t('form.tagsPlaceholder')}
                />
              )}
            />,
          )}
        </div>
        {field(
          'objectives',
          <Controller
            control={control}
            name="objectives"
            render={({ field: f }) => <Input.TextArea id="course-objectives" rows={4} {...f} />}
          />,
        )}
      </Card>
      <Space style={{ marginTop: 16 }}>
        {/* Disabled rather than `loading`: antd's hidden spinner would change the button's accessible name. */}
        <Button type="primary" htmlType="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </Space>
    </Form>
  );
}
