import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import type { ClosedDay, LendingConfig } from '../../../../shared/domain/lending';
import {
  closedDaysInputSchema,
  weekdayOf,
  type ClosedDaysInput,
} from '../../../../shared/domain/lending-calendar-input';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { addClosedDays, deleteClosedDay, saveClosedWeekdays } from './commands';
import { useFieldMessage } from './field-message';
import { upcomingClosedDays } from './queries';

/** Monday first, as an office calendar reads; stored as 0 = Sunday … 6 = Saturday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** The office calendar: weekdays closed every week, and holidays 节假日 and other closed dates. */
export function OfficeCalendar({ config }: { config: LendingConfig }) {
  return (
    <div className="rules-columns">
      <ClosedWeekdays config={config} />
      <ClosedDates />
    </div>
  );
}

function ClosedWeekdays({ config }: { config: LendingConfig }) {
  const { t } = useTranslation(['overdue', 'common']);
  const { message } = App.useApp();
  // Unsaved ticks, or what is stored.
  const [draft, setDraft] = useState<number[] | null>(null);
  const days = draft ?? config.closedWeekdays;
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      await saveClosedWeekdays(db, days);
      setDraft(null);
      void message.success(t('calendar.weekdaysSaved'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Card title={t('calendar.weekdaysTitle')}>
      <Typography.Paragraph type="secondary">{t('calendar.weekdaysHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Checkbox.Group
        className="weekday-checks"
        value={days}
        onChange={(v) => setDraft(v as number[])}
        options={WEEK.map((d) => ({ value: d, label: t(`calendar.weekday.${d}`) }))}
      />
      <div style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => void save()}>
          {t('calendar.saveWeekdays')}
        </Button>
      </div>
    </Card>
  );
}

function ClosedDates() {
  const { t } = useTranslation(['overdue', 'common']);
  const { message } = App.useApp();
  const fieldMessage = useFieldMessage();
  const today = localDate(new Date());
  const upcoming = useLiveQuery(() => upcomingClosedDays(db, today), [today]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ClosedDaysInput>({
    defaultValues: { from: '', to: '', note: '' },
    resolver: zodResolver(closedDaysInputSchema),
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const dates = await addClosedDays(db, values);
      reset({ from: '', to: '', note: '' });
      void message.success(t('calendar.added', { count: dates.length }));
    } catch (error) {
      const text = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(error.field as FieldPath<ClosedDaysInput>, { type: 'server', message: text });
      else setFormError(text);
    }
  });

  const dateField = (name: 'from' | 'to', required: boolean) => (
    <Form.Item
      label={t(`calendar.${name}`)}
      htmlFor={`closed-${name}`}
      required={required}
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name])}
    >
      <Controller
        control={control}
        name={name}
        render={({ field: f }) => (
          <DatePicker
            id={`closed-${name}`}
            style={{ width: '100%' }}
            value={f.value ? dayjs(f.value) : null}
            onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')}
            onBlur={f.onBlur}
          />
        )}
      />
    </Form.Item>
  );

  return (
    <Card title={t('calendar.holidaysTitle')}>
      {/* Not a submitting form: Enter confirms a typed date in the picker, it must not add the day yet. */}
      <Form layout="vertical" component="div">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <div className="closed-days-form">
          {dateField('from', true)}
          {dateField('to', false)}
          <Form.Item
            label={t('calendar.note')}
            htmlFor="closed-note"
            validateStatus={errors.note ? 'error' : undefined}
            help={fieldMessage(errors.note)}
          >
            <Controller
              control={control}
              name="note"
              render={({ field: f }) => (
                <Input id="closed-note" placeholder={t('calendar.notePlaceholder')} {...f} />
              )}
            />
          </Form.Item>
          <Form.Item label=" ">
            <Button icon={<PlusOutlined />} disabled={isSubmitting} onClick={() => void submit()}>
              {t('calendar.addDays')}
            </Button>
          </Form.Item>
        </div>
      </Form>
      <Typography.Title level={5}>{t('calendar.upcoming')}</Typography.Title>
      <Table<ClosedDay>
        rowKey="date"
        size="small"
        data-testid="closed-day-rows"
        loading={upcoming === undefined}
        dataSource={upcoming ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('calendar.noneUpcoming') }}
        columns={[
          { key: 'date', title: t('calendar.columns.date'), dataIndex: 'date' },
          {
            key: 'weekday',
            title: t('calendar.columns.weekday'),
            render: (_, d) => t(`calendar.weekday.${weekdayOf(d.date)}`),
          },
          { key: 'note', title: t('calendar.columns.note'), dataIndex: 'note' },
          {
            key: 'delete',
            title: '',
            width: 140,
            render: (_, d) => (
              <Button
                size="small"
                icon={<DeleteOutlined />}
                onClick={async () => {
                  await deleteClosedDay(db, d.date);
                  void message.success(t('calendar.dayDeleted', { date: d.date }));
                }}
              >
                {t('calendar.deleteDay')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
