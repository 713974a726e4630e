import type { Locator, Page } from '@playwright/test';
import type { Charge, Copy, Hold, Loan } from '../../shared/domain/lending';
import type { Edition, Material } from '../../shared/domain/material';
import type { Person } from '../../shared/domain/person';
import type { AppShell } from './app-shell';
import { pickOption } from './material-pages';
import { putRows, storedRows } from '../support/app-database';

/**
 * Records written straight into the browser's IndexedDB, for stories that start from a history the
 * desk would take weeks to build (past loans, a lost copy's charge). Rows match shared/domain types.
 */
export interface LendingSeed {
  people?: Person[];
  materials?: Material[];
  editions?: Edition[];
  copies?: Copy[];
  loans?: Loan[];
  holds?: Hold[];
  charges?: Charge[];
}

const meta = (id: string) => ({
  id,
  createdAt: 1_767_225_600_000,
  updatedAt: 1_767_225_600_000,
  updatedBy: 'seed',
});

export function seedPerson(id: string, name: string, employeeNo: string, department: string): Person {
  return {
    ...meta(id),
    kind: 'employee',
    employeeNo,
    name,
    department,
    position: 'crSpecialist',
    status: 'active',
    del: 0,
    nameKey: name,
    noKey: employeeNo,
    hireKey: '2020-01-01',
    trainerType: 'none',
    searchTokens: [name, employeeNo.toLowerCase()],
    attachmentShas: [],
  };
}

export function seedMaterial(id: string, title: string, currentEdition = 1): Material {
  return {
    ...meta(id),
    title,
    type: 'textbook',
    authors: [],
    category: 'complaintHandling',
    description: '',
    currentEdition,
    del: 0,
    titleKey: title,
  };
}

export function seedEdition(
  id: string,
  materialId: string,
  number: number,
  status: Edition['status'],
): Edition {
  return {
    ...meta(id),
    materialId,
    number,
    date: '2025-09-01',
    files: [],
    changeNote: '',
    status,
    attachmentShas: [],
  };
}

export function seedCopy(
  barcode: string,
  material: Material,
  edition: Edition,
  over: Partial<Copy> = {},
): Copy {
  return {
    ...meta(`copy-${barcode}`),
    barcode,
    materialId: material.id,
    editionId: edition.id,
    editionNumber: edition.number,
    title: material.title,
    materialType: material.type,
    location: 'A-01',
    acquiredOn: '2025-09-01',
    replacementCost: 4_850,
    currency: 'CNY',
    condition: 'good',
    status: 'available',
    notes: '',
    del: 0,
    ...over,
  };
}

/** A loan of `copy` to `person`; pass `open: 0` and `returnedAt` for a past one. */
export function seedLoan(id: string, copy: Copy, person: Person, over: Partial<Loan> = {}): Loan {
  return {
    ...meta(id),
    copyId: copy.id,
    barcode: copy.barcode,
    materialId: copy.materialId,
    editionId: copy.editionId,
    title: copy.title,
    borrowerId: person.id,
    borrowerName: person.name,
    department: person.department ?? '',
    outAt: 1_767_225_600_000,
    dueDate: '2026-01-31',
    renewals: 0,
    open: 1,
    ...over,
  };
}

export function seedCharge(id: string, copy: Copy, person: Person, over: Partial<Charge> = {}): Charge {
  return {
    ...meta(id),
    borrowerId: person.id,
    borrowerName: person.name,
    copyId: copy.id,
    barcode: copy.barcode,
    title: copy.title,
    reason: 'lost',
    amount: copy.replacementCost,
    currency: 'CNY',
    status: 'open',
    ...over,
  };
}

/** Writes the rows in one transaction beside the app's own connection, then reloads so every screen reads them. */
export async function seedLending(page: Page, seed: LendingSeed) {
  await putRows(page, seed as Record<string, unknown[]>);
  await page.reload();
  await page.getByRole('navigation').waitFor();
}

export { storedRows };

