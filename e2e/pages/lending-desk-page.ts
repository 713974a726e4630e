import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export type ChecklistItem =
  'pagesMissing' | 'writing' | 'waterDamage' | 'coverDamaged' | 'accessoriesPresent';

/**
 * The lending desk 借还台, driven the way a USB barcode scanner drives it: it types the characters
 * into whatever field has the focus, then presses Enter. Nothing here clicks a field before a scan,
 * so a spec fails when the desk leaves the focus in the wrong place.
 */
export class LendingDeskPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.shell.goToLending('desk');
    await this.borrowerInput.waitFor();
  }

  /** What a scanner does: characters, then Enter, into the focused field. */
  async scan(code: string) {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  get borrowerInput(): Locator {
    return this.page.getByTestId('desk-borrower-input');
  }

  get copyInput(): Locator {
    return this.page.getByTestId('desk-copy-input');
  }

  get returnInput(): Locator {
    return this.page.getByTestId('desk-return-input');
  }

  get borrowerCard(): Locator {
    return this.page.getByTestId('desk-borrower-card');
  }

  /** The copies lent in this desk session, one row each with barcode and due date. */
  get loanRows(): Locator {
    return this.page.getByTestId('desk-loan-row');
  }

  loanRow(barcode: string): Locator {
    return this.loanRows.filter({ hasText: barcode });
  }

  /** The borrower's current loans in the borrower card. */
  currentLoan(barcode: string): Locator {
    return this.page.getByTestId('desk-current-loan').filter({ hasText: barcode });
  }

  /** Why the last scan was refused, shown as an alert in the panel that is in use. */
  get refusal(): Locator {
    return this.page.getByTestId('desk-refusal').filter({ visible: true });
  }

  get returnResult(): Locator {
    return this.page.getByTestId('desk-return-result');
  }

  get holdShelfInstruction(): Locator {
    return this.page.getByTestId('desk-hold-shelf');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** F2: lend. */
  async toCheckout() {
    await this.page.keyboard.press('F2');
    await this.borrowerInput.or(this.copyInput).first().waitFor();
  }

  /** F3: take copies back. */
  async toReturn() {
    await this.page.keyboard.press('F3');
    await this.returnInput.waitFor();
  }

  /** Esc: start over with the next borrower. */
  async nextBorrower() {
    await this.page.keyboard.press('Escape');
  }

  /** Ticks (or clears) one line of the return checklist with the mouse. */
  async toggleChecklist(item: ChecklistItem) {
    await this.page.getByRole('checkbox', { name: this.shell.t(`desk:checklist.item.${item}`) }).click();
  }

  checklistBox(item: ChecklistItem): Locator {
    return this.page.getByRole('checkbox', { name: this.shell.t(`desk:checklist.item.${item}`) });
  }

  /** Reserve 预约 from the borrower card: a material found by words of its title, by keyboard. */
  async reserve(titleWords: string, title: string) {
    await this.borrowerCard.getByRole('button', { name: this.shell.t('desk:reserve.open') }).click();
    await this.dialog.waitFor();
    await this.page.keyboard.type(titleWords);
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: title })
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.dialog
      .getByRole('button', { name: this.shell.t('desk:reserve.confirm'), exact: true })
      .click();
  }

  async renew(barcode: string) {
    await this.page
      .getByRole('button', { name: this.shell.t('desk:borrower.renewName', { barcode }) })
      .click();
  }

  async startDeclareLost(barcode: string) {
    await this.page
      .getByRole('button', { name: this.shell.t('desk:borrower.lostName', { barcode }) })
      .click();
    await this.dialog.waitFor();
  }

  /** A pop-up note (antd message) the desk shows after an action. */
  notice(text: string): Locator {
    return this.page.locator('.ant-message').getByText(text);
  }
}
