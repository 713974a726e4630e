import { expect, screenshot, test } from './fixtures';
import { AttemptResultsPage } from './pages/attempt-results-page';
import { GradingPage } from './pages/grading-page';
import { QuestionImportPage } from './pages/question-import-page';
import { screens } from './pages/screens';
import { TestBuilderPage } from './pages/test-builder-page';
import { TestDetailPage } from './pages/test-detail-page';
import { TraineeModePage } from './pages/trainee-mode-page';
import { QUESTION_BANK, questionsXlsx } from './support/questions-xlsx';

/** The complaint process of the generated bank: each single-choice stem asks for the step after one. */
const STEPS = ['受理', '记录', '分类', '处理', '反馈', '回访', '归档'];
function stepAfter(stem: string): string {
  const step = /“(.+?)”/.exec(stem)?.[1] ?? '';
  return STEPS[(STEPS.indexOf(step) + 1) % STEPS.length]!;
}
function wrongStepFor(stem: string): string {
  const step = /“(.+?)”/.exec(stem)?.[1] ?? '';
  return STEPS[(STEPS.indexOf(step) + 3) % STEPS.length]!;
}

test('fifty questions from Excel, a random test, a trainee takes it offline, reloads mid-way and sees the score; a short answer is graded and item statistics follow', async ({
  page,
  app,
}, testInfo) => {
  // A long story on a machine that may be busy: every step waits for the screen it needs.
  test.setTimeout(360_000);
  const { shell, list, form } = screens(page);
  const importer = new QuestionImportPage(shell);
  const builder = new TestBuilderPage(shell);
  const detail = new TestDetailPage(shell);
  const trainee = new TraineeModePage(shell);
  const results = new AttemptResultsPage(shell);
  const grading = new GradingPage(shell);
  await app.open(page);

  // The trainee is in the people registry.
  await list.addEmployee();
  await form.fill({
    employeeNo: 'E2001',
    name: '王芳',
    department: '客户服务部',
    position: 'Customer-relations specialist',
    hireDate: '2022-03-01',
  });
  await form.save();
  await expect(page.getByRole('heading', { name: '王芳' })).toBeVisible();

  // 50 questions from XLSX, then a random test: 5 single-choice questions on the complaint process.
  await importer.importFile(await questionsXlsx(), QUESTION_BANK.total);
  await builder.createRandomTest({
    title: '投诉流程随堂测验',
    rule: {
      type: shell.t('questions:type.single'),
      count: 5,
      tags: [QUESTION_BANK.tag],
      minDifficulty: 2,
      maxDifficulty: 3,
      points: 20,
    },
    passMark: 60,
    timeLimitMinutes: 30,
    open: true,
  });

  // Trainee mode: the trainee finds their name by pinyin initials and reads the rules.
  await detail.startTraineeMode();
  await trainee.pickPerson('wf', '王芳');
  await expect(trainee.startButton).toBeVisible();
  await screenshot(page, 'trainee-rules-en', testInfo);
  await trainee.startButton.click();
  await expect(trainee.questions).toHaveCount(5);
  await expect(trainee.timer).toHaveText(/^(30:00|29:\d\d)$/);
  for (const n of [1, 2, 3]) await trainee.choose(n, stepAfter(await trainee.stem(n)));
  await trainee.waitUntilSaved();
  await expect(trainee.answeredCount).toHaveText(
    shell.t('trainee:taking.answeredOf', { answered: '3', total: '5' }),
  );
  await screenshot(page, 'trainee-taking-en', testInfo);

  // A crash or reload mid-test: the same attempt comes back with its answers and clock.
  await page.reload();
  await expect(trainee.questions).toHaveCount(5);
  for (const n of [1, 2, 3]) await expect(trainee.navigatorCell(n, true)).toBeVisible();
  await expect(trainee.navigatorCell(4, false)).toBeVisible();
  await expect(
    trainee.question(1).getByRole('radio', { name: new RegExp(stepAfter(await trainee.stem(1))) }),
  ).toBeChecked();
  await trainee.switchLanguage('zh-CN');
  await screenshot(page, 'trainee-taking-zh-CN', testInfo);
  await trainee.choose(4, stepAfter(await trainee.stem(4)));
  await trainee.choose(5, wrongStepFor(await trainee.stem(5)));
  await trainee.submit();

  // Four of five right at 20 points each.
  await expect(trainee.score).toHaveText(shell.t('trainee:result.score', { score: '80', total: '100' }));
  await expect(trainee.verdict).toHaveText(
    `王芳 · ${shell.t('trainee:result.passed')} · ${shell.t('trainee:result.passMark', { passMark: '60' })}`,
  );
  await screenshot(page, 'trainee-result-zh-CN', testInfo);
  await trainee.switchLanguage('en');
  await screenshot(page, 'trainee-result-en', testInfo);
  await trainee.nextTrainee.click();
  await expect(trainee.searchBox).toBeVisible();
  await trainee.exit();

  // A second test with a short answer, taken from the results page's way into trainee mode.
  await builder.createRandomTest({
    title: '情绪安抚简答',
    rule: {
      type: shell.t('questions:type.shortAnswer'),
      count: 1,
      minDifficulty: 4,
      maxDifficulty: 4,
      points: 10,
    },
    passMark: 6,
    open: true,
  });
  await results.openHome();
  await results.openResultsOf('情绪安抚简答');
  await results.startTraineeMode();
  await trainee.pickPerson('E2001', '王芳');
  await trainee.startButton.click();
  await trainee.question(1).getByRole('textbox').fill('先向客户致歉，耐心倾听并复述诉求，再给出解决方案');
  await trainee.submit();
  await expect(page.getByText(shell.t('trainee:result.waiting', { count: '1' }))).toBeVisible();
  await screenshot(page, 'trainee-result-waiting-en', testInfo);
  await trainee.nextTrainee.click();
  await trainee.exit();

  // The grading queue 阅卷: points out of range are refused, then the attempt is re-scored.
  await results.openHome();
  await expect(results.queueRows).toHaveCount(1);
  await screenshot(page, 'grading-queue-en', testInfo);
  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'grading-queue-zh-CN', testInfo);
  await shell.switchLanguage('en');
  await grading.openFromQueue('王芳');
  await grading.grade(grading.pointsField(1, 10), '11');
  await expect(page.getByText(shell.t('trainee:errors.gradeOutOfRange', { max: '10' }))).toBeVisible();
  await grading.grade(grading.pointsField(1, 10), '7');
  await expect(grading.score).toHaveText('7 / 10');
  await screenshot(page, 'attempt-detail-en', testInfo);
  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'attempt-detail-zh-CN', testInfo);
  await shell.switchLanguage('en');
  await results.openHome();
  await expect(results.queueRows).toHaveCount(0);

  // Results of the first test, and its item statistics.
  await results.openResultsOf('投诉流程随堂测验');
  await expect(results.resultRows).toHaveCount(1);
  await expect(results.resultRows.first()).toContainText('80 / 100');
  await screenshot(page, 'test-results-en', testInfo);
  await results.openItemStatistics();
  await expect(results.statsRows).toHaveCount(5);
  await expect(results.statsRows.filter({ hasText: '100%' })).toHaveCount(4);
  await screenshot(page, 'item-stats-en', testInfo);
  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'item-stats-zh-CN', testInfo);
  await page.getByRole('link', { name: shell.t('trainee:stats.backToResults') }).click();
  await expect(results.resultRows).toHaveCount(1);
  await screenshot(page, 'test-results-zh-CN', testInfo);
});
