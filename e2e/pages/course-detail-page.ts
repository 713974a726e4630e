import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface LessonDetails {
  title?: string;
  /** Label as shown. */
  method?: string;
  minutes?: string;
  /** Typed into the rich-text editor. */
  text?: string;
  image?: { name: string; mimeType: string; buffer: Buffer };
}

/** A course's page: the draft with its lessons, publishing, and the versions tab. */
export class CourseDetailPage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 3 });
  }

  get status(): Locator {
    return this.page.locator('.page-head').getByTestId('course-status');
  }

  get lessons(): Locator {
    return this.page.getByTestId('lesson-item');
  }

  button(key: string): Locator {
    // Not exact: an icon adds its own name ("send Publish").
    return this.page.getByRole('button', { name: this.shell.t(key) });
  }

  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  async addLesson(details: LessonDetails) {
    await this.button('courses:lessons.add').click();
    await this.fillLesson(details);
    await this.saveLesson();
  }

  async openLesson(title: string) {
    await this.lessons.getByText(title, { exact: true }).click();
    await this.drawer.waitFor();
  }

  async fillLesson({ title, method, minutes, text, image }: LessonDetails) {
    const drawer = this.drawer;
    if (title !== undefined)
      await drawer.getByLabel(this.shell.t('courses:lesson.title'), { exact: true }).fill(title);
    if (method !== undefined) {
      await drawer.getByLabel(this.shell.t('courses:lesson.method'), { exact: true }).click();
      await this.page.locator('.ant-select-dropdown:visible').getByText(method, { exact: true }).click();
    }
    if (minutes !== undefined) {
      await drawer.getByLabel(this.shell.t('courses:lesson.durationMinutes'), { exact: true }).fill(minutes);
    }
    const editor = drawer.getByRole('textbox', { name: this.shell.t('courses:lesson.contentHtml') });
    if (text !== undefined) {
      await editor.click();
      await this.page.keyboard.type(text);
    }
    if (image) {
      const chooser = this.page.waitForEvent('filechooser');
      await drawer.getByRole('button', { name: this.shell.t('settings:richText.image') }).click();
      await (await chooser).setFiles(image);
      await editor.locator('img').waitFor();
    }
  }

  async saveLesson() {
    await this.drawer.getByRole('button', { name: this.shell.t('actions.save'), exact: true }).click();
    await this.drawer.waitFor({ state: 'detached' });
  }

  async moveUp(title: string) {
    await this.page.getByRole('button', { name: this.shell.t('courses:lessons.moveUp', { title }) }).click();
  }

  async openPublish() {
    await this.button('courses:detail.publish').click();
    return this.page.getByRole('dialog');
  }

  async publish(version: number, note: string) {
    const dialog = await this.openPublish();
    await dialog.getByLabel(this.shell.t('courses:publish.note')).fill(note);
    await dialog
      .getByRole('button', { name: this.shell.t('courses:publish.confirm', { version: String(version) }) })
      .click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The versions tab; its label carries the number of versions. */
  async openHistory(versions: number) {
    await this.page
      .getByRole('tab', { name: this.shell.t('courses:detail.history', { count: String(versions) }) })
      .click();
  }
}
