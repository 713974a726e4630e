import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import type { LendingConfig } from '../../../../shared/domain/lending';
import {
  lendingSettingsInput,
  lendingSettingsInputSchema,
  type LendingSettingsInput,
} from '../../../../shared/domain/lending-calendar-input';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { saveLendingSettings } from './commands';
import { useFieldMessage } from './field-message';

const STAGES = ['reminderFirst', 'reminderSecond', 'reminderFinal'] as const;

/** Hold-shelf days, the overdue override, the reminder stage days and the damage charge. */
export function LendingSettingsForm({ config }: { config: LendingConfig }) {
  const { t } = useTranslation(['overdue', 'common']);
  const { message } = App.useApp();
  const fieldMessage = useFieldMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<LendingSettingsInput>({
    defaultValues: lendingSettingsInput(config),
    resolver: zodResolver(lendingSettingsInputSchema),
  });
  // Another window changed the settings: show what is stored now.
  useEffect(() => reset(lendingSettingsInput(config)), [config, reset]);
  const mode = watch('damageChargeMode');

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await saveLendingSettings(db, values);
      void message.success(t('settings.saved'));
    } catch (error) {
      const text = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(error.field as FieldPath<LendingSettingsInput>, { type: 'server', message: text });
      else setFormError(text);
    }
  });

  const numberItem = (name: 'holdShelfDays' | (typeof STAGES)[number], label: string, suffix?: string) => (
    <Form.Item
      key={name}
      label={label}
      htmlFor={`settings-${name}`}
      required
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name])}
    >
      <Controller
        control={control}
        name={name}
        render={({ field: f }) => (
          <InputNumber
            id={`settings-${name}`}
            style={{ width: 200 }}
            suffix={suffix}
            value={f.value}
            onChange={(v) => f.onChange(v ?? null)}
            onBlur={f.onBlur}
          />
        )}
      />
    </Form.Item>
  );

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="rules-settings">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card title={t('settings.remindersTitle')}>
        <Typography.Paragraph type="secondary">{t('settings.remindersHint')}</Typography.Paragraph>
        <div className="rules-stage-row">
          {STAGES.map((name) => numberItem(name, t(`settings.${name}`), t('settings.daysOverdue')))}
        </div>
      </Card>
      <Card title={t('settings.holdTitle')}>
        {numberItem('holdShelfDays', t('settings.holdShelfDays'))}
        <Controller
          control={control}
          name="allowOverdueOverride"
          render={({ field: f }) => (
            <Space>
              <Switch id="settings-allowOverdueOverride" checked={f.value} onChange={f.onChange} />
              <label htmlFor="settings-allowOverdueOverride">{t('settings.allowOverdueOverride')}</label>
            </Space>
          )}
        />
      </Card>
      <Card title={t('settings.chargeTitle')}>
        <Form.Item label={t('settings.damageChargeMode')}>
          <Controller
            control={control}
            name="damageChargeMode"
            render={({ field: f }) => (
              <Radio.Group
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                options={[
                  { value: 'replacementCost', label: t('settings.replacementCost') },
                  { value: 'fixed', label: t('settings.fixed') },
                ]}
              />
            )}
          />
        </Form.Item>
        {mode === 'fixed' && (
          <Form.Item
            label={t('settings.damageChargeYuan')}
            htmlFor="settings-damageChargeYuan"
            required
            validateStatus={errors.damageChargeYuan ? 'error' : undefined}
            help={fieldMessage(errors.damageChargeYuan)}
          >
            <Controller
              control={control}
              name="damageChargeYuan"
              render={({ field: f }) => (
                <InputNumber
                  id="settings-damageChargeYuan"
                  style={{ width: 200 }}
                  prefix="¥"
                  step={0.01}
                  value={f.value}
                  onChange={(v) => f.onChange(v ?? null)}
                  onBlur={f.onBlur}
                />
              )}
            />
          </Form.Item>
        )}
      </Card>
      <div>
        <Button type="primary" htmlType="submit" disabled={isSubmitting}>
          {t('settings.save')}
        </Button>
      </div>
    </Form>
  );
}
