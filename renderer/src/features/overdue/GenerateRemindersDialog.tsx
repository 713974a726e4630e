import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../../shared/domain/lending';
import type { NoticeLanguage } from '../../../../shared/domain/notice-template';
import { REMINDER_STAGES } from '../../../../shared/domain/reminder-stages';
import { errorMessage } from '../../app/error-message';
import { db } from '../../db';
import { useWriteContext } from '../shared-ui';
import {
  generateReminders,
  planReminders,
  type PlannedLetter,
  type ReminderBatch,
  type ReminderOptions,
  type ReminderPlan,
} from './commands';
import { withToday } from './context';
import { STAGE_COLOURS } from './labels';
import { batchRoute, printLetters } from './print-letters';

interface Props {
  loanIds: string[];
  today: string;
  /** `sent` when notices were recorded. */
  onClose(sent: boolean): void;
}

/**
 * Reviews what a reminder run will send (the next due stage per loan, letters per borrower, what is
 * skipped and why), then records the notices in one go and prints the letters or shows the text.
 */
export function GenerateRemindersDialog({ loanIds, today, onClose }: Props) {
  const { t, i18n } = useTranslation(['overdue', 'lending', 'common']);
  const { message } = App.useApp();
  const writeContext = useWriteContext(withToday);
  const [language, setLanguage] = useState<NoticeLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [channel, setChannel] = useState<Notice['channel']>('letter');
  const [planned, setPlanned] = useState<{ language: NoticeLanguage; plan: ReminderPlan } | null>(null);
  const plan = planned?.language === language ? planned.plan : null;
  const [batch, setBatch] = useState<ReminderBatch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const options = (lang: NoticeLanguage, how: Notice['channel']): ReminderOptions => ({
    language: lang,
    channel: how,
    noManager: (department) => i18n.getFixedT(lang, 'overdue')('generate.noManager', { department }),
  });

  useEffect(() => {
    let cancelled = false;
    planReminders(db, writeContext(), loanIds, options(language, 'letter'))
      .then((p) => !cancelled && setPlanned({ language, plan: p }))
      .catch((e: unknown) => !cancelled && setError(errorMessage(t, e)));
    return () => {
      cancelled = true;
    };
    // The plan depends on the loans and the letter language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loanIds, language]);

  const print = async (sentAt: number) => {
    try {
      const result = await printLetters(
        batchRoute(sentAt),
        t('letters.title'),
        `${t('letters.title')}-${today}.pdf`,
      );
      if (result === 'opened') void message.info(t('generate.printOpened'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('generate.copied'));
    } catch {
      void message.warning(t('generate.copyFailed'));
    }
  };

  const generate = async () => {
    setError(null);
    setWorking(true);
    try {
      const done = await generateReminders(db, writeContext(), loanIds, options(language, channel));
      setBatch(done);
      if (channel === 'letter') await print(done.sentAt);
      else await copy(done.letters.map((l) => l.text).join('\n\n——————\n\n'));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setWorking(false);
    }
  };

  const noticeCount = (p: ReminderPlan) => p.letters.reduce((sum, l) => sum + l.loans.length, 0);

  const footer = batch
    ? [
        batch.notices[0]?.channel === 'letter' && (
          <Button key="print" icon={<PrinterOutlined />} onClick={() => void print(batch.sentAt)}>
            {t('generate.print')}
          </Button>
        ),
        batch.notices[0]?.channel === 'text' && (
          <Button
            key="copy"
            icon={<CopyOutlined />}
            onClick={() => void copy(batch.letters.map((l) => l.text).join('\n\n——————\n\n'))}
          >
            {t('generate.copyAll')}
          </Button>
        ),
        <Button key="close" type="primary" onClick={() => onClose(true)}>
          {t('generate.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={() => onClose(false)}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={working}
          disabled={!plan || noticeCount(plan) === 0}
          onClick={() => void generate()}
        >
          {t('generate.confirm', { count: plan ? noticeCount(plan) : 0 })}
        </Button>,
      ];

  return (
    <Modal
      open
      title={t('generate.title')}
      width={760}
      onCancel={() => onClose(batch !== null)}
      footer={footer}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {batch ? (
        <Done batch={batch} onCopy={(text) => void copy(text)} />
      ) : !plan ? (
        <Spin description={t('generate.checking')} />
      ) : (
        <Review plan={plan} />
      )}
      {!batch && plan && noticeCount(plan) > 0 && (
        <Form layout="horizontal" component="div" className="generate-options">
          <Form.Item label={t('generate.language')}>
            <Radio.Group
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
              options={(['zh-CN', 'en'] as const).map((l) => ({
                value: l,
                label: t(`common:language.${l}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('generate.channel')}>
            <Radio.Group
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
              options={(['letter', 'text'] as const).map((c) => ({
                value: c,
                label: t(`generate.channels.${c}`),
              }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function Review({ plan }: { plan: ReminderPlan }) {
  const { t } = useTranslation(['overdue', 'lending']);
  const loans = plan.letters.reduce((sum, l) => sum + l.loans.length, 0);
  const missing = plan.letters.filter((l) => l.managerMissing);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="generate-review">
      {loans === 0 ? (
        <Alert type="info" showIcon title={t('generate.nothingDue')} />
      ) : (
        <>
          <Typography.Text strong>
            {t('generate.summary', { letters: plan.letters.length, count: loans })}
          </Typography.Text>
          <Space wrap>
            {REMINDER_STAGES.map((stage) => {
              const count = plan.letters
                .filter((l) => l.stage === stage)
                .reduce((s, l) => s + l.loans.length, 0);
              return count > 0 ? (
                <Tag key={stage} color={STAGE_COLOURS[stage]}>
                  {t('generate.stageCount', { stage: t(`lending:noticeStage.${stage}`), count })}
                </Tag>
              ) : null;
            })}
          </Space>
        </>
      )}
      {missing.map((l) => (
        <Alert
          key={`${l.borrower.id}-${l.stage}`}
          type="warning"
          showIcon
          title={t('generate.managerMissing', { department: l.department, borrower: l.borrower.name })}
        />
      ))}
      {plan.skipped.length > 0 && (
        <Card size="small" title={t('generate.skippedTitle', { count: plan.skipped.length })}>
          <List
            size="small"
            data-testid="generate-skipped"
            dataSource={plan.skipped}
            renderItem={(s) => (
              <List.Item>
                {t('generate.skippedLine', {
                  borrower: s.loan?.borrowerName ?? '',
                  title: s.loan?.title ?? s.loanId,
                  reason: t(`generate.skipped.${s.reason}`),
                })}
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}

function Done({ batch, onCopy }: { batch: ReminderBatch; onCopy(text: string): void }) {
  const { t } = useTranslation(['overdue', 'lending']);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon
        title={t('generate.done', { count: batch.notices.length })}
        data-testid="generate-done"
      />
      {batch.letters.map((letter) => (
        <LetterCard key={`${letter.borrower.id}-${letter.stage}`} letter={letter} onCopy={onCopy} />
      ))}
    </Space>
  );
}

function LetterCard({ letter, onCopy }: { letter: PlannedLetter; onCopy(text: string): void }) {
  const { t } = useTranslation(['overdue', 'lending']);
  return (
    <Card
      size="small"
      data-testid="generated-letter"
      title={
        <Space wrap>
          <Tag color={STAGE_COLOURS[letter.stage]}>{t(`lending:noticeStage.${letter.stage}`)}</Tag>
          <span>{t('generate.to', { name: letter.to.name })}</span>
          {letter.cc.map((c) => (
            <Typography.Text key={c.id} type="secondary">
              {t('generate.cc', { name: c.name })}
            </Typography.Text>
          ))}
        </Space>
      }
      extra={
        <Button size="small" icon={<CopyOutlined />} onClick={() => onCopy(letter.text)}>
          {t('generate.copyLetter')}
        </Button>
      }
    >
      <Input.TextArea readOnly value={letter.text} autoSize={{ minRows: 4, maxRows: 12 }} />
    </Card>
  );
}
