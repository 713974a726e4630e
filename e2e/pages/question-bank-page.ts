import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** An option of the open drop-down, by its whole label (antd also renders a hidden list for screen readers). */
export function optionIn(page: Page, label: string): Locator {
  return page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ has: page.getByText(label, { exact: true }) });
}

/** The question bank 题库: list, filters and search. */
export class QuestionBankPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.questions')).click();
    await expect(
      this.page.getByRole('heading', { name: this.shell.t('questions:list.title') }),
    ).toBeVisible();
  }

  get summary(): Locator {
    return this.page.getByTestId('questions-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('question-rows').getByRole('row');
  }

  get stemLinks(): Locator {
    return this.page.getByTestId('question-rows').getByRole('link');
  }

  async search(text: string) {
    await this.page.getByLabel(this.shell.t('questions:list.search')).fill(text);
  }

  async filterBy(filter: 'type' | 'category' | 'tag' | 'difficulty', optionLabel: string) {
    await this.page.getByLabel(this.shell.t(`questions:filters.${filter}`)).click();
    await optionIn(this.page, optionLabel).click();
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }

  async clearFilter(filter: 'type' | 'category' | 'tag' | 'difficulty') {
    const select = this.page
      .locator('.ant-select')
      .filter({ has: this.page.getByLabel(this.shell.t(`questions:filters.${filter}`)) });
    await select.hover();
    await select.locator('.ant-select-clear').click();
  }

  async newQuestion() {
    await this.page.getByRole('button', { name: this.shell.t('questions:list.add') }).click();
  }

  async openQuestion(stemPart: string) {
    await this.stemLinks.filter({ hasText: stemPart }).first().click();
  }
}
