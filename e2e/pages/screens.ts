import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { ImportWizardPage } from './import-wizard-page';
import type { Lang } from './locale';
import { PeopleListPage } from './people-list-page';
import { PersonDetailPage } from './person-detail-page';
import { PersonFormPage } from './person-form-page';
import { SettingsPage } from './settings-page';

/** Every page model over one page, sharing the shell (and so the language the user switched to). */
export function screens(page: Page, lang: Lang = 'en') {
  const shell = new AppShell(page, lang);
  return {
    shell,
    list: new PeopleListPage(shell),
    form: new PersonFormPage(shell),
    detail: new PersonDetailPage(shell),
    settings: new SettingsPage(shell),
    wizard: new ImportWizardPage(shell),
  };
}
