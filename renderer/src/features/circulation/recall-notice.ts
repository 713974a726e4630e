import type { LendingConfig, Loan } from '../../../../shared/domain/lending';
import { noticeTemplate, renderNotice, type NoticeLanguage } from '../../../../shared/domain/notice-template';

/**
 * The text of a loan's recall notice, from the office's recall template (or the shipped one) in the
 * user's language: what the Notice row keeps as sent, and what the letter prints.
 */
export function recallNoticeBody(
  config: Pick<LendingConfig, 'templates'>,
  language: NoticeLanguage,
  loan: Pick<Loan, 'borrowerName' | 'department' | 'title' | 'barcode' | 'dueDate'> & {
    editionNumber: number;
  },
  today: string,
): string {
  return renderNotice(
    noticeTemplate(config.templates, 'recall', language),
    { borrower: loan.borrowerName, department: loan.department, manager: '', today },
    [
      {
        title: loan.title,
        barcode: loan.barcode,
        edition: loan.editionNumber,
        dueDate: loan.dueDate,
        daysOverdue: 0,
      },
    ],
    language,
  );
}

export function noticeLanguage(language: string): NoticeLanguage {
  return language.startsWith('zh') ? 'zh-CN' : 'en';
}
