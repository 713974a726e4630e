import { Card, Checkbox, Input, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaperItem } from '../../../../shared/domain/test-paper';

interface Props {
  index: number;
  item: PaperItem;
  answer: string[];
  onChange(answer: string[]): void;
}

/** Letters by shown position: options keep their keys for scoring but are lettered as they appear. */
export const optionLetter = (position: number) => String.fromCharCode(65 + position);

/** One question as the trainee answers it, by type. */
export function QuestionAnswer({ index, item, answer, onChange }: Props) {
  const { t } = useTranslation('trainee');
  const { content } = item;
  const labelId = `q-${item.questionId}`;
  const options = content.options.map((o, i) => ({ value: o.key, label: `${optionLetter(i)}. ${o.text}` }));

  const input = () => {
    switch (content.type) {
      case 'single':
        return (
          <Radio.Group
            aria-labelledby={labelId}
            value={answer[0]}
            onChange={(e) => onChange([e.target.value as string])}
            options={options}
          />
        );
      case 'multiple':
        return (
          <Checkbox.Group
            aria-labelledby={labelId}
            value={answer}
            onChange={(keys) => onChange(content.options.map((o) => o.key).filter((k) => keys.includes(k)))}
            options={options}
          />
        );
      case 'trueFalse':
        return (
          <Radio.Group
            aria-labelledby={labelId}
            value={answer[0]}
            onChange={(e) => onChange([e.target.value as string])}
            options={[
              { value: 'true', label: t('answer.true') },
              { value: 'false', label: t('answer.false') },
            ]}
          />
        );
      case 'fillBlank':
        return (
          <Input
            aria-labelledby={labelId}
            placeholder={t('answer.blankPlaceholder')}
            value={answer[0] ?? ''}
            onChange={(e) => onChange([e.target.value])}
          />
        );
      case 'shortAnswer':
        return (
          <Input.TextArea
            aria-labelledby={labelId}
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={t('answer.shortPlaceholder')}
            value={answer[0] ?? ''}
            onChange={(e) => onChange([e.target.value])}
          />
        );
    }
  };

  return (
    <Card
      id={`question-${index + 1}`}
      className="trainee-question"
      size="small"
      role="group"
      aria-label={t('taking.questionN', { n: index + 1 })}
      title={
        <span>
          {t('taking.questionN', { n: index + 1 })} <Tag>{t(`types.${content.type}`)}</Tag>
          <Tag color="blue">{t('taking.points', { count: item.points })}</Tag>
        </span>
      }
    >
      <p id={labelId} className="stem">
        {content.stem}
      </p>
      {input()}
    </Card>
  );
}
