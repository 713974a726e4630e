import type { Download, Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export class PeopleListPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  get searchBox(): Locator {
    return this.page
      .getByRole('searchbox', { name: this.shell.t('people:search.label') })
      .or(this.page.getByLabel(this.shell.t('people:search.label')));
  }

  get rows(): Locator {
    return this.page.getByTestId('people-rows').getByRole('row');
  }

  get summary(): Locator {
    return this.page.getByTestId('people-summary');
  }

  async search(query: string) {
    await this.searchBox.fill(query);
  }

  async clearSearch() {
    await this.searchBox.fill('');
  }

  /** The names in the rows now rendered, top to bottom. */
  get nameLinks(): Locator {
    return this.page.getByTestId('people-rows').getByRole('link');
  }

  async addEmployee() {
    await this.page.getByRole('button', { name: this.shell.t('people:add') }).click();
  }

  async addExternalTrainer() {
    await this.page.getByRole('button', { name: this.shell.t('people:addExternal') }).click();
    await this.page.getByRole('menuitem', { name: this.shell.t('people:addExternal') }).click();
  }

  async openPerson(name: string) {
    await this.page.getByTestId('people-rows').getByRole('link', { name, exact: true }).first().click();
  }

  async filterBy(filter: 'status' | 'trainerType' | 'department' | 'position', optionLabel: string) {
    await this.page.getByLabel(this.shell.t(`people:filters.${filter}`)).click();
    await this.page.locator('.ant-select-dropdown:visible').getByText(optionLabel, { exact: true }).click();
  }

  async showDeleted(on: boolean) {
    const toggle = this.page.getByRole('switch');
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  }

  async sortBy(column: 'name' | 'employeeNo' | 'hireDate') {
    await this.page
      .getByRole('columnheader')
      .getByRole('button', { name: this.shell.t(`people:columns.${column}`) })
      .click();
  }

  async openImport() {
    await this.page.getByRole('button', { name: this.shell.t('import:actions.import') }).click();
  }

  /** Exports what the list shows now and answers the file the browser downloads. */
  async exportAs(format: 'xlsx' | 'csv'): Promise<Download> {
    await this.page.getByRole('button', { name: this.shell.t('import:export.button') }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: this.shell.t(`import:export.${format}`) }).click();
    return download;
  }

  /** In browser mode the roster opens in a new tab, which prints itself; answers that tab. */
  async printRoster(): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: this.shell.t('print:printRoster') }).click();
    return popup;
  }

  /** Shows one department only (its drop-down lists each department once, as an option). */
  async showDepartment(name: string) {
    await this.page.getByLabel(this.shell.t('people:filters.department')).click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first()
      .click();
  }
}
