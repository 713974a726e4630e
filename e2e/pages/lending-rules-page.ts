import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { pickOption } from './material-pages';

export interface RuleValues {
  /** Labels as shown: Textbook / 教材, Any type / 任何类型. */
  materialType?: string;
  position?: string;
  loanDays?: string;
  maxRenewals?: string;
  maxItems?: string;
}

/** 借阅规则: the rules matrix, closed days, reminder settings, managers and notice templates. */
export class LendingRulesPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  t(key: string, params?: Record<string, string>) {
    return this.shell.t(`overdue:${key}`, params);
  }

  async open() {
    await this.shell.goToLending('lendingPolicies');
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.t('rules.title'), level: 3 });
  }

  async tab(name: 'matrix' | 'calendar' | 'reminders' | 'managers' | 'templates') {
    await this.page.getByRole('tab', { name: this.t(`rules.tabs.${name}`) }).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get ruleRows(): Locator {
    return this.page.getByTestId('policy-rows').locator('tbody tr');
  }

  rule(text: string): Locator {
    return this.ruleRows.filter({ hasText: text });
  }

  async openAddRule() {
    await this.page.getByRole('button', { name: this.t('rules.add') }).click();
    await this.dialog.waitFor();
  }

  async fillRule(values: RuleValues) {
    const d = this.dialog;
    if (values.materialType)
      await pickOption(this.page, d.getByLabel(this.t('rules.fields.materialType')), values.materialType);
    if (values.position) {
      await d.getByLabel(this.t('rules.fields.position')).click();
      await d.getByLabel(this.t('rules.fields.position')).fill(values.position);
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: values.position })
        .first()
        .click();
    }
    for (const name of ['loanDays', 'maxRenewals', 'maxItems'] as const) {
      if (values[name] !== undefined) await d.getByLabel(this.t(`rules.fields.${name}`)).fill(values[name]);
    }
  }

  async saveDialog() {
    await this.dialog.getByRole('button', { name: this.shell.t('actions.save') }).click();
  }

  async cancelDialog() {
    await this.dialog.getByRole('button', { name: this.shell.t('actions.cancel') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** Types a date into an antd date picker found by its label, as a user does. */
  private async typeDate(label: string, date: string) {
    const field = this.page.getByLabel(label);
    await field.click();
    await field.fill(date);
    await field.press('Enter');
  }

  async addClosedDays(from: string, to: string, note: string) {
    await this.typeDate(this.t('calendar.from'), from);
    if (to) await this.typeDate(this.t('calendar.to'), to);
    await this.page.getByLabel(this.t('calendar.note')).fill(note);
    await this.page.getByRole('button', { name: this.t('calendar.addDays') }).click();
  }

  get closedDayRows(): Locator {
    return this.page.getByTestId('closed-day-rows').locator('tbody tr.ant-table-row');
  }

  async setReminderDays(first: string, second: string, final: string) {
    await this.page.getByLabel(this.t('settings.reminderFirst')).fill(first);
    await this.page.getByLabel(this.t('settings.reminderSecond')).fill(second);
    await this.page.getByLabel(this.t('settings.reminderFinal')).fill(final);
    await this.page.getByRole('button', { name: this.t('settings.save') }).click();
  }

  /** Names a department's manager, found by typing part of a name or pinyin. */
  async setManager(department: string, search: string, name: string) {
    const field = this.page.getByLabel(`${this.t('managers.columns.manager')} ${department}`);
    await field.click();
    await field.fill(search);
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first()
      .click();
  }

  get templateText(): Locator {
    return this.page.getByLabel(this.t('templates.text'));
  }

  get templatePreview(): Locator {
    return this.page.getByTestId('template-preview');
  }
}
