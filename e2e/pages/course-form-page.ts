import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface CourseDetails {
  title?: string;
  code?: string;
  /** Labels as shown. */
  category?: string;
  level?: string;
  delivery?: string;
  durationHours?: string;
  targetPositions?: string[];
  tags?: string[];
  objectives?: string;
}

/** The course form (new course, edit the draft's details). */
export class CourseFormPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  field(name: string): Locator {
    return this.page.getByLabel(this.shell.t(`courses:fields.${name}`), { exact: true });
  }

  private async pick(name: string, optionLabel: string) {
    await this.field(name).click();
    await this.page.locator('.ant-select-dropdown:visible').getByText(optionLabel, { exact: true }).click();
  }

  async fill(details: CourseDetails) {
    for (const key of ['title', 'code', 'objectives', 'durationHours'] as const) {
      if (details[key] !== undefined) await this.field(key).fill(details[key]);
    }
    for (const key of ['category', 'level', 'delivery'] as const) {
      if (details[key] !== undefined) await this.pick(key, details[key]);
    }
    for (const position of details.targetPositions ?? []) {
      await this.pick('targetPositions', position);
      await this.page.keyboard.press('Escape');
    }
    for (const tag of details.tags ?? []) {
      await this.field('tags').fill(tag);
      await this.field('tags').press('Enter');
    }
  }

  async submit(label: 'create' | 'save') {
    const name = label === 'create' ? this.shell.t('courses:form.create') : this.shell.t('actions.save');
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  errorUnder(name: string): Locator {
    return this.page
      .locator('.ant-form-item')
      .filter({ has: this.field(name) })
      .locator('.ant-form-item-explain');
  }
}
