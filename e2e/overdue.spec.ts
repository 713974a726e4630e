import { expect as baseExpect, screenshot, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { LendingRulesPage } from './pages/lending-rules-page';
import { noPrintDialogs, OverduePage, seedLending, storedRows } from './pages/overdue-page';
import { PrintPage, pdfText } from './pages/print-page';
import type { Copy, LendingConfig, Loan, Notice } from '../shared/domain/lending';
import { formatNoticeDate } from '../shared/domain/notice-template';
import { withIndexFields } from '../shared/domain/person-index';

// Each screen loads its code when first opened; on a busy machine that can take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

/** The desk computer's calendar day, `days` from today (due dates are local calendar days). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const meta = { createdAt: 1, updatedAt: 1, updatedBy: 'seed' };

const person = (id: string, name: string, employeeNo: string, department: string) =>
  withIndexFields({
    ...meta,
    id,
    kind: 'employee',
    employeeNo,
    name,
    department,
    position: 'crSpecialist',
    status: 'active',
  });

const copy = (id: string, barcode: string, title: string, editionNumber: number): Copy => ({
  ...meta,
  id,
  barcode,
  materialId: `m-${id}`,
  editionId: `e-${id}`,
  editionNumber,
  title,
  materialType: 'textbook',
  location: 'A-01-1',
  acquiredOn: '2025-09-01',
  replacementCost: 4_500,
  currency: 'CNY',
  condition: 'good',
  status: 'onLoan',
  loanId: `L-${id}`,
  notes: '',
  del: 0,
});

const loan = (item: Copy, borrower: ReturnType<typeof person>, dueDate: string): Loan => ({
  ...meta,
  id: item.loanId!,
  copyId: item.id,
  barcode: item.barcode,
  materialId: item.materialId,
  editionId: item.editionId,
  title: item.title,
  borrowerId: borrower.id,
  borrowerName: borrower.name,
  department: borrower.department!,
  outAt: Date.now() - 40 * 86_400_000,
  dueDate,
  renewals: 0,
  open: 1,
});

const zhang = person('p-zhang', '张伟', 'E1001', '客户服务部');
const li = person('p-li', '李娜', 'E1002', '投诉处理部');
const wang = person('p-wang', '王芳', 'E1003', '客户服务部');
const zhao = person('p-zhao', '赵磊', 'E1004', '客户服务部');
const handbook = copy('c1', 'TD000101', '投诉处理实务', 2);
const cases = copy('c2', 'TD000102', '客户沟通案例集', 1);
const etiquette = copy('c3', 'TD000103', '服务礼仪手册', 1);
const product = copy('c4', 'TD000104', '产品知识手册', 3);

test('the office sets a loan rule, a holiday and the reminder stages in the lending rules', async ({
  page,
  app,
}, testInfo) => {
  // Five tabs in two languages on a machine that may be busy.
  test.setTimeout(360_000);
  const shell = new AppShell(page);
  const rules = new LendingRulesPage(shell);
  await app.open(page);
  await rules.open();
  await expect(
    page.getByText(shell.t('overdue:rules.noDefault', { loanDays: '30', maxRenewals: '2', maxItems: '5' })),
  ).toBeVisible();

  // The default row: the dialog starts with Any × Any, 30 days, 2 renewals, 5 items.
  await rules.openAddRule();
  await rules.saveDialog();
  await expect(rules.ruleRows).toHaveCount(1);
  await expect(
    page.getByText(shell.t('overdue:rules.noDefault', { loanDays: '30', maxRenewals: '2', maxItems: '5' })),
  ).toHaveCount(0);

  await rules.openAddRule();
  await rules.fillRule({
    materialType: shell.t('materials:type.textbook'),
    position: shell.t('people:position.crSpecialist'),
    loanDays: '0',
    maxRenewals: '1',
    maxItems: '3',
  });
  await rules.saveDialog();
  await expect(rules.dialog).toContainText(shell.t('overdue:rules.validation.range'));
  await rules.fillRule({ loanDays: '21' });
  await rules.saveDialog();
  await expect(rules.dialog).toHaveCount(0);
  const textbook = rules.rule(shell.t('materials:type.textbook'));
  await expect(textbook).toContainText(shell.t('people:position.crSpecialist'));
  await expect(textbook).toContainText(shell.t('overdue:rules.days_other', { count: '21' }));

  // One row per type and position: a second one is refused and nothing changes.
  await rules.openAddRule();
  await rules.fillRule({
    materialType: shell.t('materials:type.textbook'),
    position: shell.t('people:position.crSpecialist'),
    loanDays: '14',
  });
  await rules.saveDialog();
  await expect(rules.dialog).toContainText(shell.t('overdue:rules.duplicate'));
  await rules.cancelDialog();
  await expect(rules.ruleRows).toHaveCount(2);
  await screenshot(page, 'lending-rules-en', testInfo);

  // A holiday of three days, ahead of today.
  await rules.tab('calendar');
  await rules.addClosedDays(day(40), day(42), '公司年会');
  await expect(rules.closedDayRows).toHaveCount(3);
  await expect(rules.closedDayRows.first()).toContainText(day(40));
  await expect(rules.closedDayRows.first()).toContainText('公司年会');
  const closed = await storedRows<{ date: string; note: string }>(page, 'closedDays');
  expect(closed.map((d) => d.date)).toEqual([day(40), day(41), day(42)]);
  await screenshot(page, 'lending-rules-calendar-en', testInfo);

  // Reminder stages must increase: a bad set is refused and nothing is stored.
  await rules.tab('reminders');
  await rules.setReminderDays('3', '3', '20');
  await expect(page.getByText(shell.t('overdue:settings.validation.stagesIncrease'))).toBeVisible();
  expect(await storedRows<LendingConfig>(page, 'lendingConfig')).toEqual([]);
  await rules.setReminderDays('3', '10', '20');
  await expect(page.locator('.ant-message')).toContainText(shell.t('overdue:settings.saved'));
  const [config] = await storedRows<LendingConfig>(page, 'lendingConfig');
  expect(config!.reminderDays).toEqual({ first: 3, second: 10, final: 20 });

  await rules.tab('templates');
  await expect(rules.templatePreview).toContainText(shell.t('overdue:templates.sample.title1'));
  await rules.templateText.fill('Dear {borrower}, please return:\n- {title} ({dueDate}) {oops}');
  await expect(rules.templatePreview).toContainText('- Complaint Handling in Practice');
  await expect(rules.templatePreview).toContainText('{oops}');
  await screenshot(page, 'lending-rules-templates-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await rules.tab('matrix');
  await expect(rules.rule('教材')).toContainText('21 天');
  await screenshot(page, 'lending-rules-zh-CN', testInfo);
  await rules.tab('calendar');
  await expect(rules.closedDayRows.first()).toContainText('公司年会');
  await screenshot(page, 'lending-rules-calendar-zh-CN', testInfo);
  await rules.tab('reminders');
  await screenshot(page, 'lending-rules-reminders-zh-CN', testInfo);
  await rules.tab('templates');
  await expect(rules.templatePreview).toContainText('投诉处理实务');
  await screenshot(page, 'lending-rules-templates-zh-CN', testInfo);
});

test('overdue loans get each reminder once, printed as letters, and the overview counts them', async ({
  page,
  app,
}, testInfo) => {
  // A long story (rules, overview, list, letters, log, two languages) on a machine that may be busy.
  test.setTimeout(360_000);
  const shell = new AppShell(page);
  const overdue = new OverduePage(shell);
  const rules = new LendingRulesPage(shell);
  await noPrintDialogs(page);
  await app.open(page);
  await seedLending(page, {
    people: [zhang, li, wang, zhao],
    copies: [handbook, cases, etiquette, product],
    loans: [
      loan(handbook, zhang, day(-20)),
      loan(cases, li, day(-10)),
      loan(etiquette, wang, day(-3)),
      loan(product, zhang, day(3)),
    ],
    counters: [
      { key: 'lending.openLoans', value: 4 },
      { key: 'lending.holdsWaiting', value: 2 },
      { key: 'lending.holdsReady', value: 1 },
    ],
  });

  // The final notice goes to the department's manager: name him first.
  await rules.open();
  await rules.tab('managers');
  await rules.setManager('客户服务部', 'zhaol', '赵磊');
  await expect(page.locator('.ant-message')).toContainText(
    shell.t('overdue:managers.saved', { department: '客户服务部' }),
  );

  await overdue.openOverview();
  await expect(overdue.figure('onLoan')).toContainText('4');
  await expect(overdue.figure('overdue')).toContainText('3');
  await expect(overdue.figure('dueSoon')).toContainText('1');
  await expect(overdue.figure('holdsWaiting')).toContainText('2');
  await expect(overdue.figure('holdsWaiting')).toContainText(
    shell.t('overdue:overview.holdsReady', { count: '1' }),
  );
  await screenshot(page, 'lending-overview-en', testInfo);

  // The overdue figure leads to the list, most days overdue first.
  await overdue.figure('overdue').click();
  await expect(overdue.summary).toHaveText(shell.t('overdue:list.summary_other', { count: '3' }));
  await expect(overdue.rows).toHaveCount(3);
  await expect(overdue.rows.nth(0)).toContainText('投诉处理实务');
  await expect(overdue.rows.nth(0)).toContainText(shell.t('overdue:list.days_other', { count: '20' }));
  await expect(overdue.rows.nth(1)).toContainText('客户沟通案例集');
  await expect(overdue.rows.nth(2)).toContainText('服务礼仪手册');
  await expect(overdue.rows.nth(0)).toContainText(shell.t('lending:noticeStage.final'));
  await expect(overdue.rows.nth(0).getByRole('link', { name: '张伟' })).toHaveAttribute(
    'href',
    '#/lending/borrowers/p-zhang',
  );

  await overdue.filterDepartment('客户服务部');
  await expect(overdue.rows).toHaveCount(2);
  await expect(overdue.rows.filter({ hasText: '李娜' })).toHaveCount(0);
  // The navigation opens the list afresh, without the filter.
  await overdue.open();
  await expect(overdue.rows).toHaveCount(3);

  // Every loan due a notice: one final, one second, one first reminder.
  await overdue.selectAllDue();
  await expect(overdue.selectedCount).toHaveText(shell.t('overdue:list.selected', { count: '3' }));
  await overdue.openGenerate();
  await expect(overdue.review).toContainText(
    shell.t('overdue:generate.summary', { letters: '3', count: '3' }),
  );
  await overdue.dialog.getByLabel('简体中文').check();
  await screenshot(page, 'overdue-generate-en', testInfo);
  const printed = new PrintPage(await overdue.generateLetters(3));
  await printed.waitUntilReady();
  await expect(printed.page.getByTestId('notice-letter')).toHaveCount(3);
  await screenshot(printed.page, 'overdue-letter-zh-CN', testInfo);
  const text = await pdfText(await printed.pdf(), testInfo.outputPath('reminders.pdf'));
  for (const expected of [
    '逾期归还提醒',
    '逾期资料最后通知',
    '张伟',
    '赵磊：',
    '抄送：张伟',
    '投诉处理实务',
    '王芳',
    '服务礼仪手册',
    formatNoticeDate(day(-20), 'zh-CN'),
    formatNoticeDate(day(-3), 'zh-CN'),
  ]) {
    expect(text, expected).toContain(expected);
  }
  await printed.page.close();
  await expect(overdue.dialog.getByTestId('generate-done')).toContainText(
    shell.t('overdue:generate.done_other', { count: '3' }),
  );
  await overdue.closeDialog();

  // The record shows on each loan; generating again sends nothing twice.
  await expect(overdue.row('服务礼仪手册').getByTestId('last-notice')).toContainText(
    shell.t('lending:noticeStage.first'),
  );
  await overdue.selectShown();
  await overdue.openGenerate();
  await expect(overdue.review).toContainText(shell.t('overdue:generate.nothingDue'));
  await expect(overdue.review.getByTestId('generate-skipped')).toContainText(
    shell.t('overdue:generate.skipped.done'),
  );
  await expect(overdue.review.getByTestId('generate-skipped')).toContainText(
    shell.t('overdue:generate.skipped.notDue'),
  );
  await expect(overdue.confirmButton(0)).toBeDisabled();
  await overdue.cancelDialog();
  const notices = await storedRows<Notice>(page, 'notices');
  expect(notices.map((n) => [n.loanId, n.stage, n.channel]).sort()).toEqual([
    ['L-c1', 'final', 'letter'],
    ['L-c2', 'second', 'letter'],
    ['L-c3', 'first', 'letter'],
  ]);
  await screenshot(page, 'overdue-list-en', testInfo);

  await overdue.openLog();
  await expect(overdue.logRows).toHaveCount(3);
  await screenshot(page, 'overdue-notices-log-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await expect(overdue.logRows.first()).toContainText('信件');
  await screenshot(page, 'overdue-notices-log-zh-CN', testInfo);
  await overdue.open();
  await expect(overdue.summary).toHaveText('共 3 笔逾期');
  await expect(overdue.rows.nth(0)).toContainText('20 天');
  await screenshot(page, 'overdue-list-zh-CN', testInfo);
  await overdue.openOverview();
  await expect(overdue.figure('overdue')).toContainText('3');
  await screenshot(page, 'lending-overview-zh-CN', testInfo);
});
