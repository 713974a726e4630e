import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { ANY, type LoanPolicy } from '../../../../shared/domain/lending';
import {
  loanPolicyInputSchema,
  type LoanPolicyInput,
} from '../../../../shared/domain/lending-calendar-input';
import { MATERIAL_TYPES } from '../../../../shared/domain/material';
import { KNOWN_POSITIONS } from '../../../../shared/domain/person';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import { savePolicy } from './commands';
import { useFieldMessage } from './field-message';
import { materialTypeLabel, positionLabel } from './labels';

interface Props {
  /** The row to edit; a new row when absent. */
  policy?: LoanPolicy;
  /** Positions people hold in the registry, offered besides the known ones. */
  registryPositions: string[];
  onDone(): void;
  onCancel(): void;
}

const NUMBER_FIELDS = ['loanDays', 'maxRenewals', 'maxItems'] as const;

export function PolicyDialog({ policy, registryPositions, onDone, onCancel }: Props) {
  const { t } = useTranslation(['overdue', 'materials', 'people', 'common']);
  const fieldMessage = useFieldMessage();
  const writeContext = useWriteContext();
  const [formError, setFormError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LoanPolicyInput>({
    defaultValues: policy
      ? {
          materialType: policy.materialType,
          position: policy.position,
          loanDays: policy.loanDays,
          maxRenewals: policy.maxRenewals,
          maxItems: policy.maxItems,
        }
      : { materialType: ANY, position: ANY, loanDays: 30, maxRenewals: 2, maxItems: 5 },
    resolver: zodResolver(loanPolicyInputSchema),
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await savePolicy(db, values, writeContext(), policy?.id);
      onDone();
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(error.field as FieldPath<LoanPolicyInput>, { type: 'server', message });
      else setFormError(message);
    }
  });

  const positions = [...new Set<string>([ANY, ...KNOWN_POSITIONS, ...registryPositions])];
  const typedValue = typed.trim();
  const positionOptions = [
    ...positions.map((p) => ({ value: p, label: positionLabel(t, p) })),
    ...(typedValue && !positions.includes(typedValue)
      ? [{ value: typedValue, label: t('rules.useTyped', { value: typedValue }) }]
      : []),
  ];

  return (
    <Modal
      open
      title={policy ? t('rules.editTitle') : t('rules.addTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: isSubmitting }}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form.Item
          label={t('rules.fields.materialType')}
          htmlFor="policy-materialType"
          required
          validateStatus={errors.materialType ? 'error' : undefined}
          help={fieldMessage(errors.materialType)}
        >
          <Controller
            control={control}
            name="materialType"
            render={({ field: f }) => (
              <Select
                id="policy-materialType"
                value={f.value}
                onChange={f.onChange}
                options={[ANY, ...MATERIAL_TYPES].map((type) => ({
                  value: type,
                  label: materialTypeLabel(t, type),
                }))}
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label={t('rules.fields.position')}
          htmlFor="policy-position"
          required
          validateStatus={errors.position ? 'error' : undefined}
          help={fieldMessage(errors.position)}
        >
          <Controller
            control={control}
            name="position"
            render={({ field: f }) => (
              <Select
                id="policy-position"
                showSearch={{
                  onSearch: setTyped,
                  filterOption: (input, option) =>
                    String(option?.label ?? '')
                      .toLowerCase()
                      .includes(input.toLowerCase()) || option?.value === input.trim(),
                }}
                placeholder={t('rules.positionPlaceholder')}
                value={f.value || undefined}
                onChange={(v: string) => {
                  f.onChange(v);
                  setTyped('');
                }}
                options={positionOptions}
              />
            )}
          />
        </Form.Item>
        <div className="policy-numbers">
          {NUMBER_FIELDS.map((name) => (
            <Form.Item
              key={name}
              label={t(`rules.fields.${name}`)}
              htmlFor={`policy-${name}`}
              required
              validateStatus={errors[name] ? 'error' : undefined}
              help={fieldMessage(errors[name])}
            >
              <Controller
                control={control}
                name={name}
                render={({ field: f }) => (
                  <InputNumber
                    id={`policy-${name}`}
                    style={{ width: '100%' }}
                    value={f.value}
                    onChange={(v) => f.onChange(v ?? null)}
                    onBlur={f.onBlur}
                  />
                )}
              />
            </Form.Item>
          ))}
        </div>
      </Form>
    </Modal>
  );
}
