import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { QUESTION_TYPES, type QuestionType } from '../../../../shared/domain/question';
import { MAX_DIFFICULTY, MIN_DIFFICULTY } from '../../../../shared/domain/question-input';
import { db } from '../../db';
import { useVocabulary, VocabularySelect } from '../vocabularies';
import { usePagedList } from '../shared-ui';
import { fetchQuestionsPage, knownTags, liveQuestionCount, SET_LIMIT, type QuestionQuery } from './queries';
import { QuestionsTable } from './QuestionsTable';
import './questions.css';

const DIFFICULTIES = Array.from(
  { length: MAX_DIFFICULTY - MIN_DIFFICULTY + 1 },
  (_, i) => MIN_DIFFICULTY + i,
);

/** The list's state lives in the URL so that Back from a question returns to the same view. */
function useListQuery(): [QuestionQuery, (patch: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const difficulty = Number(params.get('difficulty'));
  const query: QuestionQuery = {
    deleted: params.get('deleted') === '1',
    type: (params.get('type') as QuestionType | null) ?? undefined,
    category: params.get('category') ?? undefined,
    tag: params.get('tag') ?? undefined,
    difficulty: difficulty >= MIN_DIFFICULTY ? difficulty : undefined,
    search: params.get('q') ?? undefined,
  };
  const update = (patch: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return [query, update];
}

export function QuestionsListPage() {
  const { t } = useTranslation(['questions', 'common']);
  const navigate = useNavigate();
  const [query, update] = useListQuery();
  const [searchText, setSearchText] = useState(query.search ?? '');
  // Typing stays responsive while the previous search is still being read.
  const deferredSearch = useDeferredValue(searchText);
  const effective = { ...query, search: deferredSearch || undefined };
  const list = usePagedList(
    JSON.stringify(effective),
    (after, limit) => fetchQuestionsPage(db, effective, after, limit),
    ['questions'],
  );
  const total = useLiveQuery(() => liveQuestionCount(db), []);
  const tags = useLiveQuery(() => knownTags(db), []) ?? [];
  const categories = useVocabulary('courseCategory');

  const setFound = Boolean(effective.search || effective.tag);
  const summary = setFound
    ? list.rows.length >= SET_LIMIT
      ? t('list.capped', { count: SET_LIMIT })
      : t('list.found', { count: list.rows.length })
    : query.deleted
      ? null
      : t('list.count', { count: total ?? 0 });

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('list.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="questions-summary">
            {summary}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/questions/import')}>
            {t('import:actions.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/questions/new')}>
            {t('list.add')}
          </Button>
        </Space>
      </div>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          style={{ width: 320 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            update({ q: e.target.value });
          }}
        />
        <Select
          aria-label={t('filters.type')}
          placeholder={t('filters.type')}
          allowClear
          style={{ width: 150 }}
          value={query.type}
          onChange={(v?: string) => update({ type: v })}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
        />
        <VocabularySelect
          list="courseCategory"
          aria-label={t('filters.category')}
          placeholder={t('filters.category')}
          allowClear
          value={query.category}
          onChange={(v) => update({ category: v })}
        />
        <Select
          aria-label={t('filters.tag')}
          placeholder={t('filters.tag')}
          allowClear
          showSearch
          style={{ width: 160 }}
          value={query.tag}
          onChange={(v?: string) => update({ tag: v })}
          options={tags.map((tag) => ({ value: tag, label: tag }))}
        />
        <Select
          aria-label={t('filters.difficulty')}
          placeholder={t('filters.difficulty')}
          allowClear
          style={{ width: 130 }}
          value={query.difficulty}
          onChange={(v?: number) => update({ difficulty: v === undefined ? undefined : String(v) })}
          options={DIFFICULTIES.map((d) => ({ value: d, label: t('difficulty.label', { level: d }) }))}
        />
        <Space>
          <Switch
            id="questions-show-deleted"
            checked={query.deleted}
            onChange={(on) => update({ deleted: on ? '1' : undefined })}
          />
          <label htmlFor="questions-show-deleted">{t('filters.showDeleted')}</label>
        </Space>
      </Space>
      <QuestionsTable
        rows={list.rows}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        categoryLabel={categories.labelOf}
      />
    </div>
  );
}
