import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import {
  Controller,
  useForm,
  useWatch,
  type FieldError,
  type FieldPath,
  type PathValue,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { QUESTION_TYPES, type QuestionType } from '../../../../shared/domain/question';
import {
  emptyQuestionInput,
  isChoiceType,
  MAX_DIFFICULTY,
  MIN_DIFFICULTY,
  questionInputSchema,
  type QuestionInput,
} from '../../../../shared/domain/question-input';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { VocabularySelect } from '../vocabularies';
import { AcceptedAnswersEditor, OptionsEditor } from './AnswerEditors';
import { knownTags } from './queries';

interface Props {
  initial: QuestionInput;
  submitLabel: string;
  /** Shown above the form, e.g. that saving starts a new version. */
  notice?: ReactNode;
  onSubmit(values: QuestionInput): Promise<void>;
  onCancel(): void;
}

const DIFFICULTIES = Array.from(
  { length: MAX_DIFFICULTY - MIN_DIFFICULTY + 1 },
  (_, i) => MIN_DIFFICULTY + i,
);

export function QuestionForm({ initial, submitLabel, notice, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['questions', 'common']);
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<QuestionInput>({ defaultValues: initial, resolver: zodResolver(questionInputSchema) });
  const [formError, setFormError] = useState<string | null>(null);
  const tags = useLiveQuery(() => knownTags(db), []) ?? [];
  const type = useWatch({ control, name: 'type' });
  const options = useWatch({ control, name: 'options' });
  const answer = useWatch({ control, name: 'answer' });
  // Fields set by the editors below re-check themselves once the user has tried to save.
  const set = <K extends 'type' | 'options' | 'answer'>(name: K, value: QuestionInput[K]) =>
    setValue(name, value as PathValue<QuestionInput, K>, { shouldDirty: true, shouldValidate: isSubmitted });

  /** Schema messages are i18n keys; errors from a write are already translated (type 'server'). */
  const message = (error: FieldError | undefined) =>
    error?.message ? (error.type === 'server' ? error.message : t(error.message)) : undefined;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const text = errorMessage(t, error);
      if (error instanceof DomainError && error.field)
        setError(
          error.field as FieldPath<QuestionInput>,
          { type: 'server', message: text },
          { shouldFocus: true },
        );
      else setFormError(text);
    }
  });

  const changeType = (next: QuestionType) => {
    const current = getValues();
    const keepsOptions = isChoiceType(next) && isChoiceType(current.type);
    set('type', next);
    if (!keepsOptions) set('options', emptyQuestionInput(next).options);
    // A single-choice answer is a valid start for multiple choice; nothing else carries over.
    if (!(keepsOptions && next === 'multiple')) set('answer', []);
  };

  const item = (name: FieldPath<QuestionInput>, label: string, input: ReactNode, required = false) => {
    const error = errors[name as keyof QuestionInput] as FieldError | undefined;
    return (
      <Form.Item
        label={label}
        htmlFor={`question-${name}`}
        required={required}
        validateStatus={error ? 'error' : undefined}
        help={message(error)}
      >
        {input}
      </Form.Item>
    );
  };

  const optionErrors = (options ?? []).map((_, i) => message(errors.options?.[i]?.text));
  const choiceError =
    message(errors.options as FieldError | undefined) ?? message(errors.answer as FieldError | undefined);

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="question-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {notice}
      <Card>
        {item(
          'type',
          t('fields.type'),
          <Radio.Group
            id="question-type"
            optionType="button"
            value={type}
            onChange={(e) => changeType(e.target.value as QuestionType)}
            options={QUESTION_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
          />,
          true,
        )}
        {item(
          'stem',
          t('fields.stem'),
          <Controller
            control={control}
            name="stem"
            render={({ field }) => <Input.TextArea id="question-stem" rows={3} {...field} />}
          />,
          true,
        )}
        {isChoiceType(type) && (
          // No error status on the item itself: it would paint every option red; each option and
          // the group carry their own message instead.
          <Form.Item label={t(type === 'single' ? 'form.optionsSingle' : 'form.optionsMultiple')} required>
            <OptionsEditor
              multiple={type === 'multiple'}
              options={options}
              answer={answer}
              optionErrors={optionErrors}
              onChange={(next) => {
                set('options', next.options);
                set('answer', next.answer);
              }}
            />
            {choiceError && (
              <Typography.Text type="danger" role="alert" className="field-message">
                {choiceError}
              </Typography.Text>
            )}
          </Form.Item>
        )}
        {type === 'trueFalse' &&
          item(
            'answer',
            t('fields.answer'),
            <Radio.Group
              id="question-answer"
              value={answer[0]}
              onChange={(e) => set('answer', [e.target.value as string])}
              options={[
                { value: 'true', label: t('answer.true') },
                { value: 'false', label: t('answer.false') },
              ]}
            />,
            true,
          )}
        {type === 'fillBlank' &&
          item(
            'answer',
            t('fields.acceptedAnswers'),
            <AcceptedAnswersEditor value={answer} onChange={(next) => set('answer', next)} />,
            true,
          )}
        {type === 'shortAnswer' &&
          item(
            'answer',
            t('fields.modelAnswer'),
            <Input.TextArea
              id="question-answer"
              rows={3}
              value={answer[0] ?? ''}
              onChange={(e) => set('answer', e.target.value ? [e.target.value] : [])}
            />,
          )}
        <div className="form-grid">
          {item(
            'category',
            t('fields.category'),
            <Controller
              control={control}
              name="category"
              render={({ field }) => (
                <VocabularySelect
                  list="courseCategory"
                  id="question-category"
                  value={field.value}
                  onChange={field.onChange}
                  status={errors.category ? 'error' : undefined}
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
              render={({ field }) => (
                <Radio.Group
                  id="question-difficulty"
                  optionType="button"
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value as number)}
                  options={DIFFICULTIES.map((d) => ({ value: d, label: String(d) }))}
                />
              )}
            />,
            true,
          )}
        </div>
        {item(
          'tags',
          t('fields.tags'),
          <Controller
            control={control}
            name="tags"
            render={({ field }) => (
              <Select
                id="question-tags"
                mode="tags"
                tokenSeparators={[',', '，', '、']}
                value={field.value}
                onChange={field.onChange}
                placeholder={t('form.tagsPlaceholder')}
                options={tags.map((tag) => ({ value: tag, label: tag }))}
              />
            )}
          />,
        )}
        {item(
          'explanation',
          t('fields.explanation'),
          <Controller
            control={control}
            name="explanation"
            render={({ field }) => <Input.TextArea id="question-explanation" rows={3} {...field} />}
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
