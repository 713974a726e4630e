import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  caseInputSchema,
  COMPLAINT_TYPES,
  DIFFICULTIES,
  HANDLING_STEPS,
  maskCaseInput,
  type CaseInput,
  type CaseMasking,
} from '../../../../shared/domain/complaint-case';
import { DomainError } from '../../../../shared/domain/errors';
import { errorMessage } from '../../app/error-message';
import { AttachmentField } from '../attachments';
import { useFieldMessage } from '../materials';
import { MaskingWarning } from './MaskingWarning';
import { useCaseDepartments } from './use-case';

interface Props {
  initial: CaseInput;
  submitLabel: string;
  onSubmit(values: CaseInput): Promise<void>;
  onCancel(): void;
}

const CLOSING_FIELDS = ['solution', 'customerFeedback', 'lessonsLearnt'] as const;

export function CaseForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['cases', 'common']);
  const fieldMessage = useFieldMessage();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CaseInput>({ defaultValues: initial, resolver: zodResolver(caseInputSchema) });
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ values: CaseInput; found: CaseMasking['found'] } | null>(null);
  const [saving, setSaving] = useState(false);
  const departments = useCaseDepartments();

  const save = async (values: CaseInput) => {
    setFormError(null);
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<CaseInput>, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    } finally {
      setSaving(false);
      setPending(null);
    }
  };

  // Saving masks customer details; when there are any, the user sees what first and confirms.
  const submit = handleSubmit(async (values) => {
    const { found } = maskCaseInput(values);
    if (found.length > 0) setPending({ values, found });
    else await save(values);
  });

  const errorAt = (name: FieldPath<CaseInput>): FieldError | undefined =>
    name
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
      FieldError | undefined;

  const item = (name: FieldPath<CaseInput>, label: string, input: ReactNode, required = false) => (
    <Form.Item
      key={name}
      label={label}
      htmlFor={`case-${name.replace('.', '-')}`}
      required={required}
      validateStatus={errorAt(name) ? 'error' : undefined}
      help={fieldMessage(errorAt(name))}
    >
      {input}
    </Form.Item>
  );

  const textArea = (name: FieldPath<CaseInput>, label: string, placeholder?: string) =>
    item(
      name,
      label,
      <Controller
        control={control}
        name={name}
        render={({ field: f }) => (
          <Input.TextArea
            id={`case-${name.replace('.', '-')}`}
            autoSize={{ minRows: 2, maxRows: 8 }}
            placeholder={placeholder}
            value={f.value as string}
            onChange={f.onChange}
            onBlur={f.onBlur}
          />
        )}
      />,
    );

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="record-form">
      <Alert type="info" showIcon title={t('form.confidentiality')} style={{ marginBottom: 16 }} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card>
        {item(
          'title',
          t('fields.title'),
          <Controller
            control={control}
            name="title"
            render={({ field: f }) => <Input id="case-title" {...f} />}
          />,
          true,
        )}
        <div className="form-grid">
          {item(
            'complaintType',
            t('fields.complaintType'),
            <Controller
              control={control}
              name="complaintType"
              render={({ field: f }) => (
                <Select
                  id="case-complaintType"
                  value={f.value}
                  onChange={f.onChange}
                  options={COMPLAINT_TYPES.map((type) => ({
                    value: type,
                    label: t(`complaintType.${type}`),
                  }))}
                />
              )}
            />,
            true,
          )}
          {item(
            'difficulty',
            t('fields.difficulty'),
            <Controller
              control={control}
              name="difficulty"
              render={({ field: f }) => (
                <Select
                  id="case-difficulty"
                  value={f.value}
                  onChange={f.onChange}
                  options={DIFFICULTIES.map((d) => ({ value: d, label: t(`difficulty.${d}`) }))}
                />
              )}
            />,
            true,
          )}
          {item(
            'departments',
            t('fields.departments'),
            <Controller
              control={control}
              name="departments"
              render={({ field: f }) => (
                <Select
                  id="case-departments"
                  mode="tags"
                  placeholder={t('form.departmentsPlaceholder')}
                  value={f.value}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                  options={departments.map((d) => ({ value: d, label: d }))}
                />
              )}
            />,
          )}
        </div>
        {textArea('background', t('fields.background'))}
      </Card>
      <Card title={t('fields.process')} style={{ marginTop: 16 }}>
        <div className="form-grid">
          {HANDLING_STEPS.map((step, i) =>
            textArea(`process.${step}`, `${i + 1}. ${t(`step.${step}`)}`, t('form.stepPlaceholder')),
          )}
        </div>
      </Card>
      <Card style={{ marginTop: 16 }}>
        {CLOSING_FIELDS.map((f) => textArea(f, t(`fields.${f}`)))}
        {item(
          'attachments',
          t('fields.attachments'),
          <Controller
            control={control}
            name="attachments"
            render={({ field: f }) => (
              <AttachmentField id="case-attachments" value={f.value} onChange={f.onChange} />
            )}
          />,
        )}
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" disabled={isSubmitting || saving}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </Space>
      {pending && (
        <MaskingWarning
          found={pending.found}
          saving={saving}
          onConfirm={() => void save(pending.values)}
          onCancel={() => setPending(null)}
        />
      )}
    </Form>
  );
}
