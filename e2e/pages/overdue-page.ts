import type { Locator, Page } from '@playwright/test';
import type { Copy, LendingConfig, Loan } from '../../shared/domain/lending';
import type { Person } from '../../shared/domain/person';
import type { AppShell } from './app-shell';
import { putRows, storedRows } from '../support/app-database';

/** Records to put straight into the app's IndexedDB, as the lending engine would have written them. */
export interface LendingSeed {
  people?: Person[];
  copies?: Copy[];
  loans?: Loan[];
  counters?: { key: string; value: number }[];
  lendingConfig?: LendingConfig[];
}

/** Writes the rows into the browser's `traindesk` database (already opened by the app). */
export async function seedLending(page: Page, seed: LendingSeed) {
  await putRows(page, seed as Record<string, unknown[]>);
}

export { storedRows };

/** 逾期与催还: the overdue list, the reminder dialog, and the notice log; and the lending overview. */
export class OverduePage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  t(key: string, params?: Record<string, string>) {
    return this.shell.t(`overdue:${key}`, params);
  }

  async open() {
    await this.shell.goToLending('overdue');
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.page.getByTestId('overdue-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('overdue-row').getByRole('row');
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  async filterDepartment(name: string) {
    await this.page.getByLabel(this.t('list.department')).click();
    await this.page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  }

  async selectAllDue() {
    await this.page.getByRole('button', { name: this.t('list.selectDue') }).click();
  }

  async selectShown() {
    await this.page.getByLabel(this.t('list.selectAllLoaded')).check();
  }

  get selectedCount(): Locator {
    return this.page.getByTestId('overdue-selected');
  }

  async openGenerate() {
    await this.page.getByRole('button', { name: this.t('list.generate') }).click();
    await this.dialog.waitFor();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get review(): Locator {
    return this.page.getByTestId('generate-review');
  }

  confirmButton(count: number): Locator {
    const key = count === 1 ? 'generate.confirm_one' : 'generate.confirm_other';
    return this.dialog.getByRole('button', { name: this.t(key, { count: String(count) }) });
  }

  async chooseChannel(channel: 'letter' | 'text') {
    await this.dialog.getByLabel(this.t(`generate.channels.${channel}`)).check();
  }

  /** Generates the notices as letters; the letters open in a new tab to print (browser mode). */
  async generateLetters(count: number): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.confirmButton(count).click();
    return popup;
  }

  async closeDialog() {
    // The footer's Close, not the corner's ×, which has the same name in English.
    await this.dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: this.t('generate.close') })
      .click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async cancelDialog() {
    await this.dialog.getByRole('button', { name: this.shell.t('actions.cancel') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async openLog() {
    await this.page.getByRole('button', { name: this.t('list.log') }).click();
    await this.page.getByRole('heading', { name: this.t('log.title') }).waitFor();
  }

  get logRows(): Locator {
    return this.page.getByTestId('notice-row').getByRole('row');
  }

  async openOverview() {
    await this.shell.goToLending('lendingOverview');
    await this.tile.waitFor();
  }

  get tile(): Locator {
    return this.page.getByTestId('lending-tile');
  }

  figure(key: 'onLoan' | 'overdue' | 'dueSoon' | 'holdsWaiting'): Locator {
    return this.page.getByTestId(`lending-figure-${key}`);
  }
}

/**
 * The letters tab opens the browser's print dialog by itself (browser mode); headless Chromium then
 * refuses to make a PDF of that page ("already being printed"). The test stands in for the user who
 * closes the dialog: print() does nothing, and the test makes the PDF itself.
 */
export async function noPrintDialogs(page: Page) {
  await page.context().addInitScript(() => {
    window.print = () => undefined;
  });
}
