import type { Page } from '@playwright/test';
import { text, type Lang } from './locale';

export type NavArea =
  'people' | 'courses' | 'materials' | 'questions' | 'tests' | 'attempts' | 'cases' | 'settings';

/** The screens under "Lending" in the side navigation. */
export type LendingArea =
  | 'lendingOverview'
  | 'desk'
  | 'copies'
  | 'overdue'
  | 'holds'
  | 'charges'
  | 'recall'
  | 'stocktake'
  | 'lendingPolicies';

/** The frame around every screen: side navigation and the language switch in the header. */
export class AppShell {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  t(key: string, params?: Record<string, string>) {
    return text(this.lang, key, params);
  }

  async switchLanguage(lang: Lang) {
    await this.page
      .getByRole('banner')
      .getByText(text(lang, `language.${lang}`), { exact: true })
      .click();
    this.lang = lang;
    await this.page.getByRole('navigation').getByText(this.t('nav.people')).waitFor();
  }

  async goTo(area: NavArea) {
    await this.page
      .getByRole('navigation')
      .getByText(this.t(`nav.${area}`))
      .click();
  }

  /** Opens a lending screen, unfolding the Lending group of the navigation first if it is closed. */
  async goToLending(area: LendingArea) {
    const nav = this.page.getByRole('navigation');
    const item = nav.getByRole('menuitem', { name: this.t(`nav.${area}`), exact: true });
    if (!(await item.isVisible())) await nav.getByText(this.t('nav.lending'), { exact: true }).click();
    await item.click();
  }
}
