import type { LendingConfig, NoticeStage } from './lending';

/**
 * Reminder 催还 and recall 召回 notices are written from templates the office can edit, one per stage
 * and language. A template is plain text with placeholders in braces. A line that names a loan's
 * fields ({title}, {barcode}, {edition}, {dueDate}, {daysOverdue}) is repeated once per loan, so one
 * letter lists every overdue item of a borrower; the other placeholders are filled once per letter.
 * A placeholder the app does not know stays in the text as typed, so a typo shows in the preview
 * instead of silently vanishing.
 */

export type NoticeLanguage = 'zh-CN' | 'en';

export const LETTER_PLACEHOLDERS = ['borrower', 'department', 'manager', 'today'] as const;
export const LOAN_PLACEHOLDERS = ['title', 'barcode', 'edition', 'dueDate', 'daysOverdue'] as const;
export const NOTICE_PLACEHOLDERS = [...LETTER_PLACEHOLDERS, ...LOAN_PLACEHOLDERS] as const;

export interface NoticeLetterValues {
  borrower: string;
  department: string;
  /** The department manager's name (the addressee of a final notice). */
  manager: string;
  /** `YYYY-MM-DD`; written out in the letter's language. */
  today: string;
}

export interface NoticeLoanLine {
  title: string;
  barcode: string;
  edition: number;
  /** `YYYY-MM-DD`; written out in the letter's language. */
  dueDate: string;
  daysOverdue: number;
}

const ZH_LINE = '· 《{title}》第{edition}版　条码 {barcode}　应还日期 {dueDate}　已逾期 {daysOverdue} 天';
const EN_LINE = '- {title}, edition {edition}, barcode {barcode}: due {dueDate}, {daysOverdue} days overdue';

/** What the app ships with; the rules screen may replace any of them. */
export const DEFAULT_NOTICE_TEMPLATES: Record<NoticeStage, Record<NoticeLanguage, string>> = {
  first: {
    'zh-CN': [
      '逾期归还提醒',
      '',
      '{borrower}（{department}）：',
      '',
      '您好！您借阅的下列培训资料已超过应还日期，请尽快归还至培训部资料室：',
      '',
      ZH_LINE,
      '',
      '如已归还，请忽略本提醒。谢谢配合！',
      '',
      '培训部资料室',
      '{today}',
    ].join('\n'),
    en: [
      'Overdue reminder',
      '',
      'Dear {borrower} ({department}),',
      '',
      'The training materials below are past their due date. Please return them to the training office soon:',
      '',
      EN_LINE,
      '',
      'If you have already returned them, please ignore this reminder. Thank you.',
      '',
      'Training office',
      '{today}',
    ].join('\n'),
  },
  second: {
    'zh-CN': [
      '逾期归还第二次提醒',
      '',
      '{borrower}（{department}）：',
      '',
      '您借阅的下列培训资料仍未归还，此前我们已提醒过一次。请于三个工作日内归还至培训部资料室；如资料已丢失或损坏，请与资料室联系办理赔偿。',
      '',
      ZH_LINE,
      '',
      '培训部资料室',
      '{today}',
    ].join('\n'),
    en: [
      'Second overdue reminder',
      '',
      'Dear {borrower} ({department}),',
      '',
      'We reminded you once about the training materials below and they are still not back. Please return them within three working days; if they are lost or damaged, contact the training office about a replacement charge.',
      '',
      EN_LINE,
      '',
      'Training office',
      '{today}',
    ].join('\n'),
  },
  final: {
    'zh-CN': [
      '逾期资料最后通知',
      '',
      '{manager}：',
      '',
      '贵部门员工 {borrower}（{department}）借阅的下列培训资料已严重逾期，经两次催还仍未归还。请督促其尽快归还；如资料已丢失或损坏，将按借阅制度赔偿。',
      '',
      ZH_LINE,
      '',
      '抄送：{borrower}',
      '',
      '培训部资料室',
      '{today}',
    ].join('\n'),
    en: [
      'Final notice: overdue training materials',
      '',
      'Dear {manager},',
      '',
      '{borrower} of your department ({department}) has not returned the training materials below despite two reminders. Please make sure they are returned; lost or damaged materials are charged under the lending rules.',
      '',
      EN_LINE,
      '',
      'Cc: {borrower}',
      '',
      'Training office',
      '{today}',
    ].join('\n'),
  },
  recall: {
    'zh-CN': [
      '资料召回通知',
      '',
      '{borrower}（{department}）：',
      '',
      '您借阅的下列培训资料已发布新版，旧版将停止使用。请尽快归还至培训部资料室，可当场换借新版。',
      '',
      '· 《{title}》第{edition}版　条码 {barcode}　应还日期 {dueDate}',
      '',
      '培训部资料室',
      '{today}',
    ].join('\n'),
    en: [
      'Recall notice',
      '',
      'Dear {borrower} ({department}),',
      '',
      'A new edition of the training materials below has been published and the old one is withdrawn. Please return your copy to the training office, where you can exchange it for the new edition.',
      '',
      '- {title}, edition {edition}, barcode {barcode}: due {dueDate}',
      '',
      'Training office',
      '{today}',
    ].join('\n'),
  },
};

/** The office's template for a stage and language, or the shipped one. */
export function noticeTemplate(
  templates: LendingConfig['templates'],
  stage: NoticeStage,
  language: NoticeLanguage,
): string {
  return templates[stage]?.[language] || DEFAULT_NOTICE_TEMPLATES[stage][language];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as a letter writes it: 2026年11月3日, or 3 November 2026. */
export function formatNoticeDate(date: string, language: NoticeLanguage): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return language === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const LOAN_LINE = new RegExp(`\\{(${LOAN_PLACEHOLDERS.join('|')})\\}`);

function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The letter's text: letter placeholders filled once, each loan line repeated for every loan. */
export function renderNotice(
  template: string,
  letter: NoticeLetterValues,
  loans: readonly NoticeLoanLine[],
  language: NoticeLanguage,
): string {
  const letterValues: Record<string, string> = {
    borrower: letter.borrower,
    department: letter.department,
    manager: letter.manager,
    today: formatNoticeDate(letter.today, language),
  };
  return template
    .split('\n')
    .flatMap((line) =>
      LOAN_LINE.test(line)
        ? loans.map((loan) =>
            fill(line, {
              ...letterValues,
              title: loan.title,
              barcode: loan.barcode,
              edition: String(loan.edition),
              dueDate: formatNoticeDate(loan.dueDate, language),
              daysOverdue: String(loan.daysOverdue),
            }),
          )
        : [fill(line, letterValues)],
    )
    .join('\n');
}
