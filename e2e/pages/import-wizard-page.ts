import type { Download, Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import type { Lang } from './locale';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The import wizard: choose a file → match columns → check → import. */
export class ImportWizardPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  heading(importer = 'people'): Locator {
    return this.page.getByRole('heading', { name: this.shell.t(`import:importers.${importer}.title`) });
  }

  async chooseFile(file: UploadFile) {
    await this.page.locator('input[type=file]').setInputFiles(file);
  }

  get fileSummary(): Locator {
    return this.page.getByTestId('import-file-summary');
  }

  async next() {
    await this.page.getByRole('button', { name: this.shell.t('import:actions.next'), exact: true }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: this.shell.t('import:actions.back'), exact: true }).click();
  }

  /** The file column chosen for a field, as its drop-down shows it. */
  mappedColumn(fieldLabel: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ hasText: fieldLabel })
      .first()
      .locator('.ant-select-content, .ant-select-selection-item')
      .first();
  }

  get summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  /** Lines of the validation report now rendered (it is virtualised). */
  get reportRows(): Locator {
    return this.page.getByTestId('import-report').getByRole('row');
  }

  reportRow(row: number, column: string, problem: string): Locator {
    return this.reportRows
      .filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: column, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: problem, exact: true }) });
  }

  /** A text with a count, in the plural form English uses for it (Chinese has one form). */
  counted(key: string, count: number, params: Record<string, string> = {}): string {
    return this.shell.t(`${key}_${count === 1 ? 'one' : 'other'}`, { ...params, count: String(count) });
  }

  importAllButton(count: number): Locator {
    return this.page.getByRole('button', {
      name: this.counted('import:check.importAll', count),
      exact: true,
    });
  }

  importValidOnlyButton(count: number): Locator {
    return this.page.getByRole('button', {
      name: this.counted('import:check.importValid', count),
      exact: true,
    });
  }

  async chooseOnDuplicates(policy: 'skip' | 'update') {
    await this.page.getByRole('radio', { name: this.shell.t(`import:check.duplicates.${policy}`) }).check();
  }

  /** Progress of the file being read, the rows checked or written. */
  get progress(): Locator {
    return this.page.getByTestId('import-progress');
  }

  async cancel() {
    await this.page.getByRole('button', { name: this.shell.t('import:actions.cancel'), exact: true }).click();
  }

  /** The result once the rows are written. */
  get result(): Locator {
    return this.page.locator('.ant-result');
  }

  async toList() {
    await this.page.getByRole('button', { name: this.shell.t('import:result.toList') }).click();
  }

  async downloadTemplate(format: 'xlsx' | 'csv', headers: Lang): Promise<Download> {
    await this.page.getByRole('button', { name: this.shell.t('import:file.template') }).click();
    const item = this.shell.t('import:file.templateItem', {
      format: this.shell.t(`import:export.${format}`),
      language: this.shell.t(`language.${headers}`),
    });
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: item }).click();
    return download;
  }
}
