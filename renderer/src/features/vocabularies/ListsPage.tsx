import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowUpOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  VOCABULARY_LISTS,
  type VocabularyLabels,
  type VocabularyList,
} from '../../../../shared/domain/vocabulary';
import { vocabularyLabel, type MergedVocabularyEntry } from '../../../../shared/domain/vocabulary-merge';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { db } from '../../db';
import {
  addVocabularyEntry,
  moveVocabularyEntry,
  renameVocabularyEntry,
  setVocabularyEntryHidden,
} from './commands';
import { EntryDialog } from './EntryDialog';
import { useMergedVocabulary } from './use-vocabulary';
import { useVocabularyWriteContext } from './use-write-context';

type Dialog = { kind: 'add' } | { kind: 'rename'; entry: MergedVocabularyEntry } | null;

/** Settings → editable lists: the names course authoring offers, in both languages. */
export function ListsPage() {
  const { t } = useTranslation('settings');
  const { language } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const writeContext = useVocabularyWriteContext();
  const [list, setList] = useState<VocabularyList>('courseCategory');
  const [dialog, setDialog] = useState<Dialog>(null);
  const entries = useMergedVocabulary(list);
  const listName = t(`lists.names.${list}`);

  const run = async (write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const rename = async (entry: MergedVocabularyEntry, labels: VocabularyLabels) => {
    await renameVocabularyEntry(db, list, entry.key, labels, writeContext());
    void message.success(t('lists.savedRename'));
  };

  const add = async (labels: VocabularyLabels) => {
    await addVocabularyEntry(db, list, labels, writeContext());
    void message.success(t('lists.savedAdd', { label: vocabularyLabel(labels, language) }));
  };

  return (
    <div className="page">
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          style={{ paddingLeft: 0 }}
          onClick={() => void navigate('/settings')}
        >
          {t('lists.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('lists.title')}
        </Typography.Title>
      </div>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
            <Radio.Group
              aria-label={t('lists.pickList')}
              optionType="button"
              buttonStyle="solid"
              value={list}
              onChange={(e) => setList(e.target.value as VocabularyList)}
              options={VOCABULARY_LISTS.map((l) => ({ value: l, label: t(`lists.names.${l}`) }))}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
              {t('lists.add')}
            </Button>
          </Space>
          <Typography.Text type="secondary">{t('lists.hiddenNote')}</Typography.Text>
          <Table<MergedVocabularyEntry>
            aria-label={listName}
            rowKey="key"
            size="middle"
            pagination={false}
            dataSource={entries}
            onRow={(e) => (e.hidden ? { style: { color: 'rgba(0, 0, 0, 0.45)' } } : {})}
            columns={[
              {
                title: t('lists.columns.position'),
                key: 'position',
                width: 64,
                render: (_, __, index) => index + 1,
              },
              {
                title: t('lists.columns.zh'),
                key: 'zh',
                render: (_, e) => <span lang="zh-CN">{e.labels['zh-CN']}</span>,
              },
              {
                title: t('lists.columns.en'),
                key: 'en',
                render: (_, e) => <span lang="en">{e.labels.en}</span>,
              },
              {
                title: t('lists.columns.state'),
                key: 'state',
                width: 180,
                render: (_, e) => (
                  <Space size={4}>
                    <Tag>{e.shipped ? t('lists.shipped') : t('lists.added')}</Tag>
                    {e.hidden ? (
                      <Tag color="orange">{t('lists.hiddenTag')}</Tag>
                    ) : (
                      <Tag color="green">{t('lists.shown')}</Tag>
                    )}
                  </Space>
                ),
              },
              {
                title: t('lists.columns.actions'),
                key: 'actions',
                width: 280,
                render: (_, e, index) => {
                  const label = vocabularyLabel(e.labels, language);
                  return (
                    <Space size={0} wrap>
                      <Button
                        type="text"
                        icon={<ArrowUpOutlined />}
                        aria-label={`${t('lists.up')} ${label}`}
                        title={t('lists.up')}
                        disabled={index === 0}
                        onClick={() =>
                          void run(() => moveVocabularyEntry(db, list, e.key, -1, writeContext()))
                        }
                      />
                      <Button
                        type="text"
                        icon={<ArrowDownOutlined />}
                        aria-label={`${t('lists.down')} ${label}`}
                        title={t('lists.down')}
                        disabled={index === entries.length - 1}
                        onClick={() =>
                          void run(() => moveVocabularyEntry(db, list, e.key, 1, writeContext()))
                        }
                      />
                      <Button
                        type="link"
                        icon={<EditOutlined />}
                        aria-label={`${t('lists.rename')} ${label}`}
                        onClick={() => setDialog({ kind: 'rename', entry: e })}
                      >
                        {t('lists.rename')}
                      </Button>
                      <Button
                        type="link"
                        icon={e.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />}
                        aria-label={`${e.hidden ? t('lists.show') : t('lists.hide')} ${label}`}
                        onClick={() =>
                          void run(() => setVocabularyEntryHidden(db, list, e.key, !e.hidden, writeContext()))
                        }
                      >
                        {e.hidden ? t('lists.show') : t('lists.hide')}
                      </Button>
                    </Space>
                  );
                },
              },
            ]}
          />
        </Space>
      </Card>
      {dialog?.kind === 'add' && (
        <EntryDialog
          title={t('lists.addTitle', { list: listName })}
          initial={{ 'zh-CN': '', en: '' }}
          onSubmit={add}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <EntryDialog
          title={t('lists.renameTitle', { label: vocabularyLabel(dialog.entry.labels, language) })}
          initial={dialog.entry.labels}
          onSubmit={(labels) => rename(dialog.entry, labels)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
