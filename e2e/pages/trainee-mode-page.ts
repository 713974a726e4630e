import type { Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/** Full-screen trainee mode 学员模式: pick a name, read the rules, answer, submit, see the result. */
export class TraineeModePage {
  readonly page: Page;
  constructor(readonly shell: AppShell) {
    this.page = shell.page;
  }

  private t(key: string, params?: Record<string, string>) {
    return this.shell.t(`trainee:${key}`, params);
  }

  async open(testId: string) {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/trainee/${testId}`);
    await this.searchBox.waitFor();
  }

  get searchBox(): Locator {
    return this.page.getByLabel(this.t('pick.search'));
  }

  async pickPerson(query: string, name: string) {
    await this.searchBox.fill(query);
    await this.page
      .getByRole('list', { name: this.t('pick.matches') })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click();
  }

  get startButton(): Locator {
    return this.page.getByRole('button', { name: this.t('rules.start'), exact: true });
  }

  get resumeButton(): Locator {
    return this.page.getByRole('button', { name: this.t('rules.resume'), exact: true });
  }

  /** The card of question n (1-based) as shown. */
  question(n: number): Locator {
    return this.page.getByRole('group', { name: this.t('taking.questionN', { n: String(n) }), exact: true });
  }

  get questions(): Locator {
    return this.page.locator('.trainee-question');
  }

  async questionType(n: number): Promise<string> {
    const types = ['single', 'multiple', 'trueFalse', 'fillBlank', 'shortAnswer'];
    const title = (await this.question(n).locator('.ant-card-head-title').textContent()) ?? '';
    return types.find((type) => title.includes(this.t(`types.${type}`))) ?? 'unknown';
  }

  /** Answers question n with its first choice(s) or the given text. */
  async answer(n: number, text = '答案') {
    const q = this.question(n);
    const type = await this.questionType(n);
    if (type === 'single' || type === 'trueFalse') await q.getByRole('radio').first().check();
    else if (type === 'multiple') await q.getByRole('checkbox').first().check();
    else await q.getByRole('textbox').fill(text);
  }

  /** Checks the option of question n whose text is `text` (options are lettered as shown: "B. 分类"). */
  async choose(n: number, text: string) {
    await this.question(n)
      .getByRole('radio', { name: new RegExp(`^[A-Z]\\. ${text}$`) })
      .check();
  }

  async stem(n: number): Promise<string> {
    return (await this.question(n).locator('.stem').textContent()) ?? '';
  }

  navigatorCell(n: number, answered: boolean): Locator {
    return this.page.getByRole('button', {
      name: this.t(answered ? 'taking.goToAnswered' : 'taking.goToUnanswered', { n: String(n) }),
      exact: true,
    });
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  get answeredCount(): Locator {
    return this.page.getByTestId('answered-count');
  }

  get timer(): Locator {
    return this.page.getByRole('timer');
  }

  async waitUntilSaved() {
    await this.saveState.filter({ hasText: this.t('taking.save.saved') }).waitFor();
  }

  /** Submits; when questions are unanswered the confirmation says how many. */
  async submit() {
    await this.page
      .getByRole('button', { name: this.t('taking.submit'), exact: true })
      .first()
      .click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.t('taking.submit'), exact: true })
      .click();
  }

  get score(): Locator {
    return this.page.getByTestId('attempt-score');
  }

  /** Who, passed or not, and the pass mark, under the score. */
  get verdict(): Locator {
    return this.page.getByTestId('attempt-verdict');
  }

  get nextTrainee(): Locator {
    return this.page.getByRole('button', { name: this.t('result.next'), exact: true });
  }

  async exit() {
    await this.page.getByRole('button', { name: this.t('exit.button') }).click();
    await this.page.getByRole('button', { name: this.t('exit.confirm'), exact: true }).click();
  }

  async switchLanguage(lang: 'en' | 'zh-CN') {
    await this.page
      .getByRole('banner')
      .getByText(this.shell.t(`language.${lang}`), { exact: true })
      .click();
    this.shell.lang = lang;
    await this.page.getByRole('button', { name: this.t('exit.button') }).waitFor();
  }
}
