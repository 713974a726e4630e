import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface MaterialDetails {
  title?: string;
  /** Labels as shown, e.g. Textbook / 教材. */
  type?: string;
  category?: string;
  authors?: string[];
  description?: string;
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Picks an option of an antd select found by its label. */
export async function pickOption(page: Page, field: Locator, optionLabel: string) {
  await field.click();
  // By the option's title: antd also keeps a hidden copy of each option for screen readers.
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${optionLabel}"]`).click();
}

/** The materials screens: list, form, detail with its editions. */
export class MaterialPages {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.materials')).click();
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.page.getByTestId('materials-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('materials-rows').getByRole('row');
  }

  get titleLinks(): Locator {
    return this.page.getByTestId('materials-rows').getByRole('link');
  }

  async search(query: string) {
    await this.page.getByLabel(this.shell.t('materials:search.label')).fill(query);
  }

  async filterByType(label: string) {
    await pickOption(this.page, this.page.getByLabel(this.shell.t('materials:filters.type')), label);
  }

  async clearTypeFilter() {
    const select = this.page
      .locator('.ant-select')
      .filter({ has: this.page.getByLabel(this.shell.t('materials:filters.type')) });
    await select.hover();
    await select.locator('.ant-select-clear').click();
  }

  async add() {
    await this.page.getByRole('button', { name: this.shell.t('materials:add') }).click();
  }

  field(name: string): Locator {
    return this.page.getByLabel(this.shell.t(`materials:fields.${name}`), { exact: true });
  }

  async fill(details: MaterialDetails) {
    if (details.title !== undefined) await this.field('title').fill(details.title);
    if (details.type !== undefined) await pickOption(this.page, this.field('type'), details.type);
    if (details.category !== undefined) await pickOption(this.page, this.field('category'), details.category);
    for (const author of details.authors ?? []) {
      await this.field('authors').fill(author);
      await this.field('authors').press('Enter');
    }
    if (details.description !== undefined) await this.field('description').fill(details.description);
  }

  async save() {
    await this.page.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 3 });
  }

  edition(number: number): Locator {
    return this.page
      .getByTestId('edition')
      .filter({ hasText: this.shell.t('materials:edition.number', { number: String(number) }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openPublish() {
    await this.page.getByRole('button', { name: this.shell.t('materials:edition.publish') }).click();
    await this.dialog.waitFor();
  }

  async publish(edition: { changeNote?: string; date?: string; files?: UploadFile[] }) {
    await this.openPublish();
    if (edition.date) {
      await this.dialog.getByLabel(this.shell.t('materials:edition.date')).fill(edition.date);
      await this.dialog.getByLabel(this.shell.t('materials:edition.date')).press('Tab');
    }
    if (edition.changeNote) {
      await this.dialog.getByLabel(this.shell.t('materials:edition.changeNote')).fill(edition.changeNote);
    }
    if (edition.files?.length) {
      const chooser = this.page.waitForEvent('filechooser');
      await this.dialog.locator('.ant-upload-drag').click();
      await (await chooser).setFiles(edition.files);
      for (const file of edition.files) {
        await this.dialog.getByTestId('attachment-item').filter({ hasText: file.name }).waitFor();
      }
    }
    await this.confirmDialog(this.shell.t('materials:edition.publish'));
  }

  async confirmDialog(buttonLabel: string) {
    await this.dialog.getByRole('button', { name: buttonLabel, exact: true }).click();
  }

  async startWithdraw(number: number) {
    await this.page
      .getByRole('button', {
        name: this.shell.t('materials:edition.withdrawName', { number: String(number) }),
      })
      .click();
    await this.dialog.waitFor();
  }

  async withdraw(reason: string) {
    await this.dialog.getByLabel(this.shell.t('materials:edition.reason')).fill(reason);
    await this.confirmDialog(this.shell.t('materials:edition.withdraw'));
  }
}
