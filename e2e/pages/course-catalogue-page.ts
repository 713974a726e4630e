import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** The course catalogue 课程: search, filters and the virtualised list. */
export class CourseCataloguePage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.courses'), { exact: true }).click();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.shell.t('courses:catalogue.title'), level: 3 });
  }

  get summary(): Locator {
    return this.page.getByTestId('courses-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('course-rows').getByRole('row');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async search(text: string) {
    await this.page
      .getByRole('searchbox', { name: this.shell.t('courses:catalogue.searchLabel') })
      .fill(text);
  }

  async filterBy(filter: 'status' | 'category' | 'level' | 'delivery' | 'position', optionLabel: string) {
    await this.page.getByLabel(this.shell.t(`courses:filters.${filter}`)).click();
    await this.page.locator('.ant-select-dropdown:visible').getByText(optionLabel, { exact: true }).click();
  }

  async clearFilter(filter: 'status' | 'category' | 'level' | 'delivery' | 'position') {
    const select = this.page
      .locator('.ant-select')
      .filter({ has: this.page.getByLabel(this.shell.t(`courses:filters.${filter}`)) });
    await select.hover();
    await select.locator('.ant-select-clear').click();
  }

  async addCourse() {
    await this.page.getByRole('button', { name: this.shell.t('courses:catalogue.add') }).click();
  }

  async openCourse(title: string) {
    await this.page.getByTestId('course-rows').getByRole('link', { name: title, exact: true }).click();
  }
}
