import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import type { Lang } from './pages/locale';
import { QuestionBankPage } from './pages/question-bank-page';
import { QuestionDetailPage } from './pages/question-detail-page';
import { QuestionFormPage } from './pages/question-form-page';
import { QuestionImportPage } from './pages/question-import-page';
import { screens } from './pages/screens';
import { TestBuilderPage } from './pages/test-builder-page';
import { TestDetailPage } from './pages/test-detail-page';
import { QUESTION_BANK, questionsXlsx } from './support/questions-xlsx';

/** What trainee mode does when an attempt starts on a question: it records the version it used. */
async function markUsed(page: Page, stem: string) {
  await page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('traindesk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const store = db.transaction('questions', 'readwrite').objectStore('questions');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve();
        const q = c.value as { stem: string; version: number; usedVersion: number };
        if (q.stem === wanted) c.update({ ...q, usedVersion: q.version });
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    });
    db.close();
  }, stem);
}

for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test(`a trainer imports 50 questions from Excel and builds a random test (${lang})`, async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(180_000);
    const { shell } = screens(page);
    await app.open(page);
    if (lang !== 'en') await shell.switchLanguage(lang);
    const bank = new QuestionBankPage(shell);
    const importer = new QuestionImportPage(shell);
    const builder = new TestBuilderPage(shell);
    const detail = new TestDetailPage(shell);

    await importer.importFile(await questionsXlsx(), QUESTION_BANK.total);
    await expect(importer.wizard.result).toContainText(shell.t('questions:import.summary', { added: '50' }));
    await screenshot(page, `question-import-${lang}`, testInfo);
    await importer.wizard.toList();
    await expect(bank.summary).toHaveText(shell.t('questions:list.count_other', { count: '50' }));
    await screenshot(page, `question-bank-${lang}`, testInfo);

    // Full-text search reads stem, options and tags; filters narrow by type and tag.
    await bank.search('举报电话');
    await expect(bank.rows).toHaveCount(7);
    await bank.search('');
    await bank.filterBy('type', shell.t('questions:type.single'));
    await bank.filterBy('tag', QUESTION_BANK.tag);
    await expect(bank.rows).toHaveCount(12);
    await bank.openQuestion('单选题1：');
    await expect(new QuestionDetailPage(shell).version).toHaveText(
      shell.t('questions:detail.version', { version: '1' }),
    );
    await screenshot(page, `question-detail-${lang}`, testInfo);

    // A rule asking for more than the bank holds says which rule falls short; so does a pass mark above the total.
    const rule = {
      type: shell.t('questions:type.single'),
      count: 9,
      tags: [QUESTION_BANK.tag],
      minDifficulty: 2,
      maxDifficulty: 3,
      points: 2,
    };
    await builder.openList();
    await builder.newTest();
    await builder.fillTitle('投诉处理理论考核');
    await builder.addRandomRule(rule);
    await expect(builder.available(1)).toHaveText(
      shell.t('tests:builder.available', { count: String(QUESTION_BANK.singleComplaintProcess2to3) }),
    );
    await builder.setPassMark(30);
    await builder.save();
    await expect(
      builder.message(shell.t('tests:errors.ruleShort', { rule: '1', needed: '9', available: '8' })),
    ).toBeVisible();
    await expect(
      builder.message(shell.t('tests:errors.passMarkAboveTotal', { passMark: '30', total: '18' })),
    ).toBeVisible();
    await screenshot(page, `test-builder-errors-${lang}`, testInfo);

    await builder.rule(1).getByLabel(shell.t('tests:fields.count'), { exact: true }).fill('5');
    await builder.setPassMark(6);
    await builder.setTimeLimit(20);
    await builder.setStatus('open');
    await expect(builder.total).toHaveText(shell.t('tests:builder.total', { count: '5', points: '10' }));
    await screenshot(page, `test-builder-${lang}`, testInfo);
    await builder.save();
    await expect(detail.heading('投诉处理理论考核')).toBeVisible();
    await screenshot(page, `test-detail-${lang}`, testInfo);

    await detail.previewAsTrainee();
    await expect(detail.previewItems).toHaveCount(5);
    await expect(detail.previewSummary).toContainText(
      shell.t('tests:preview.summary', { count: '5', points: '10', passMark: '6' }),
    );
    // The paper shows no answers: nothing is marked as correct.
    await expect(page.getByLabel(shell.t('questions:view.correct'))).toHaveCount(0);
    await screenshot(page, `test-preview-${lang}`, testInfo);

    const testId = await detail.testId();
    await detail.startTraineeMode();
    await expect(page).toHaveURL(new RegExp(`#/trainee/${testId}`));

    // Trainee mode fills the screen; Back returns to the preview inside the app.
    await page.goBack();
    await builder.openList();
    await expect(builder.rows).toHaveCount(1);
    await screenshot(page, `tests-list-${lang}`, testInfo);
  });

  test(`a question edited after an attempt used it becomes a new version (${lang})`, async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { shell } = screens(page);
    await app.open(page);
    if (lang !== 'en') await shell.switchLanguage(lang);
    const bank = new QuestionBankPage(shell);
    const form = new QuestionFormPage(shell);
    const detail = new QuestionDetailPage(shell);

    await bank.open();
    await expect(bank.summary).toHaveText(shell.t('questions:list.count_other', { count: '0' }));
    await bank.newQuestion();
    await form.fill({
      type: 'single',
      stem: '客户投诉处理流程的第一步是什么？',
      options: ['受理', '记录', '回访', '归档'],
      correct: [],
      category: shell.t('catalog:category.complaintHandling'),
      tags: ['投诉流程'],
      difficulty: 2,
      explanation: '受理 → 记录 → 分类 → 处理 → 反馈 → 回访 → 归档',
    });
    await form.save();
    await expect(form.error(shell.t('questions:validation.singleNeedsOne'))).toBeVisible();
    await screenshot(page, `question-form-${lang}`, testInfo);
    await form.markCorrect('A');
    await expect(form.error(shell.t('questions:validation.singleNeedsOne'))).toHaveCount(0);
    await form.save();
    await expect(detail.version).toHaveText(shell.t('questions:detail.version', { version: '1' }));
    await expect(page.getByText(shell.t('questions:detail.noVersions'))).toBeVisible();

    // Unused: an edit changes version 1 in place.
    await detail.edit();
    await page.getByLabel(shell.t('questions:fields.stem'), { exact: true }).fill('投诉处理流程的第一步是？');
    await form.save();
    await expect(detail.version).toHaveText(shell.t('questions:detail.version', { version: '1' }));

    // Used by an attempt: the edit keeps version 1 as it was and saves version 2.
    await markUsed(page, '投诉处理流程的第一步是？');
    await detail.edit();
    await expect(
      page.getByText(shell.t('questions:form.newVersionNotice', { version: '1', next: '2' })),
    ).toBeVisible();
    await page
      .getByLabel(shell.t('questions:fields.stem'), { exact: true })
      .fill('处理客户投诉，首先要做什么？');
    await form.save();
    await expect(detail.version).toHaveText(shell.t('questions:detail.version', { version: '2' }));
    await detail.earlierVersion(1).click();
    await expect(page.getByText('投诉处理流程的第一步是？')).toBeVisible();
    await expect(detail.content).toContainText('处理客户投诉，首先要做什么？');
    await screenshot(page, `question-versions-${lang}`, testInfo);
  });
}
