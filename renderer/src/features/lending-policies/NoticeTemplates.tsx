import { Alert, App, Button, Card, Input, Segmented, Space, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_STAGES, type LendingConfig, type NoticeStage } from '../../../../shared/domain/lending';
import {
  DEFAULT_NOTICE_TEMPLATES,
  NOTICE_PLACEHOLDERS,
  noticeTemplate,
  renderNotice,
  type NoticeLanguage,
} from '../../../../shared/domain/notice-template';
import { addDays } from '../../../../shared/domain/lending-calendar-input';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { resetNoticeTemplate, saveNoticeTemplate } from './commands';

const LANGUAGES: NoticeLanguage[] = ['zh-CN', 'en'];

/** Notice templates per stage and language, with placeholders to insert and a live preview. */
export function NoticeTemplates({ config }: { config: LendingConfig }) {
  const { t, i18n } = useTranslation(['overdue', 'lending', 'common']);
  const { message } = App.useApp();
  const [stage, setStage] = useState<NoticeStage>('first');
  const [language, setLanguage] = useState<NoticeLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const stored = noticeTemplate(config.templates, stage, language);
  // The text being edited belongs to one stage, language and stored text; anything else shows what is stored.
  const [draft, setDraft] = useState<{ of: string; text: string } | null>(null);
  const draftOf = `${stage}|${language}|${stored}`;
  const text = draft?.of === draftOf ? draft.text : stored;
  const setText = (next: string) => setDraft({ of: draftOf, text: next });
  const [error, setError] = useState<string | null>(null);
  const area = useRef<TextAreaRef>(null);

  const custom = stored !== DEFAULT_NOTICE_TEMPLATES[stage][language];
  const sampleT = i18n.getFixedT(language, 'overdue');
  const today = localDate(new Date());
  const preview = renderNotice(
    text,
    {
      borrower: sampleT('templates.sample.borrower'),
      department: sampleT('templates.sample.department'),
      manager: sampleT('templates.sample.manager'),
      today,
    },
    [
      {
        title: sampleT('templates.sample.title1'),
        barcode: 'TD000123',
        edition: 2,
        dueDate: addDays(today, -20),
        daysOverdue: 20,
      },
      {
        title: sampleT('templates.sample.title2'),
        barcode: 'TD000456',
        edition: 1,
        dueDate: addDays(today, -9),
        daysOverdue: 9,
      },
    ],
    language,
  );

  const insert = (name: string) => {
    const el = area.current?.resizableTextArea?.textArea;
    const token = `{${name}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const save = async () => {
    setError(null);
    try {
      await saveNoticeTemplate(db, { stage, language, text });
      void message.success(t('templates.saved'));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const reset = async () => {
    await resetNoticeTemplate(db, stage, language);
    setDraft(null);
    setError(null);
    void message.success(t('templates.resetDone'));
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('templates.intro')}
      </Typography.Paragraph>
      <Space wrap size={24}>
        <Space>
          <Typography.Text>{t('templates.stage')}</Typography.Text>
          <Segmented<NoticeStage>
            aria-label={t('templates.stage')}
            value={stage}
            onChange={(v) => {
              setStage(v);
              setError(null);
            }}
            options={NOTICE_STAGES.map((s) => ({ value: s, label: t(`lending:noticeStage.${s}`) }))}
          />
        </Space>
        <Space>
          <Typography.Text>{t('templates.language')}</Typography.Text>
          <Segmented<NoticeLanguage>
            aria-label={t('templates.language')}
            value={language}
            onChange={(v) => {
              setLanguage(v);
              setError(null);
            }}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
          />
        </Space>
        <Tag color={custom ? 'gold' : 'default'}>
          {custom ? t('templates.custom') : t('templates.shipped')}
        </Tag>
      </Space>
      <div className="templates-columns">
        <Card title={t('templates.text')} size="small">
          <div className="template-placeholders" aria-label={t('templates.placeholders')} role="group">
            {NOTICE_PLACEHOLDERS.map((name) => (
              <Button key={name} size="small" onClick={() => insert(name)}>{`{${name}}`}</Button>
            ))}
          </div>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Input.TextArea
            ref={area}
            aria-label={t('templates.text')}
            className="template-text"
            autoSize={{ minRows: 14, maxRows: 24 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => void save()}>
              {t('templates.save')}
            </Button>
            <Button onClick={() => void reset()} disabled={!custom && text === stored}>
              {t('templates.reset')}
            </Button>
          </Space>
        </Card>
        <Card title={t('templates.preview')} size="small">
          <div className="notice-preview" data-testid="template-preview">
            {preview}
          </div>
        </Card>
      </div>
    </Space>
  );
}
