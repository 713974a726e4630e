import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export class SettingsPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  get lastBackup(): Locator {
    return this.page.getByTestId('last-backup');
  }

  get backupRows(): Locator {
    return this.page.getByTestId('backup-settings').locator('tbody tr.ant-table-row');
  }

  async backUpNow() {
    await this.page.getByRole('button', { name: this.shell.t('backup:backUpNow') }).click();
  }

  async restoreNewestBackup() {
    await this.backupRows
      .first()
      .getByRole('button', { name: this.shell.t('backup:restore.action') })
      .click();
  }

  async restoreFromFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.shell.t('backup:restore.fromFile') }).click();
    await (await chooser).setFiles(file);
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.shell.t('backup:restore.confirmTitle') });
  }

  async confirmRestore() {
    await this.restoreDialog.getByRole('button', { name: this.shell.t('backup:restore.confirm') }).click();
  }

  async checkUnusedFiles() {
    await this.page.getByRole('button', { name: this.shell.t('attachments:settings.check') }).click();
  }

  async removeUnusedFiles() {
    await this.page.getByRole('button', { name: this.shell.t('attachments:settings.remove') }).click();
  }

  get cleanupReport(): Locator {
    return this.page.getByTestId('cleanup-report');
  }
}
