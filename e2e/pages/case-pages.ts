import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { pickOption } from './material-pages';

export interface CaseDetails {
  title?: string;
  /** Labels as shown, e.g. After-sales support / 售后服务. */
  complaintType?: string;
  difficulty?: string;
  departments?: string[];
  background?: string;
  /** What was done at each step, by step id (receive, record, …). */
  process?: Partial<Record<string, string>>;
  solution?: string;
  customerFeedback?: string;
  lessonsLearnt?: string;
}

const STEPS = ['receive', 'record', 'classify', 'handle', 'feedback', 'followUp', 'archive'];

/** The case library screens: list, form with its masking warning, detail. */
export class CasePages {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  async open() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.cases')).click();
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.page.getByTestId('cases-summary');
  }

  get rows(): Locator {
    return this.page.getByTestId('cases-rows').getByRole('row');
  }

  get titleLinks(): Locator {
    return this.page.getByTestId('cases-rows').getByRole('link');
  }

  async search(query: string) {
    await this.page.getByLabel(this.shell.t('cases:search.label')).fill(query);
  }

  async filterBy(filter: 'complaintType' | 'difficulty' | 'department', optionLabel: string) {
    await pickOption(this.page, this.page.getByLabel(this.shell.t(`cases:filters.${filter}`)), optionLabel);
  }

  async add() {
    await this.page.getByRole('button', { name: this.shell.t('cases:add') }).click();
  }

  field(name: string): Locator {
    return this.page.getByLabel(this.shell.t(`cases:fields.${name}`), { exact: true });
  }

  step(step: string): Locator {
    const label = `${STEPS.indexOf(step) + 1}. ${this.shell.t(`cases:step.${step}`)}`;
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(details: CaseDetails) {
    if (details.title !== undefined) await this.field('title').fill(details.title);
    if (details.complaintType)
      await pickOption(this.page, this.field('complaintType'), details.complaintType);
    if (details.difficulty) await pickOption(this.page, this.field('difficulty'), details.difficulty);
    for (const department of details.departments ?? []) {
      await this.field('departments').fill(department);
      await this.field('departments').press('Enter');
    }
    if (details.departments?.length) await this.field('departments').press('Escape');
    for (const name of ['background', 'solution', 'customerFeedback', 'lessonsLearnt'] as const) {
      if (details[name] !== undefined) await this.field(name).fill(details[name]);
    }
    for (const [step, text] of Object.entries(details.process ?? {})) await this.step(step).fill(text ?? '');
  }

  async save() {
    await this.page.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
  }

  get maskingWarning(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: this.shell.t('cases:masking.title') });
  }

  get maskedItems(): Locator {
    return this.maskingWarning.getByTestId('masking-item');
  }

  async confirmMasking() {
    await this.maskingWarning.getByRole('button', { name: this.shell.t('cases:masking.confirm') }).click();
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 3 });
  }

  async edit() {
    await this.page.getByRole('button', { name: this.shell.t('actions.edit') }).click();
  }
}
