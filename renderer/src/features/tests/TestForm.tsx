import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES } from '../../../../shared/domain/question';
import { MAX_DIFFICULTY, MIN_DIFFICULTY } from '../../../../shared/domain/question-input';
import type { RandomRule } from '../../../../shared/domain/test-paper';
import {
  MULTIPLE_SCORINGS,
  paperQuestionCount,
  paperTotalPoints,
  TEST_STATUSES,
  testPaperInputSchema,
  testPaperProblems,
  type TestPaperInput,
  type TestPaperProblem,
} from '../../../../shared/domain/test-paper-rules';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { knownTags } from '../questions';
import { useVocabulary, VocabularySelect } from '../vocabularies';
import { FixedQuestionPicker } from './FixedQuestionPicker';
import { ruleSummary } from './labels';
import { checkRulesAgainstBank } from './rule-candidates';

interface Props {
  initial: TestPaperInput;
  submitLabel: string;
  onSubmit(values: TestPaperInput): Promise<void>;
  onCancel(): void;
}

/** The paper's number settings; the pass mark may be a fraction of a point, the others are whole. */
const NUMBER_SETTINGS = [
  { name: 'passMark', label: 'fields.passMark', id: 'test-passMark', required: true, input: { step: 1 } },
  {
    name: 'timeLimitMinutes',
    label: 'fields.timeLimit',
    id: 'test-timeLimit',
    required: false,
    input: { precision: 0 },
  },
  {
    name: 'attemptsAllowed',
    label: 'fields.attemptsAllowed',
    id: 'test-attempts',
    required: false,
    input: { precision: 0 },
  },
] as const;
const SHUFFLE_SETTINGS = ['shuffleQuestions', 'shuffleOptions'] as const;

const DIFFICULTIES = Array.from(
  { length: MAX_DIFFICULTY - MIN_DIFFICULTY + 1 },
  (_, i) => MIN_DIFFICULTY + i,
);

