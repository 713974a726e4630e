import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Form, InputNumber, Space } from 'antd';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { gradeSchema } from '../../../../shared/domain/scoring';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { gradeAnswer } from './commands';
import { useWriteContext } from '../shared-ui';

interface Props {
  attemptId: string;
  questionId: string;
  max: number;
  current: number | null;
  index: number;
}

/** The grader's points for one short answer (阅卷); saving re-scores the whole attempt. */
export function GradeForm({ attemptId, questionId, max, current, index }: Props) {
  const { t } = useTranslation(['trainee', 'common']);
  const { message: toast } = App.useApp();
  const writeContext = useWriteContext();
  const schema = useMemo(() => gradeSchema(max), [max]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ points: number }>({
    resolver: zodResolver(schema),
    defaultValues: { points: current ?? undefined },
  });

  const onSubmit = handleSubmit(async ({ points }) => {
    try {
      await gradeAnswer(db, attemptId, questionId, points, writeContext());
      void toast.success(t('grade.saved'));
    } catch (e) {
      setError('points', { type: 'server', message: errorMessage(t, e) });
      if (!(e instanceof DomainError)) throw e;
    }
  });
  const message = errors.points?.message;
  const label = t('grade.points', { n: index + 1, max });

  return (
    <Form layout="inline" onFinish={() => void onSubmit()} component="form" style={{ marginTop: 12 }}>
      <Form.Item
        label={label}
        validateStatus={message ? 'error' : undefined}
        help={message ? (errors.points?.type === 'server' ? message : t(message, { max })) : undefined}
      >
        <Controller
          control={control}
          name="points"
          render={({ field }) => (
            <InputNumber
              aria-label={label}
              // No min/max here: a clamped value would hide the mistake; the schema says what is wrong.
              value={field.value}
              onChange={(v) => field.onChange(v ?? undefined)}
              onBlur={field.onBlur}
            />
          )}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('grade.save')}
        </Button>
      </Space>
    </Form>
  );
}
