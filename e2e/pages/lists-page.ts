import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export type ListName = 'courseCategory' | 'courseLevel' | 'deliveryMode' | 'teachingMethod';
export interface EntryNames {
  zh: string;
  en: string;
}

/** Settings → editable lists. */
export class ListsPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`settings:lists.${key}`, params);
  }

  async open() {
    await this.shell.goTo('settings');
    await this.page.getByRole('button', { name: this.t('open') }).click();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.t('title') });
  }

  async pickList(list: ListName) {
    await this.page
      .getByRole('radiogroup', { name: this.t('pickList') })
      .getByText(this.t(`names.${list}`), { exact: true })
      .click();
    await this.table(list).waitFor();
  }

  table(list: ListName): Locator {
    return this.page.getByRole('table', { name: this.t(`names.${list}`) });
  }

  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }

  /** The entries' names in one language, in list order. */
  names(language: 'zh' | 'en'): Locator {
    return this.rows.locator(`td:nth-child(${language === 'zh' ? 2 : 3})`);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  private action(key: 'rename' | 'hide' | 'show' | 'up' | 'down', entry: string): Locator {
    return this.page.getByRole('button', { name: `${this.t(key)} ${entry}`, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillDialog(names: EntryNames) {
    await this.dialog.getByLabel(this.t('labelZh')).fill(names.zh);
    await this.dialog.getByLabel(this.t('labelEn')).fill(names.en);
  }

  async save() {
    await this.dialog.getByRole('button', { name: this.t('save') }).click();
  }

  async cancel() {
    await this.dialog.getByRole('button', { name: this.t('cancel') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async startRename(entry: string) {
    await this.action('rename', entry).click();
    await this.dialog.waitFor();
  }

  async rename(entry: string, names: EntryNames) {
    await this.startRename(entry);
    await this.fillDialog(names);
    await this.save();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async startAdd() {
    await this.page.getByRole('button', { name: this.t('add') }).click();
    await this.dialog.waitFor();
  }

  async add(names: EntryNames) {
    await this.startAdd();
    await this.fillDialog(names);
    await this.save();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async hide(entry: string) {
    await this.action('hide', entry).click();
  }

  async show(entry: string) {
    await this.action('show', entry).click();
  }

  async moveUp(entry: string) {
    await this.action('up', entry).click();
  }

  async moveDown(entry: string) {
    await this.action('down', entry).click();
  }

  /** The message under a field of the dialog. */
  fieldError(field: 'labelZh' | 'labelEn'): Locator {
    return this.dialog
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(this.t(field)) })
      .locator('.ant-form-item-explain');
  }
}
