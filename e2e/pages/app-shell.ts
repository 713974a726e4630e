import type { Page } from '@playwright/test';
import { text, type Lang } from './locale';

export type NavArea =
  'people' | 'courses' | 'materials' | 'questions' | 'tests' | 'attempts' | 'cases' | 'settings';

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
}
