import { expect } from '@playwright/test';
import type { AppShell } from './app-shell';
import { ImportWizardPage, type UploadFile } from './import-wizard-page';

/** The question-bank import: the generic wizard reached from the bank's Import button. */
export class QuestionImportPage {
  readonly wizard: ImportWizardPage;
  constructor(readonly shell: AppShell) {
    this.wizard = new ImportWizardPage(shell);
  }

  /** Opens the bank, starts the import, and imports a file whose every row is valid. */
  async importFile(file: UploadFile, rows: number) {
    const page = this.shell.page;
    await page.getByRole('navigation').getByText(this.shell.t('nav.questions')).click();
    // The bank loads when opened: until it shows, the Import button on screen is another list's.
    await expect(page.getByRole('heading', { name: this.shell.t('questions:list.title') })).toBeVisible();
    await page.getByRole('button', { name: this.shell.t('import:actions.import') }).click();
    await expect(page.getByRole('heading', { name: this.shell.t('questions:import.title') })).toBeVisible();
    await this.wizard.chooseFile(file);
    await expect(this.wizard.fileSummary).toBeVisible();
    await this.wizard.next();
    await this.wizard.next();
    await expect(this.wizard.summary).toHaveText(this.wizard.counted('import:check.allValid', rows));
    await this.wizard.importAllButton(rows).click();
    await expect(this.wizard.result).toContainText(this.shell.t('import:result.done'));
  }
}
