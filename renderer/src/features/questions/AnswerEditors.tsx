import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPTION_KEYS, relabelOptions } from '../../../../shared/domain/question-input';
import type { QuestionOption } from '../../../../shared/domain/question';

interface OptionsProps {
  multiple: boolean;
  options: QuestionOption[];
  answer: string[];
  onChange(next: { options: QuestionOption[]; answer: string[] }): void;
  /** Problems of single options by index (an empty text). */
  optionErrors: (string | undefined)[];
}

/** Choices A–F with the right one (single) or ones (multiple) marked beside each. */
export function OptionsEditor({ multiple, options, answer, onChange, optionErrors }: OptionsProps) {
  const { t } = useTranslation('questions');
  const mark = (key: string, on: boolean) => {
    const next = multiple ? (on ? [...answer, key] : answer.filter((a) => a !== key)) : on ? [key] : [];
    onChange({ options, answer: next });
  };
  const setText = (index: number, text: string) =>
    onChange({ options: options.map((o, i) => (i === index ? { ...o, text } : o)), answer });
  const remove = (index: number) =>
    onChange(
      relabelOptions(
        options.filter((_, i) => i !== index),
        answer,
      ),
    );
  const add = () =>
    onChange({ options: [...options, { key: OPTION_KEYS[options.length]!, text: '' }], answer });

  return (
    <div role="group" aria-label={t('fields.options')}>
      {options.map((option, i) => {
        const correct = answer.includes(option.key);
        const markLabel = t('form.markCorrect', { key: option.key });
        return (
          <div key={option.key}>
            <div className="option-row">
              {multiple ? (
                <Checkbox
                  aria-label={markLabel}
                  checked={correct}
                  onChange={(e) => mark(option.key, e.target.checked)}
                />
              ) : (
                <Radio
                  aria-label={markLabel}
                  checked={correct}
                  onChange={(e) => mark(option.key, e.target.checked)}
                />
              )}
              <strong>{option.key}</strong>
              <Input
                aria-label={t('form.optionText', { key: option.key })}
                value={option.text}
                status={optionErrors[i] ? 'error' : undefined}
                onChange={(e) => setText(i, e.target.value)}
              />
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('form.removeOption', { key: option.key })}
                disabled={options.length <= 2}
                onClick={() => remove(i)}
              />
            </div>
            {optionErrors[i] && (
              <Typography.Text type="danger" role="alert" className="field-message">
                {optionErrors[i]}
              </Typography.Text>
            )}
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} disabled={options.length >= OPTION_KEYS.length} onClick={add}>
        {t('form.addOption')}
      </Button>
    </div>
  );
}

interface AcceptedProps {
  value: string[];
  onChange(next: string[]): void;
}

/** Fill in the blank: every answer that counts as right (12315, 一二三一五 …). */
export function AcceptedAnswersEditor({ value, onChange }: AcceptedProps) {
  const { t } = useTranslation('questions');
  const answers = value.length > 0 ? value : [''];
  return (
    <div role="group" aria-label={t('fields.acceptedAnswers')}>
      {answers.map((answer, i) => (
        <div className="answer-row" key={i}>
          <Input
            aria-label={t('form.acceptedAnswer', { number: i + 1 })}
            value={answer}
            onChange={(e) => onChange(answers.map((a, j) => (j === i ? e.target.value : a)))}
          />
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('form.removeAnswer', { number: i + 1 })}
            disabled={answers.length <= 1}
            onClick={() => onChange(answers.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...answers, ''])}>
        {t('form.addAnswer')}
      </Button>
    </div>
  );
}
