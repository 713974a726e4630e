import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** Results and grading 成绩与阅卷: the grading queue, a test's results, an attempt, item statistics. */
export class AttemptResultsPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`trainee:${key}`, params);
  }

  async openHome() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.attempts')).click();
    await this.page.getByRole('heading', { name: this.t('home.title') }).waitFor();
  }

  async openResultsOf(testTitle: string) {
    await this.page.getByLabel(this.t('home.resultsOf')).click();
    await this.page.locator('.ant-select-dropdown:visible').getByText(testTitle, { exact: true }).click();
    await this.page.getByRole('heading', { name: this.t('results.title', { title: testTitle }) }).waitFor();
  }

  get resultRows(): Locator {
    return this.page.getByTestId('test-results').getByRole('row');
  }

  get queueRows(): Locator {
    return this.page.getByTestId('grading-queue').getByRole('row');
  }

  async startTraineeMode() {
    await this.page.getByRole('button', { name: this.t('results.startTraineeMode') }).click();
  }

  async openItemStatistics() {
    await this.page.getByRole('button', { name: this.t('stats.open') }).click();
  }

  get statsRows(): Locator {
    return this.page.getByTestId('item-stats').locator('.ant-table-row');
  }
}
