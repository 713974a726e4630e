import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/errors';
import { VOCABULARY_LANGUAGES, type VocabularyLabels } from '../../../../shared/domain/vocabulary';
import { VOCABULARY_LABEL_MAX, vocabularyLabelsSchema } from '../../../../shared/domain/vocabulary-rules';
import { errorMessage } from '../../app/error-message';

interface Props {
  title: string;
  initial: VocabularyLabels;
  onSubmit(labels: VocabularyLabels): Promise<void>;
  onClose(): void;
}

const FIELD_LABEL = { 'zh-CN': 'lists.labelZh', en: 'lists.labelEn' } as const;

/** Both names of an entry; the write checks uniqueness and its refusal lands under the field it concerns. */
export function EntryDialog({ title, initial, onSubmit, onClose }: Props) {
  const { t } = useTranslation('settings');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<VocabularyLabels>({ defaultValues: initial, resolver: zodResolver(vocabularyLabelsSchema) });

  const fieldMessage = (error: FieldError | undefined) =>
    error?.message
      ? error.type === 'server'
        ? error.message
        : t(error.message, { max: VOCABULARY_LABEL_MAX })
      : undefined;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      const message = errorMessage(t, error);
      const language = error instanceof DomainError ? error.field?.replace(/^labels\./, '') : undefined;
      if (language === 'zh-CN' || language === 'en') {
        setError(language, { type: 'server', message }, { shouldFocus: true });
      } else setFormError(message);
    }
  });

  return (
    <Modal
      open
      title={title}
      okText={t('lists.save')}
      cancelText={t('lists.cancel')}
      confirmLoading={isSubmitting}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" noValidate>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        {VOCABULARY_LANGUAGES.map((language, index) => (
          <Form.Item
            key={language}
            label={t(FIELD_LABEL[language])}
            htmlFor={`entry-${language}`}
            required
            validateStatus={errors[language] ? 'error' : undefined}
            help={fieldMessage(errors[language])}
          >
            <Controller
              control={control}
              name={language}
              render={({ field }) => (
                <Input
                  {...field}
                  id={`entry-${language}`}
                  lang={language}
                  autoFocus={index === 0}
                  maxLength={VOCABULARY_LABEL_MAX + 10}
                  onPressEnter={() => void submit()}
                />
              )}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
