import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldError, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CopyFieldsInput } from '../../../../shared/domain/copy-input';
import { COPY_CONDITIONS } from '../../../../shared/domain/lending';
import { useFieldMessage } from '../materials';

interface Props {
  /**
   * The control of any form whose values include the copy fields (the add and the edit form).
   * `Control` is invariant in its value type, so it comes in untyped and is narrowed once below.
   */
  control: unknown;
  errors: FieldErrors<CopyFieldsInput>;
  idPrefix: string;
}

/** Shelf location, acquisition date, replacement cost, condition and notes: the same in the add and edit forms. */
export function CopyFieldsInputs({ control: anyControl, errors, idPrefix }: Props) {
  const control = anyControl as Control<CopyFieldsInput>;
  const { t } = useTranslation(['copies', 'lending', 'common']);
  const fieldMessage = useFieldMessage();
  const item = (name: keyof CopyFieldsInput, input: ReactNode, required = true) => (
    <Form.Item
      label={t(`fields.${name}`)}
      htmlFor={`${idPrefix}-${name}`}
      required={required}
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name] as FieldError | undefined)}
    >
      {input}
    </Form.Item>
  );
  return (
    <>
      <div className="form-grid">
        {item(
          'location',
          <Controller
            control={control}
            name="location"
            render={({ field: f }) => (
              <Input id={`${idPrefix}-location`} placeholder={t('form.locationPlaceholder')} {...f} />
            )}
          />,
        )}
        {item(
          'acquiredOn',
          <Controller
            control={control}
            name="acquiredOn"
            render={({ field: f }) => (
              <DatePicker
                id={`${idPrefix}-acquiredOn`}
                style={{ width: '100%' }}
                value={f.value ? dayjs(f.value) : null}
                onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')}
                onBlur={f.onBlur}
              />
            )}
          />,
        )}
        {item(
          'replacementCost',
          <Controller
            control={control}
            name="replacementCost"
            render={({ field: f }) => (
              <Input
                id={`${idPrefix}-replacementCost`}
                prefix="¥"
                inputMode="decimal"
                placeholder="0.00"
                {...f}
              />
            )}
          />,
        )}
        {item(
          'condition',
          <Controller
            control={control}
            name="condition"
            render={({ field: f }) => (
              <Select
                id={`${idPrefix}-condition`}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                options={COPY_CONDITIONS.map((c) => ({ value: c, label: t(`lending:condition.${c}`) }))}
              />
            )}
          />,
        )}
      </div>
      {item(
        'notes',
        <Controller
          control={control}
          name="notes"
          render={({ field: f }) => <Input.TextArea id={`${idPrefix}-notes`} rows={2} {...f} />}
        />,
        false,
      )}
    </>
  );
}
