import { screens } from './pages/screens';
import { expect, screenshot, test } from './fixtures';
import { text } from './pages/locale';

const zhangWei = {
  employeeNo: 'E1001',
  name: '张伟',
  department: '客户服务部',
  position: 'Customer-relations specialist',
  hireDate: '2021-05-10',
  phone: '13812345678',
  email: 'zhangwei@example.com',
  trainer: {
    degree: '本科',
    certification: '高级培训师',
    fields: ['Complaint handling'],
    bio: '十年投诉处理经验',
  },
};

test('a coordinator adds an internal trainer and finds them by pinyin, initials and number', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, form, detail } = screens(page);
  await app.open(page);
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '0' }));

  await list.addEmployee();
  await form.fill(zhangWei);
  await screenshot(page, 'person-form-en', testInfo);
  await form.save();

  await expect(detail.heading('张伟')).toBeVisible();
  await expect(page.getByText(shell.t('people:trainerType.internal')).first()).toBeVisible();
  await expect(page.getByText('Complaint handling')).toBeVisible();
  await screenshot(page, 'person-detail-en', testInfo);

  await shell.goTo('people');
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '1' }));
  for (const query of ['zhw', 'zhangwei', 'zw', 'E1001', '张']) {
    await list.search(query);
    await expect(list.rows, `search ${query}`).toHaveCount(1);
    await expect(list.nameLinks).toHaveText(['张伟']);
  }
  await list.search('lina');
  await expect(list.rows).toHaveCount(0);
  await list.clearSearch();
  await expect(list.rows).toHaveCount(1);
  await screenshot(page, 'people-list-en', testInfo);
});

test('a duplicate employee number is refused in both languages and nothing is written', async ({
  page,
  app,
}) => {
  const { shell, list, form } = screens(page);
  await app.open(page);
  await list.addEmployee();
  await form.fill(zhangWei);
  await form.save();
  await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible();

  await shell.goTo('people');
  await list.addEmployee();
  await form.fill({ ...zhangWei, name: '李娜', trainer: undefined });
  await form.save();
  await expect(form.errorUnder('employeeNo')).toHaveText(
    text('en', 'errors.duplicateEmployeeNo', { name: '张伟' }),
  );

  await shell.switchLanguage('zh-CN');
  await form.save();
  await expect(form.errorUnder('employeeNo')).toHaveText(
    text('zh-CN', 'errors.duplicateEmployeeNo', { name: '张伟' }),
  );

  await page.getByRole('button', { name: shell.t('actions.cancel') }).click();
  await shell.goTo('people');
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '1' }));
  await expect(list.nameLinks).toHaveText(['张伟']);
});

test('bad input gets a message under each field and writes nothing', async ({ page, app }, testInfo) => {
  const { shell, list, form } = screens(page);
  await app.open(page);
  await list.addEmployee();
  await form.fill({ employeeNo: 'E2001', department: '客户服务部', phone: '12345', email: 'not-an-email' });
  await form.field('hireDate').fill('2099-01-01');
  await form.field('hireDate').press('Tab');
  await form.save();

  await expect(form.errorUnder('name')).toHaveText(shell.t('validation.required'));
  await expect(form.errorUnder('phone')).toHaveText(shell.t('validation.phone'));
  await expect(form.errorUnder('email')).toHaveText(shell.t('validation.email'));
  await expect(form.errorUnder('hireDate')).toHaveText(shell.t('validation.hireDateFuture'));
  await expect(form.errorUnder('position')).toHaveText(shell.t('validation.required'));
  await screenshot(page, 'person-form-errors-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await form.save();
  await expect(form.errorUnder('phone')).toHaveText(text('zh-CN', 'validation.phone'));
  await screenshot(page, 'person-form-errors-zh-CN', testInfo);

  await shell.goTo('people');
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '0' }));
});

test('the chosen language and the data are still there after a reload', async ({ page, app }, testInfo) => {
  const { shell, list, form, detail } = screens(page);
  await app.open(page);
  await shell.switchLanguage('zh-CN');
  await list.addEmployee();
  await form.fill({ ...zhangWei, position: '客户关系专员', trainer: { fields: ['投诉处理'] } });
  await screenshot(page, 'person-form-zh-CN', testInfo);
  await form.save();
  await expect(detail.heading('张伟')).toBeVisible();
  await screenshot(page, 'person-detail-zh-CN', testInfo);

  await page.reload();
  await expect(page.getByRole('navigation').getByText('人员档案')).toBeVisible();
  await shell.goTo('people');
  await expect(list.summary).toHaveText('共 1 人');
  await list.search('zhw');
  await expect(list.nameLinks).toHaveText(['张伟']);
  await list.clearSearch();
  await screenshot(page, 'people-list-zh-CN', testInfo);
});

test('an external trainer is kept with their organisation and found by trainer type', async ({
  page,
  app,
}) => {
  const { shell, list, form, detail } = screens(page);
  await app.open(page);
  await list.addEmployee();
  await form.fill({ ...zhangWei, trainer: undefined });
  await form.save();
  await shell.goTo('people');

  await list.addExternalTrainer();
  await form.fill({
    name: 'John Smith',
    organisation: 'ACME 咨询',
    trainer: { fields: ['Communication skills'] },
  });
  await form.save();
  await expect(detail.heading('John Smith')).toBeVisible();
  await expect(detail.value(shell.t('people:fields.organisation'))).toHaveText('ACME 咨询');

  await shell.goTo('people');
  await list.filterBy('trainerType', shell.t('people:trainerType.external'));
  await expect(list.rows).toHaveCount(1);
  await expect(list.nameLinks).toHaveText(['John Smith']);
  await list.search('js');
  await expect(list.nameLinks).toHaveText(['John Smith']);
});

test('a person is edited, deleted to the bin and restored', async ({ page, app }) => {
  const { shell, list, form, detail } = screens(page);
  await app.open(page);
  await list.addEmployee();
  await form.fill({ ...zhangWei, trainer: undefined });
  await form.save();

  await detail.edit();
  await form.field('phone').fill('010-87654321');
  await form.save();
  await expect(detail.value(shell.t('people:fields.phone'))).toHaveText('010-87654321');

  await detail.delete();
  await expect(page.getByTestId('deleted-banner')).toBeVisible();
  await shell.goTo('people');
  await expect(list.rows).toHaveCount(0);
  await list.showDeleted(true);
  await expect(list.rows).toHaveCount(1);
  await list.openPerson('张伟');
  await detail.restore();
  await shell.goTo('people');
  await list.showDeleted(false);
  await expect(list.rows).toHaveCount(1);
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '1' }));
});

test('settings show the language, the data folder and the version', async ({ page, app }, testInfo) => {
  const { shell } = screens(page);
  await app.open(page);
  await shell.goTo('settings');
  await expect(page.getByTestId('data-dir')).toContainText(app.dataDir);
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await screenshot(page, 'settings-en', testInfo);
  await shell.switchLanguage('zh-CN');
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await screenshot(page, 'settings-zh-CN', testInfo);
});

test.describe('on a computer whose language is Chinese', () => {
  test.use({ osLanguage: 'zh_CN.UTF-8' });

  test('the app opens in Chinese', async ({ page, app }) => {
    await app.open(page);
    await expect(page.getByRole('navigation').getByText('人员档案')).toBeVisible();
    await expect(page.getByTestId('people-summary')).toHaveText('共 0 人');
  });
});
