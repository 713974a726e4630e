import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { optionIn } from './question-bank-page';

export interface RandomRuleSpec {
  /** Label of the question type in the shell's language, e.g. "单选题" / "Single choice". */
  type: string;
  count: number;
  tags?: string[];
  minDifficulty: number;
  maxDifficulty: number;
  points: number;
}

export interface RandomTestSpec {
  title: string;
  rule: RandomRuleSpec;
  passMark: number;
  timeLimitMinutes?: number;
  /** Open the test to trainees (status 开放) rather than leave it a draft. */
  open?: boolean;
}

/** The tests list and the test builder (new or edit). */
export class TestBuilderPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`tests:${key}`, params);
  }

  async openList() {
    await this.page.getByRole('navigation').getByText(this.shell.t('nav.tests')).click();
    await expect(this.page.getByRole('heading', { name: this.t('list.title'), exact: true })).toBeVisible();
  }

  get rows(): Locator {
    return this.page.getByTestId('test-rows').getByRole('row');
  }

  async openTest(title: string) {
    await this.page.getByTestId('test-rows').getByRole('link', { name: title, exact: true }).click();
  }

  async newTest() {
    await this.page.getByRole('button', { name: this.t('list.add') }).click();
  }

  async fillTitle(title: string) {
    await this.page.getByLabel(this.t('fields.title'), { exact: true }).fill(title);
  }

  rule(number: number): Locator {
    return this.page.getByRole('group', { name: this.t('builder.ruleTitle', { number: String(number) }) });
  }

  /** "Available: N" beside a rule, as the bank answers for it. */
  available(number: number): Locator {
    return this.page.getByTestId(`rule-available-${number}`);
  }

  private async choose(select: Locator, label: string) {
    await select.click();
    await optionIn(this.page, label).click();
    // The next drop-down may offer the same words: wait until this one has closed.
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }

  async addRandomRule(spec: RandomRuleSpec) {
    await this.page.getByRole('button', { name: this.t('builder.addRule') }).click();
    const number = await this.page
      .getByRole('group', { name: new RegExp(this.t('builder.ruleTitle', { number: '\\d+' })) })
      .count();
    await this.setRule(number, spec);
  }

  async setRule(number: number, spec: RandomRuleSpec) {
    const rule = this.rule(number);
    await this.choose(rule.getByLabel(this.t('fields.type'), { exact: true }), spec.type);
    await rule.getByLabel(this.t('fields.count'), { exact: true }).fill(String(spec.count));
    await rule.getByLabel(this.t('fields.points'), { exact: true }).fill(String(spec.points));
    await this.choose(
      rule.getByLabel(this.t('builder.minDifficulty'), { exact: true }),
      String(spec.minDifficulty),
    );
    await this.choose(
      rule.getByLabel(this.t('builder.maxDifficulty'), { exact: true }),
      String(spec.maxDifficulty),
    );
    const tags = rule.getByLabel(this.t('fields.tags'), { exact: true });
    for (const tag of spec.tags ?? []) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await tags.press('Escape');
  }

  async setPassMark(points: number) {
    await this.page.getByLabel(this.t('fields.passMark'), { exact: true }).fill(String(points));
  }

  async setTimeLimit(minutes: number) {
    await this.page.getByLabel(this.t('fields.timeLimit'), { exact: true }).fill(String(minutes));
  }

  async setStatus(status: 'draft' | 'open' | 'closed') {
    // Button-style radios hide their input; the user clicks the button around it.
    await this.page
      .getByRole('radio', { name: this.t(`status.${status}`), exact: true })
      .locator('xpath=ancestor::label')
      .click();
  }

  get total(): Locator {
    return this.page.getByTestId('test-total');
  }

  async save() {
    await this.page.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
  }

  /** A message the builder shows (under a field, a rule, or above the form). */
  message(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  /**
   * From anywhere: Tests → New test → title, one random rule, pass mark (and time limit, status) →
   * Save; ends on the saved test's page.
   */
  async createRandomTest(spec: RandomTestSpec) {
    await this.openList();
    await this.newTest();
    await this.fillTitle(spec.title);
    await this.addRandomRule(spec.rule);
    await expect(this.available(1)).toBeVisible();
    await this.setPassMark(spec.passMark);
    if (spec.timeLimitMinutes !== undefined) await this.setTimeLimit(spec.timeLimitMinutes);
    if (spec.open) await this.setStatus('open');
    await this.save();
    await expect(this.page.getByRole('heading', { name: spec.title, exact: true })).toBeVisible();
  }
}
