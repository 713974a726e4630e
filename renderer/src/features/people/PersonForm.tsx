import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Radio,
  Select,
  Space,
  AutoComplete,
} from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COURSE_CATEGORIES } from '../../../../shared/domain/catalog';
import { DomainError } from '../../../../shared/domain/errors';
import {
  KNOWN_POSITIONS,
  PERSON_KINDS,
  PERSON_STATUSES,
  personInputSchema,
  type PersonInput,
} from '../../../../shared/domain/person';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { AttachmentField } from '../attachments';
import { db } from '../../db';
import { positionLabel } from './labels';
import { distinctValues } from './queries';

interface Props {
  initial: PersonInput;
  /** Kind is fixed once a person exists: an employee does not turn into an external trainer. */
  kindLocked: boolean;
  submitLabel: string;
  onSubmit(values: PersonInput): Promise<void>;
  onCancel(): void;
}

/** Schema messages are i18n keys; errors from a write are already translated (type 'server'). */
function useFieldMessage() {
  const { t } = useTranslation();
  return (error: FieldError | undefined) =>
    error?.message ? (error.type === 'server' ? error.message : t(error.message)) : undefined;
}

export function PersonForm({ initial, kindLocked, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['people', 'common', 'catalog']);
  const fieldMessage = useFieldMessage();
  const schema = useMemo(() => personInputSchema(localDate(new Date())), []);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PersonInput>({ defaultValues: initial, resolver: zodResolver(schema) });
  const [formError, setFormError] = useState<string | null>(null);
  const [positionSearch, setPositionSearch] = useState('');
  const departments = useLiveQuery(() => distinctValues(db, 'department'), []) ?? [];
  const customPositions = useLiveQuery(() => distinctValues(db, 'position'), []) ?? [];

  const kind = useWatch({ control, name: 'kind' });
  const isTrainer = useWatch({ control, name: 'isTrainer' });
  const employee = kind === 'employee';

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<PersonInput>, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    }
  });

  const field = (name: FieldPath<PersonInput>, label: string, input: ReactNode, required = false) => (
    <Form.Item
      label={label}
      htmlFor={`person-${name}`}
      required={required}
      validateStatus={errors[name as keyof PersonInput] ? 'error' : undefined}
      help={fieldMessage(errors[name as keyof PersonInput] as FieldError | undefined)}
    >
      {input}
    </Form.Item>
  );

  const positionOptions = [...new Set([...KNOWN_POSITIONS, ...customPositions])].map((p) => ({
    value: p,
    label: positionLabel(t, p),
  }));
  const typed = positionSearch.trim();
  if (typed && !positionOptions.some((o) => o.value === typed || o.label === typed)) {
    positionOptions.push({ value: typed, label: t('position.useCustom', { value: typed }) });
  }

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="person-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card title={t('sections.basic')}>
        {field(
          'kind',
          t('kind.label'),
          <Controller
            control={control}
            name="kind"
            render={({ field: f }) => (
              <Radio.Group
                id="person-kind"
                disabled={kindLocked}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                options={PERSON_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              />
            )}
          />,
        )}
        <div className="form-grid">
          {employee &&
            field(
              'employeeNo',
              t('fields.employeeNo'),
              <Controller
                control={control}
                name="employeeNo"
                render={({ field: f }) => <Input id="person-employeeNo" {...f} />}
              />,
              true,
            )}
          {field(
            'name',
            t('fields.name'),
            <Controller
              control={control}
              name="name"
              render={({ field: f }) => <Input id="person-name" {...f} />}
            />,
            true,
          )}
          {employee &&
            field(
              'department',
              t('fields.department'),
              <Controller
                control={control}
                name="department"
                render={({ field: f }) => (
                  <AutoComplete
                    id="person-department"
                    value={f.value}
                    onChange={f.onChange}
                    onBlur={f.onBlur}
                    placeholder={t('form.departmentPlaceholder')}
                    options={departments.map((d) => ({ value: d }))}
                    filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                  />
                )}
              />,
              true,
            )}
          {employee &&
            field(
              'position',
              t('fields.position'),
              <Controller
                control={control}
                name="position"
                render={({ field: f }) => (
                  <Select
                    id="person-position"
                    showSearch={{ onSearch: setPositionSearch, optionFilterProp: 'label' }}
                    value={f.value || undefined}
                    onChange={(v: string) => {
                      f.onChange(v);
                      setPositionSearch('');
                    }}
                    onBlur={f.onBlur}
                    placeholder={t('form.positionPlaceholder')}
                    options={positionOptions}
                  />
                )}
              />,
              true,
            )}
          {!employee &&
            field(
              'organisation',
              t('fields.organisation'),
              <Controller
                control={control}
                name="organisation"
                render={({ field: f }) => <Input id="person-organisation" {...f} />}
              />,
              true,
            )}
          {employee &&
            field(
              'hireDate',
              t('fields.hireDate'),
              <Controller
                control={control}
                name="hireDate"
                render={({ field: f }) => (
                  <DatePicker
                    id="person-hireDate"
                    style={{ width: '100%' }}
                    placeholder={t('form.datePlaceholder')}
                    value={f.value ? dayjs(f.value) : null}
                    onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')}
                    onBlur={f.onBlur}
                  />
                )}
              />,
            )}
          {field(
            'phone',
            t('fields.phone'),
            <Controller
              control={control}
              name="phone"
              render={({ field: f }) => <Input id="person-phone" {...f} />}
            />,
          )}
          {field(
            'email',
            t('fields.email'),
            <Controller
              control={control}
              name="email"
              render={({ field: f }) => <Input id="person-email" {...f} />}
            />,
          )}
          {field(
            'status',
            t('fields.status'),
            <Controller
              control={control}
              name="status"
              render={({ field: f }) => (
                <Radio.Group
                  id="person-status"
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                />
              )}
            />,
          )}
        </div>
      </Card>
      <Card
        title={t('sections.trainer')}
        style={{ marginTop: 16 }}
        extra={
          employee && (
            <Controller
              control={control}
              name="isTrainer"
              render={({ field: f }) => (
                <Checkbox
                  id="person-isTrainer"
                  checked={f.value}
                  onChange={(e) => f.onChange(e.target.checked)}
                >
                  {t('fields.isTrainer')}
                </Checkbox>
              )}
            />
          )
        }
      >
        {(isTrainer || !employee) && (
          <div className="form-grid">
            {field(
              'degree',
              t('fields.degree'),
              <Controller
                control={control}
                name="degree"
                render={({ field: f }) => <Input id="person-degree" {...f} />}
              />,
            )}
            {field(
              'certification',
              t('fields.certification'),
              <Controller
                control={control}
                name="certification"
                render={({ field: f }) => <Input id="person-certification" {...f} />}
              />,
            )}
            {field(
              'fields',
              t('fields.teachingFields'),
              <Controller
                control={control}
                name="fields"
                render={({ field: f }) => (
                  <Select
                    id="person-fields"
                    mode="multiple"
                    value={f.value}
                    onChange={f.onChange}
                    onBlur={f.onBlur}
                    options={COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`catalog:category.${c}`) }))}
                  />
                )}
              />,
            )}
            {field(
              'bio',
              t('fields.bio'),
              <Controller
                control={control}
                name="bio"
                render={({ field: f }) => <Input.TextArea id="person-bio" rows={3} {...f} />}
              />,
            )}
          </div>
        )}
      </Card>
      <Card title={t('sections.files')} style={{ marginTop: 16 }}>
        <div className="form-grid">
          {field(
            'photo',
            t('fields.photo'),
            <Controller
              control={control}
              name="photo"
              render={({ field: f }) => (
                <AttachmentField
                  id="person-photo"
                  accept="image/*"
                  max={1}
                  value={f.value ? [f.value] : []}
                  onChange={(next) => f.onChange(next[0] ?? null)}
                />
              )}
            />,
          )}
          {field(
            'documents',
            t('fields.documents'),
            <Controller
              control={control}
              name="documents"
              render={({ field: f }) => (
                <AttachmentField id="person-documents" value={f.value} onChange={f.onChange} />
              )}
            />,
          )}
        </div>
      </Card>
      <Space style={{ marginTop: 16 }}>
        {/* Disabled rather than `loading`: antd can leave its hidden spinner, labelled "loading", in
            the button after a quick submit, and that changes the name a screen reader announces. */}
        <Button type="primary" htmlType="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </Space>
    </Form>
  );
}
