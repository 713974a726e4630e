import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export class PersonDetailPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 3 });
  }

  async edit() {
    await this.page.getByRole('button', { name: this.shell.t('actions.edit') }).click();
  }

  async delete() {
    await this.page.getByRole('button', { name: this.shell.t('actions.delete') }).click();
    await this.page
      .getByRole('tooltip')
      .getByRole('button', { name: this.shell.t('actions.delete') })
      .click();
  }

  async restore() {
    await this.page.getByRole('button', { name: this.shell.t('actions.restore') }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: this.shell.t('actions.back') }).click();
  }

  value(label: string): Locator {
    return this.page
      .locator('.ant-descriptions-item')
      .filter({ hasText: label })
      .locator('.ant-descriptions-item-content');
  }
}
