import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface PersonDetails {
  employeeNo?: string;
  name?: string;
  department?: string;
  /** The label as shown, e.g. 客户关系专员, or a free title. */
  position?: string;
  hireDate?: string;
  phone?: string;
  email?: string;
  organisation?: string;
  trainer?: { degree?: string; certification?: string; fields?: string[]; bio?: string };
}

export class PersonFormPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  field(name: string): Locator {
    return this.page.getByLabel(this.shell.t(`people:fields.${name}`), { exact: true });
  }

  private async pick(fieldName: string, optionLabel: string) {
    await this.field(fieldName).click();
    await this.field(fieldName).fill(optionLabel);
    await this.page
      .locator('.ant-select-dropdown:visible')
      .getByText(optionLabel, { exact: true })
      .first()
      .click();
  }

  async fill(details: PersonDetails) {
    for (const key of ['employeeNo', 'name', 'phone', 'email', 'organisation'] as const) {
      if (details[key] !== undefined) await this.field(key).fill(details[key]);
    }
    if (details.department !== undefined) {
      await this.field('department').fill(details.department);
      await this.field('department').press('Escape');
    }
    if (details.position !== undefined) await this.pick('position', details.position);
    if (details.hireDate !== undefined) {
      await this.field('hireDate').fill(details.hireDate);
      // Tab, not Enter: Enter in a field submits the form, as it does for a user.
      await this.field('hireDate').press('Tab');
    }
    if (details.trainer) {
      const isTrainer = this.page.getByRole('checkbox', { name: this.shell.t('people:fields.isTrainer') });
      if ((await isTrainer.count()) > 0 && !(await isTrainer.isChecked())) await isTrainer.check();
      const { degree, certification, fields = [], bio } = details.trainer;
      if (degree) await this.field('degree').fill(degree);
      if (certification) await this.field('certification').fill(certification);
      for (const f of fields) {
        await this.page.getByLabel(this.shell.t('people:fields.teachingFields')).click();
        await this.page.locator('.ant-select-dropdown:visible').getByText(f, { exact: true }).click();
        await this.page.keyboard.press('Escape');
      }
      if (bio) await this.field('bio').fill(bio);
    }
  }

  /** Adds files to an attachment field (photo or documents) the way a user picks them. */
  async attach(
    fieldName: 'photo' | 'documents',
    files: { name: string; mimeType: string; buffer: Buffer }[],
  ) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page
      .locator('.ant-form-item')
      .filter({ hasText: this.shell.t(`people:fields.${fieldName}`) })
      .locator('.ant-upload-drag')
      .click();
    await (await chooser).setFiles(files);
    for (const file of files) {
      await this.page.getByTestId('attachment-item').filter({ hasText: file.name }).waitFor();
    }
  }

  async removeAttachment(name: string) {
    await this.page.getByRole('button', { name: this.shell.t('attachments:removeName', { name }) }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
  }

  /** The message shown under a field, in the current language. */
  errorUnder(fieldName: string): Locator {
    return this.page
      .locator('.ant-form-item')
      .filter({ has: this.field(fieldName) })
      .locator('.ant-form-item-explain');
  }
}
