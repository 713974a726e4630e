import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** The versions tab of a course, the read-only version page and the comparison. */
export class CourseHistoryPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  get versions(): Locator {
    return this.page.getByTestId('version-item');
  }

  private label(side: 'draft' | number) {
    return side === 'draft'
      ? this.shell.t('courses:history.draft')
      : this.shell.t('courses:versionLabel', { version: String(side) });
  }

  async compare(from: 'draft' | number, to: 'draft' | number) {
    for (const [key, side] of [
      ['from', from],
      ['to', to],
    ] as const) {
      await this.page.getByLabel(this.shell.t(`courses:history.${key}`), { exact: true }).click();
      await this.page
        .locator('.ant-select-dropdown:visible')
        .getByText(this.label(side), { exact: true })
        .click();
      // Both drop-downs offer the same labels: wait until this one has closed before opening the next.
      await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    }
    await this.page.getByRole('button', { name: this.shell.t('courses:history.compareButton') }).click();
  }

  async view(version: number) {
    await this.page
      .getByRole('button', { name: this.shell.t('courses:history.view', { version: String(version) }) })
      .click();
  }

  async startDraftFrom(version: number) {
    await this.page
      .getByRole('button', { name: this.shell.t('courses:history.startDraft', { version: String(version) }) })
      .click();
  }

  /** The lesson changes of the comparison, one line each. */
  get lessonChanges(): Locator {
    return this.page.getByTestId('lesson-changes').locator('.ant-list-item');
  }

  get fieldChanges(): Locator {
    return this.page.locator('.ant-table-tbody tr');
  }
}
