import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Drawer, Form, Input, InputNumber, Popconfirm, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  emptyLessonInput,
  lessonFieldsOf,
  lessonInputSchema,
  type Lesson,
  type LessonInput,
} from '../../../../shared/domain/course';
import { DomainError } from '../../../../shared/domain/errors';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { RichTextEditor } from '../rich-text';
import { VocabularySelect } from '../vocabularies';
import { useFieldMessage } from './CourseForm';
import { addLesson, deleteLesson, updateLesson } from './lesson-commands';
import { TitledSelect } from './TitledSelect';
import { useWriteContext } from './write-context';

interface Props {
  courseId: string;
  /** The lesson to edit, or null to add one at the end. */
  lesson: Lesson | null;
  onClose(): void;
}

/** Adds or edits one lesson of the draft: method, duration, rich-text content, linked materials, cases and test. */
export function LessonDrawer({ courseId, lesson, onClose }: Props) {
  const { t } = useTranslation('courses');
  const fieldMessage = useFieldMessage();
  const writeContext = useWriteContext();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LessonInput>({
    defaultValues: lesson ? lessonFieldsOf(lesson) : emptyLessonInput(),
    resolver: zodResolver(lessonInputSchema),
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (lesson) await updateLesson(db, lesson.id, values, writeContext());
      else await addLesson(db, courseId, values, writeContext());
      onClose();
    } catch (error) {
      const message = errorMessage(t, error);
      if (error instanceof DomainError && error.field) {
        setError(error.field as FieldPath<LessonInput>, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    }
  });

  const remove = async () => {
    try {
      await deleteLesson(db, lesson!.id, writeContext());
      onClose();
    } catch (error) {
      setFormError(errorMessage(t, error));
    }
  };

  const field = (name: keyof LessonInput, input: ReactNode) => (
    <Form.Item
      label={t(`lesson.${name}`)}
      htmlFor={`lesson-${name}`}
      validateStatus={errors[name] ? 'error' : undefined}
      help={fieldMessage(errors[name] as FieldError | undefined)}
    >
      {input}
    </Form.Item>
  );

  return (
    <Drawer
      open
      size={820}
      title={lesson ? t('lesson.editTitle', { title: lesson.title }) : t('lesson.newTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button type="primary" disabled={isSubmitting} onClick={() => void submit()}>
            {t('common:actions.save')}
          </Button>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          {lesson && (
            <Popconfirm
              title={t('lesson.deleteConfirm', { title: lesson.title })}
              okText={t('common:actions.delete')}
              cancelText={t('common:actions.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove()}
            >
              <Button danger>{t('common:actions.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Form layout="vertical" onFinish={() => void submit()} noValidate>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <div className="form-grid">
          {field(
            'title',
            <Controller
              control={control}
              name="title"
              render={({ field: f }) => <Input id="lesson-title" {...f} />}
            />,
          )}
          {field(
            'method',
            <Controller
              control={control}
              name="method"
              render={({ field: f }) => (
                <VocabularySelect
                  id="lesson-method"
                  list="teachingMethod"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'durationMinutes',
            <Controller
              control={control}
              name="durationMinutes"
              render={({ field: f }) => (
                <InputNumber
                  id="lesson-durationMinutes"
                  min={0}
                  max={1440}
                  style={{ width: '100%' }}
                  value={f.value}
                  onChange={(v) => f.onChange(v ?? Number.NaN)}
                  onBlur={f.onBlur}
                />
              )}
            />,
          )}
        </div>
        <Form.Item
          label={t('lesson.contentHtml')}
          validateStatus={errors.contentHtml ? 'error' : undefined}
          help={fieldMessage(errors.contentHtml)}
        >
          <Controller
            control={control}
            name="images"
            render={({ field: images }) => (
              <Controller
                control={control}
                name="contentHtml"
                render={({ field: f }) => (
                  <RichTextEditor
                    aria-label={t('lesson.contentHtml')}
                    value={f.value}
                    onChange={f.onChange}
                    images={images.value}
                    onImagesChange={images.onChange}
                  />
                )}
              />
            )}
          />
        </Form.Item>
        <div className="form-grid">
          {field(
            'materialIds',
            <Controller
              control={control}
              name="materialIds"
              render={({ field: f }) => (
                <TitledSelect
                  id="lesson-materialIds"
                  source="materials"
                  mode="multiple"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'caseIds',
            <Controller
              control={control}
              name="caseIds"
              render={({ field: f }) => (
                <TitledSelect
                  id="lesson-caseIds"
                  source="cases"
                  mode="multiple"
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />,
          )}
          {field(
            'testId',
            <Controller
              control={control}
              name="testId"
              render={({ field: f }) => (
                <TitledSelect id="lesson-testId" source="tests" value={f.value} onChange={f.onChange} />
              )}
            />,
          )}
        </div>
      </Form>
    </Drawer>
  );
}
