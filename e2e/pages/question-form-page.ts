import type { Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { optionIn } from './question-bank-page';

export interface ChoiceQuestion {
  type: 'single' | 'multiple';
  stem: string;
  options: string[];
  /** Letters of the correct options. */
  correct: string[];
  category: string;
  tags: string[];
  difficulty: number;
  explanation?: string;
}

/** The question form: type, stem, options with the right ones marked, category, tags, difficulty. */
export class QuestionFormPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`questions:${key}`, params);
  }

  async chooseType(type: ChoiceQuestion['type'] | 'trueFalse' | 'fillBlank' | 'shortAnswer') {
    await this.buttonRadio(this.t(`type.${type}`));
  }

  async fill(q: ChoiceQuestion) {
    await this.chooseType(q.type);
    await this.page.getByLabel(this.t('fields.stem'), { exact: true }).fill(q.stem);
    const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
    for (let i = 4; i < q.options.length; i++)
      await this.page.getByRole('button', { name: this.t('form.addOption') }).click();
    for (const [i, text] of q.options.entries())
      await this.page.getByLabel(this.t('form.optionText', { key: letters[i]! })).fill(text);
    for (const key of q.correct) await this.page.getByLabel(this.t('form.markCorrect', { key })).check();
    await this.chooseCategory(q.category);
    for (const tag of q.tags) {
      await this.page.getByLabel(this.t('fields.tags'), { exact: true }).fill(tag);
      await this.page.getByLabel(this.t('fields.tags'), { exact: true }).press('Enter');
    }
    await this.buttonRadio(String(q.difficulty));
    if (q.explanation)
      await this.page.getByLabel(this.t('fields.explanation'), { exact: true }).fill(q.explanation);
  }

  /** Button-style radios hide their input; the user clicks the button around it. */
  private async buttonRadio(name: string) {
    await this.page.getByRole('radio', { name, exact: true }).locator('xpath=ancestor::label').click();
  }

  async chooseCategory(label: string) {
    await this.page.getByLabel(this.t('fields.category'), { exact: true }).click();
    await optionIn(this.page, label).click();
  }

  async markCorrect(key: string, on = true) {
    await this.page.getByLabel(this.t('form.markCorrect', { key })).setChecked(on);
  }

  async save() {
    await this.page.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
  }

  /** The message the form shows under a field or a group. */
  error(text: string) {
    return this.page.getByText(text, { exact: true });
  }
}
