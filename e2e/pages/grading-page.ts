import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** One attempt as a grader sees it: every question and the answer given; short answers get points. */
export class GradingPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`trainee:${key}`, params);
  }

  async openFromQueue(personName: string) {
    await this.page
      .getByRole('link', { name: this.t('queue.gradeOf', { name: personName }) })
      .first()
      .click();
  }

  /** The points field of a short answer: its label names the question number and the maximum. */
  pointsField(n: number, max: number): Locator {
    return this.page.getByLabel(this.t('grade.points', { n: String(n), max: String(max) }), { exact: true });
  }

  /** Every short answer's points field on the page. */
  get pointsFields(): Locator {
    return this.page.getByRole('spinbutton');
  }

  async grade(field: Locator, points: string) {
    await field.fill(points);
    await field
      .locator('xpath=ancestor::form[1]')
      .getByRole('button', { name: this.t('grade.save') })
      .click();
  }

  get score(): Locator {
    return this.page.getByTestId('detail-score');
  }
}
