import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** A saved test: its settings, the preview as a trainee sees it, and the way into trainee mode. */
export class TestDetailPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`tests:${key}`, params);
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }

  async edit() {
    await this.page.getByRole('button', { name: this.t('detail.edit'), exact: true }).click();
  }

  async previewAsTrainee() {
    await this.page.getByRole('button', { name: this.t('detail.preview') }).click();
  }

  /** Goes to `#/trainee/<testId>` (the trainee feature's screen). */
  async startTraineeMode() {
    await this.page
      .getByRole('button', { name: this.t('detail.startTrainee') })
      .first()
      .click();
  }

  /** The drawn paper's questions in the preview. */
  get previewItems(): Locator {
    return this.page.getByTestId('paper-items').getByTestId('question-view');
  }

  get previewSummary(): Locator {
    return this.page.getByTestId('preview-summary');
  }

  async drawAgain() {
    await this.page.getByRole('button', { name: this.t('preview.redraw') }).click();
  }

  /** The id in the address (…#/tests/<id>…). */
  async testId(): Promise<string> {
    return /#\/tests\/([^/?]+)/.exec(this.page.url())?.[1] ?? '';
  }
}
