import { CheckCircleFilled } from '@ant-design/icons';
import { Checkbox, Input, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPTION_KEYS } from '../../../../shared/domain/question-input';
import type { QuestionContent } from '../../../../shared/domain/question';
import { answerText } from './labels';
import './questions.css';

interface Props {
  content: QuestionContent;
  /** 1-based position on a paper. */
  number?: number;
  points?: number;
  /**
   * `key`: the bank's view, options under their own keys with the right ones marked, then the
   * answer and explanation. `trainee`: the paper as a trainee sees it, lettered in the order shown
   * and with nothing given away.
   */
  mode: 'key' | 'trainee';
}

/** One question, read-only. */
export function QuestionView({ content, number, points, mode }: Props) {
  const { t } = useTranslation('questions');
  const key = mode === 'key';
  const choice = content.type === 'single' || content.type === 'multiple';
  return (
    <div className="question-view" data-testid="question-view">
      <div className="question-view-head">
        {number !== undefined && <Typography.Text strong>{number}.</Typography.Text>}
        <Tag>{t(`type.${content.type}`)}</Tag>
        {points !== undefined && (
          <Typography.Text type="secondary">{t('view.points', { count: points })}</Typography.Text>
        )}
      </div>
      <Typography.Paragraph className="question-stem">{content.stem}</Typography.Paragraph>
      {choice && (
        <ol className="question-options" aria-label={t('fields.options')}>
          {content.options.map((option, i) => {
            const right = key && content.answer.includes(option.key);
            const letter = key ? option.key : (OPTION_KEYS[i] ?? option.key);
            const mark =
              content.type === 'single' ? (
                <Radio disabled checked={right} />
              ) : (
                <Checkbox disabled checked={right} />
              );
            return (
              <li key={option.key} className={right ? 'question-option correct' : 'question-option'}>
                {mark}
                <span>
                  {letter}. {option.text}
                </span>
                {right && (
                  <CheckCircleFilled aria-label={t('view.correct')} className="question-correct-icon" />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {content.type === 'trueFalse' && (
        <Radio.Group disabled value={key ? content.answer[0] : undefined}>
          <Radio value="true">{t('answer.true')}</Radio>
          <Radio value="false">{t('answer.false')}</Radio>
        </Radio.Group>
      )}
      {!key && content.type === 'fillBlank' && (
        <Input disabled placeholder={t('view.fillPlaceholder')} style={{ maxWidth: 360 }} />
      )}
      {!key && content.type === 'shortAnswer' && (
        <Input.TextArea disabled rows={3} placeholder={t('view.shortPlaceholder')} />
      )}
      {key && (
        <Space direction="vertical" size={4} className="question-key">
          {content.type !== 'trueFalse' && (
            <Typography.Text>
              <Typography.Text type="secondary">
                {t(content.type === 'shortAnswer' ? 'fields.modelAnswer' : 'fields.answer')}:{' '}
              </Typography.Text>
              {answerText(t, content) || t('view.none')}
            </Typography.Text>
          )}
          {content.explanation && (
            <Typography.Text>
              <Typography.Text type="secondary">{t('fields.explanation')}: </Typography.Text>
              {content.explanation}
            </Typography.Text>
          )}
        </Space>
      )}
    </div>
  );
}
