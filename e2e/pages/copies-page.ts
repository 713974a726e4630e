import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { pickOption } from './material-pages';

export interface NewCopies {
  /** A number of new copies with generated barcodes … */
  count?: number;
  /** … or the barcodes on the copies, typed as a scanner types them (characters, then Enter). */
  scanned?: string[];
  location?: string;
  /** Yuan as typed, e.g. "45.50". */
  cost?: string;
  /** Condition as shown, e.g. Good / 良好. */
  condition?: string;
}

/** The copies screens: the list, the "Add copies" form, one copy's page, and the copies section of a material. */
export class CopiesPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.shell.goToLending('copies');
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.page.getByTestId('copies-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('copy-row').getByRole('row');
  }

  row(barcode: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: barcode, exact: true }) });
  }

  async searchBarcode(text: string) {
    await this.page.getByLabel(this.shell.t('copies:list.search')).fill(text);
  }

  /** Scans a barcode into the list's search box: the copy's page opens. */
  async scanToOpen(barcode: string) {
    const box = this.page.getByLabel(this.shell.t('copies:list.search'));
    await box.fill('');
    await box.pressSequentially(barcode);
    await box.press('Enter');
  }

  async openAdd() {
    // Not exact: the button's name starts with its icon's.
    await this.page.getByRole('button', { name: this.shell.t('copies:add.open') }).click();
  }

  async openImport() {
    await this.page.getByRole('button', { name: this.shell.t('copies:import.open') }).click();
  }

  field(name: string): Locator {
    return this.page.getByLabel(this.shell.t(`copies:fields.${name}`), { exact: true });
  }

  async chooseMaterial(title: string) {
    await this.field('material').click();
    await this.field('material').fill(title);
    await pickOption(this.page, this.field('material'), title);
  }

  async fillAdd(copies: NewCopies) {
    if (copies.scanned) {
      await this.page.getByRole('radio', { name: this.shell.t('copies:form.modeBarcodes') }).check();
      const box = this.field('barcodes');
      await box.click();
      for (const barcode of copies.scanned) {
        await box.pressSequentially(barcode);
        await box.press('Enter');
      }
    } else if (copies.count !== undefined) {
      await this.field('count').fill(String(copies.count));
    }
    if (copies.location !== undefined) await this.field('location').fill(copies.location);
    if (copies.cost !== undefined) await this.field('replacementCost').fill(copies.cost);
    if (copies.condition !== undefined)
      await pickOption(this.page, this.field('condition'), copies.condition);
  }

  async submitAdd() {
    await this.page.getByRole('button', { name: this.shell.t('copies:add.submit'), exact: true }).click();
  }

  /** The barcodes just added, as the result says them. */
  get addedBarcodes(): Locator {
    return this.page.getByTestId('added-barcodes');
  }

  get addResult(): Locator {
    return this.page.locator('.ant-result');
  }

  /** A problem shown under the barcodes field (or any field) of the form. */
  get formErrors(): Locator {
    return this.page.locator('.ant-form-item-explain');
  }

  /** Prints labels from the page's button with this name; browser mode opens the sheet in a tab. */
  async printLabels(buttonName: string): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: buttonName }).click();
    return popup;
  }

  async showAddedInList() {
    await this.page.getByRole('button', { name: this.shell.t('copies:add.toList') }).click();
  }

  // The copy's page

  heading(barcode: string): Locator {
    return this.page.getByRole('heading', { name: barcode, level: 3 });
  }

  get events(): Locator {
    return this.page.getByTestId('copy-events').getByRole('row');
  }

  get loans(): Locator {
    return this.page.getByTestId('copy-loans').getByRole('row');
  }

  async action(name: 'repair' | 'repaired' | 'withdraw' | 'printLabel') {
    // Not exact: the button's name starts with its icon's.
    await this.page.getByRole('button', { name: this.shell.t(`copies:actions.${name}`) }).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async confirm(name: 'repair' | 'repaired' | 'withdraw', text?: string) {
    if (text !== undefined) await this.dialog.getByRole('textbox').fill(text);
    await this.dialog
      .getByRole('button', { name: this.shell.t(`copies:actions.${name}`), exact: true })
      .click();
  }

  // The copies section of a material's page

  get materialSection(): Locator {
    return this.page.getByTestId('material-copies');
  }

  editionCopies(number: number): Locator {
    return this.materialSection
      .getByTestId('edition-copies')
      .filter({ hasText: this.shell.t('copies:edition', { number: String(number) }) });
  }

  async addFromMaterial(number: number) {
    await this.materialSection
      .getByRole('button', { name: this.shell.t('copies:materialSection.add', { number: String(number) }) })
      .click();
  }
}