const newRule = (): RandomRule => ({
  id: crypto.randomUUID(),
  type: 'single',
  count: 5,
  tags: [],
  category: null,
  minDifficulty: MIN_DIFFICULTY,
  maxDifficulty: MAX_DIFFICULTY,
  points: 2,
});

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * The test builder. What is wrong is worked out from the values as they are (testPaperProblems,
 * with the bank's answer for each rule), so the messages carry their numbers ("the bank has 3") and
 * change as the user types; they show once the user has tried to save.
 */
export function TestForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['tests', 'questions', 'common']);
  const categories = useVocabulary('courseCategory');
  const { control, handleSubmit, watch, formState } = useForm<TestPaperInput>({
    defaultValues: initial,
    resolver: zodResolver(testPaperInputSchema),
  });
  const fixed = useFieldArray({ control, name: 'fixed', keyName: 'fieldKey' });
  const rules = useFieldArray({ control, name: 'rules', keyName: 'fieldKey' });
  const [formError, setFormError] = useState<string | null>(null);
  const values = watch();
  const tags = useLiveQuery(() => knownTags(db), []) ?? [];

  const rulesKey = JSON.stringify([values.rules, values.fixed.map((f) => f.questionId)]);
  const available = useLiveQuery(
    () => checkRulesAgainstBank(db, { rules: values.rules, fixed: values.fixed }),
    // Read again whenever the rules or the fixed questions change, not on every keystroke elsewhere.
    [rulesKey],
  );
  const fixedQuestions = useLiveQuery(
    () => db.questions.bulkGet(values.fixed.map((f) => f.questionId)),
    [JSON.stringify(values.fixed.map((f) => f.questionId))],
  );
  const problems = testPaperProblems(values, available);
  const shown = formState.isSubmitted ? problems : [];
  const problemAt = (path: (string | number)[]) => shown.find((p) => samePath(p.path, path));
  const say = (p: TestPaperProblem | undefined) => (p ? t(p.code, p.params) : undefined);

  const submit = handleSubmit(async (data) => {
    setFormError(null);
    // The schema cannot know the bank: a rule it cannot fill stops the save here too.
    if (testPaperProblems(data, available).length > 0) return;
    try {
      await onSubmit(data);
    } catch (error) {
      setFormError(errorMessage(t, error));
    }
  });

  const item = (
    path: (string | number)[],
    label: string,
    input: ReactNode,
    required = false,
    id?: string,
  ) => {
    const problem = problemAt(path);
    return (
      <Form.Item
        label={label}
        htmlFor={id}
        required={required}
        validateStatus={problem ? 'error' : undefined}
        help={say(problem)}
      >
        {input}
      </Form.Item>
    );
  };

  const noQuestions = problemAt(['fixed']);
  const onPaper = new Set(values.fixed.map((f) => f.questionId));

  return (
    <Form layout="vertical" onFinish={() => void submit()} noValidate className="test-form">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Card title={t('builder.basics')}>
        {item(
          ['title'],
          t('fields.title'),
          <Controller
            control={control}
            name="title"
            render={({ field }) => <Input id="test-title" {...field} />}
          />,
          true,
          'test-title',
        )}
        {item(
          ['description'],
          t('fields.description'),
          <Controller
            control={control}
            name="description"
            render={({ field }) => <Input.TextArea id="test-description" rows={2} {...field} />}
          />,
          false,
          'test-description',
        )}
        {item(
          ['status'],
          t('fields.status'),
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <Radio.Group
                id="test-status"
                optionType="button"
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                options={TEST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              />
            )}
          />,
        )}
      </Card>

      <Card
        title={t('builder.questions')}
        style={{ marginTop: 16 }}
        extra={
          <Typography.Text strong data-testid="test-total">
            {t('builder.total', { count: paperQuestionCount(values), points: paperTotalPoints(values) })}
          </Typography.Text>
        }
      >
        {noQuestions && <Alert type="error" showIcon title={say(noQuestions)} style={{ marginBottom: 16 }} />}
        <Typography.Title level={5}>{t('builder.fixed')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('builder.fixedHint')}</Typography.Paragraph>
        {fixed.fields.length === 0 && (
          <Typography.Paragraph type="secondary">{t('builder.noFixed')}</Typography.Paragraph>
        )}
        <ol className="fixed-list">
          {fixed.fields.map((f, i) => {
            const question = fixedQuestions?.[i];
            const problem = problemAt(['fixed', i, 'points']) ?? problemAt(['fixed', i, 'questionId']);
            return (
              <li key={f.fieldKey}>
                <div className="fixed-row">
                  <span className="fixed-stem">
                    {question ? (
                      <>
                        <Tag>{t(`questions:type.${question.type}`)}</Tag>
                        {question.stem}
                      </>
                    ) : (
                      '…'
                    )}
                  </span>
                  <Controller
                    control={control}
                    name={`fixed.${i}.points`}
                    render={({ field }) => (
                      <InputNumber
                        aria-label={t('builder.fixedPoints', { number: i + 1 })}
                        min={0}
                        step={1}
                        value={field.value}
                        onChange={field.onChange}
                        status={problem ? 'error' : undefined}
                        style={{ width: 100 }}
                      />
                    )}
                  />
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('builder.removeFixed', { number: i + 1 })}
                    onClick={() => fixed.remove(i)}
                  />
                </div>
                {problem && (
                  <Typography.Text type="danger" role="alert" className="field-message">
                    {say(problem)}
                  </Typography.Text>
                )}
              </li>
            );
          })}
        </ol>
        <FixedQuestionPicker
          exclude={onPaper}
          onPick={(q) => fixed.append({ questionId: q.id, points: 2 })}
        />

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('builder.rules')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('builder.rulesHint')}</Typography.Paragraph>
        {rules.fields.length === 0 && (
          <Typography.Paragraph type="secondary">{t('builder.noRules')}</Typography.Paragraph>
        )}
        {rules.fields.map((r, i) => {
          const rule = values.rules[i];
          const count = available?.[i];
          const short = rule && count !== undefined && count < rule.count;
          const ruleProblems = shown.filter((p) => p.path[0] === 'rules' && p.path[1] === i);
          return (
            <Card
              key={r.fieldKey}
              size="small"
              className="rule-card"
              role="group"
              aria-label={t('builder.ruleTitle', { number: i + 1 })}
              title={t('builder.ruleTitle', { number: i + 1 })}
              extra={
                <Space>
                  {count !== undefined && (
                    <Tag color={short ? 'red' : 'green'} data-testid={`rule-available-${i + 1}`}>
                      {t('builder.available', { count })}
                    </Tag>
                  )}
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('builder.removeRule', { number: i + 1 })}
                    onClick={() => rules.remove(i)}
                  />
                </Space>
              }
            >
              <div className="rule-grid">
                <Form.Item label={t('fields.type')} htmlFor={`rule-${i}-type`}>
                  <Controller
                    control={control}
                    name={`rules.${i}.type`}
                    render={({ field }) => (
                      <Select
                        id={`rule-${i}-type`}
                        value={field.value}
                        onChange={field.onChange}
                        options={QUESTION_TYPES.map((type) => ({
                          value: type,
                          label: t(`questions:type.${type}`),
                        }))}
                      />
                    )}
                  />
                </Form.Item>
                <Form.Item label={t('fields.count')} htmlFor={`rule-${i}-count`}>
                  <Controller
                    control={control}
                    name={`rules.${i}.count`}
                    render={({ field }) => (
                      <InputNumber
                        id={`rule-${i}-count`}
                        min={1}
                        precision={0}
                        value={field.value}
                        onChange={field.onChange}
                        status={short || problemAt(['rules', i, 'count']) ? 'error' : undefined}
                        style={{ width: '100%' }}
                      />
                    )}
                  />
                </Form.Item>
                <Form.Item label={t('fields.points')} htmlFor={`rule-${i}-points`}>
                  <Controller
                    control={control}
                    name={`rules.${i}.points`}
                    render={({ field }) => (
                      <InputNumber
                        id={`rule-${i}-points`}
                        min={0}
                        step={1}
                        value={field.value}
                        onChange={field.onChange}
                        style={{ width: '100%' }}
                      />
                    )}
                  />
                </Form.Item>
                <Form.Item label={t('fields.difficulty')}>
                  <Space.Compact>
                    <Controller
                      control={control}
                      name={`rules.${i}.minDifficulty`}
                      render={({ field }) => (
                        <Select
                          aria-label={t('builder.minDifficulty')}
                          value={field.value}
                          onChange={field.onChange}
                          options={DIFFICULTIES.map((d) => ({ value: d, label: String(d) }))}
                          style={{ width: 70 }}
                        />
                      )}
                    />
                    <Space.Addon>{t('builder.to')}</Space.Addon>
                    <Controller
                      control={control}
                      name={`rules.${i}.maxDifficulty`}
                      render={({ field }) => (
                        <Select
                          aria-label={t('builder.maxDifficulty')}
                          value={field.value}
                          onChange={field.onChange}
                          options={DIFFICULTIES.map((d) => ({ value: d, label: String(d) }))}
                          style={{ width: 70 }}
                        />
                      )}
                    />
                  </Space.Compact>
                </Form.Item>
                <Form.Item label={t('fields.tags')} htmlFor={`rule-${i}-tags`}>
                  <Controller
                    control={control}
                    name={`rules.${i}.tags`}
                    render={({ field }) => (
                      <Select
                        id={`rule-${i}-tags`}
                        mode="tags"
                        tokenSeparators={[',', '，', '、']}
                        placeholder={t('builder.anyTags')}
                        value={field.value}
                        onChange={field.onChange}
                        options={tags.map((tag) => ({ value: tag, label: tag }))}
                      />
                    )}
                  />
                </Form.Item>
                <Form.Item label={t('fields.category')} htmlFor={`rule-${i}-category`}>
                  <Controller
                    control={control}
                    name={`rules.${i}.category`}
                    render={({ field }) => (
                      <VocabularySelect
                        list="courseCategory"
                        id={`rule-${i}-category`}
                        allowClear
                        placeholder={t('builder.anyCategory')}
                        value={field.value}
                        onChange={(v) => field.onChange(v ?? null)}
                      />
                    )}
                  />
                </Form.Item>
              </div>
              {rule && (
                <Typography.Text type="secondary" data-testid={`rule-summary-${i + 1}`}>
                  {ruleSummary(t, rule, categories.labelOf)}
                </Typography.Text>
              )}
              {ruleProblems.map((p) => (
                <Typography.Text key={p.code} type="danger" role="alert" className="field-message">
                  {say(p)}
                </Typography.Text>
              ))}
            </Card>
          );
        })}
        <Button icon={<PlusOutlined />} onClick={() => rules.append(newRule())}>
          {t('builder.addRule')}
        </Button>
      </Card>

      <Card title={t('builder.settings')} style={{ marginTop: 16 }}>
        <div className="form-grid">
          {NUMBER_SETTINGS.map((setting) => (
            <Fragment key={setting.name}>
              {item(
                [setting.name],
                t(setting.label),
                <Controller
                  control={control}
                  name={setting.name}
                  render={({ field }) => (
                    <InputNumber
                      id={setting.id}
                      min={0}
                      {...setting.input}
                      value={field.value}
                      onChange={field.onChange}
                      style={{ width: '100%' }}
                    />
                  )}
                />,
                setting.required,
                setting.id,
              )}
            </Fragment>
          ))}
        </div>
        <Space direction="vertical">
          {SHUFFLE_SETTINGS.map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                  {t(`fields.${name}`)}
                </Checkbox>
              )}
            />
          ))}
        </Space>
        <Form.Item label={t('fields.multipleScoring')} style={{ marginTop: 16 }}>
          <Controller
            control={control}
            name="multipleScoring"
            render={({ field }) => (
              <Radio.Group
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                options={MULTIPLE_SCORINGS.map((s) => ({ value: s, label: t(`scoring.${s}`) }))}
              />
            )}
          />
        </Form.Item>
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </Space>
    </Form>
  );
}