/** A borrower's page 借阅记录: the person, current loans, history, holds and charges. */
export class BorrowerPageModel {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open(personId: string) {
    await this.page.evaluate((id) => (window.location.hash = `#/lending/borrowers/${id}`), personId);
    await this.currentLoans.waitFor();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', {
      name: this.shell.t('circulation:borrower.title', { name }),
      level: 3,
    });
  }

  get currentLoans(): Locator {
    return this.page.getByTestId('borrower-current-loans');
  }

  currentLoan(barcode: string): Locator {
    return this.currentLoans.getByTestId('current-loan-row').filter({ hasText: barcode });
  }

  get historyRows(): Locator {
    return this.page.getByTestId('borrower-loan-history').getByRole('row');
  }

  get historyTitles(): Locator {
    return this.page.getByTestId('loan-history-row');
  }

  async renew(barcode: string) {
    await this.currentLoan(barcode)
      .getByRole('button', { name: this.shell.t('circulation:borrower.renew') })
      .click();
  }

  /** Declares a copy on loan lost, charging `yuan` instead of its replacement cost. */
  async declareLost(barcode: string, yuan: string) {
    const label = this.shell.t('circulation:borrower.declareLost');
    await this.currentLoan(barcode).getByRole('button', { name: label }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.shell.t('circulation:borrower.lostAmount')).fill(yuan);
    await dialog.getByRole('button', { name: label }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get holds(): Locator {
    return this.page.getByTestId('borrower-holds');
  }

  get charges(): Locator {
    return this.page.getByTestId('borrower-charges');
  }
}

/** 赔偿: the charges list with pay, waive and reverse, and the receipt. */
export class ChargesPageModel {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.shell.goToLending('charges');
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.page.getByTestId('charges-summary');
  }

  async showStatus(label: string) {
    await this.page
      .getByRole('radiogroup', { name: this.shell.t('circulation:charges.filter') })
      .getByText(label)
      .click();
  }

  row(text: string): Locator {
    return this.page.getByTestId('charge-rows').getByRole('row').filter({ hasText: text });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async pay(text: string) {
    await this.row(text)
      .getByRole('button', { name: this.shell.t('circulation:charges.pay'), exact: true })
      .click();
    await this.dialog.getByRole('button', { name: this.shell.t('circulation:charges.confirmPay') }).click();
    await this.receiptNumber.waitFor();
  }

  get receiptNumber(): Locator {
    return this.dialog.getByTestId('receipt-number');
  }

  /** Prints the receipt from the dialog after paying; browser mode opens it in a new tab. */
  async printReceipt(size: 'a4' | 'half' = 'a4'): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    const label = size === 'a4' ? 'circulation:receipt.printA4' : 'circulation:receipt.printHalf';
    await this.dialog.getByRole('button', { name: this.shell.t(label) }).click();
    return popup;
  }

  async closeDialog() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  async waive(text: string, reason: string) {
    await this.row(text)
      .getByRole('button', { name: this.shell.t('circulation:charges.waive'), exact: true })
      .click();
    await this.dialog.getByLabel(this.shell.t('circulation:charges.note')).fill(reason);
    await this.dialog
      .getByRole('button', { name: this.shell.t('circulation:charges.waive'), exact: true })
      .click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** 召回: pick a material, send recall notices, print them, take shelf copies off. */
export class RecallPageModel {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.shell.goToLending('recall');
    await this.page
      .getByRole('heading', { name: this.shell.t('circulation:recall.title'), level: 3 })
      .waitFor();
  }

  async pickMaterial(title: string) {
    const picker = this.page.getByLabel(this.shell.t('circulation:recall.material'));
    await picker.fill(title);
    await pickOption(this.page, picker, title);
  }

  get summary(): Locator {
    return this.page.getByTestId('recall-summary');
  }

  get loanRows(): Locator {
    return this.page.getByTestId('recall-loan-row');
  }

  loanRow(barcode: string): Locator {
    return this.loanRows.filter({ hasText: barcode });
  }

  get shelfRows(): Locator {
    return this.page.getByTestId('recall-shelf-row');
  }

  async sendNotices(count: number) {
    const name = this.shell.t(`circulation:recall.send_${count === 1 ? 'one' : 'other'}`, {
      count: String(count),
    });
    await this.page.getByRole('button', { name }).click();
    await this.page.getByRole('tooltip').getByRole('button', { name }).click();
  }

  async printLetters(): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.page
      .getByTestId('recall-batches')
      .getByRole('button', { name: this.shell.t('circulation:recall.printLetters') })
      .first()
      .click();
    return popup;
  }

  async takeOffShelf() {
    const name = this.shell.t('circulation:recall.takeOff');
    await this.page.getByRole('button', { name }).click();
    await this.page.getByRole('tooltip').getByRole('button', { name }).click();
  }
}

/** 盘点: start, scan as a scanner types (characters then Enter), finish, read the report. */
export class StocktakePageModel {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.shell.goToLending('stocktake');
    await this.page.getByTestId('stocktakes').waitFor();
  }

  async start(locations: string) {
    await this.page.getByLabel(this.shell.t('circulation:stocktake.locations')).fill(locations);
    await this.page.getByRole('button', { name: this.shell.t('circulation:stocktake.start') }).click();
    await this.scanInput.waitFor();
  }

  get scanInput(): Locator {
    return this.page.getByTestId('stocktake-scan-input');
  }

  /** What a scanner does: characters, then Enter, into the focused field. */
  async scan(code: string) {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  get scanned(): Locator {
    return this.page.getByTestId('stocktake-scanned');
  }

  async finish() {
    const name = this.shell.t('circulation:stocktake.finish');
    await this.page.getByRole('button', { name }).click();
    await this.page.getByRole('tooltip').getByRole('button', { name }).click();
    await this.page.getByTestId('stocktake-missing').waitFor();
  }

  get missingRows(): Locator {
    return this.page.getByTestId('stocktake-missing-row');
  }

  get notOnShelfRows(): Locator {
    return this.page.getByTestId('stocktake-not-on-shelf-row');
  }

  get unknownBarcodes(): Locator {
    return this.page.getByTestId('stocktake-unknown-barcode');
  }
}

/**
 * A receipt or letters tab opens the browser's print dialog by itself (browser mode); headless
 * Chromium then refuses to make a PDF of that page ("already being printed"). The test stands in
 * for the user who closes the dialog: print() does nothing, and the test makes the PDF itself.
 */
export async function noPrintDialogs(page: Page) {
  await page.context().addInitScript(() => {
    window.print = () => undefined;
  });
}
