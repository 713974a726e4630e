import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** One question: its content with the answer, its version and the earlier versions kept. */
export class QuestionDetailPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  get version(): Locator {
    return this.page.getByTestId('question-version');
  }

  get content(): Locator {
    return this.page.getByTestId('question-view').first();
  }

  async edit() {
    await this.page.getByRole('button', { name: this.shell.t('actions.edit') }).click();
  }

  /** The header of a kept earlier version; click it to read that version. */
  earlierVersion(version: number): Locator {
    const start = this.shell.t('questions:detail.version', { version: String(version) });
    return this.page.getByRole('button', {
      name: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }
}
