import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { CourseCataloguePage } from './pages/course-catalogue-page';
import { CourseFormPage } from './pages/course-form-page';
import { ListsPage } from './pages/lists-page';
import { screens } from './pages/screens';

function listsScreen(page: Page) {
  const { shell } = screens(page);
  return { shell, lists: new ListsPage(shell) };
}

test('a coordinator renames, adds, hides and reorders course categories, in both languages', async ({
  page,
  app,
}, testInfo) => {
  const { shell, lists } = listsScreen(page);
  await app.open(page);
  await lists.open();
  await expect(lists.table('courseCategory')).toBeVisible();
  await expect(lists.rows).toHaveCount(10);
  await expect(lists.names('en').first()).toHaveText('Communication skills');
  await expect(lists.names('zh').first()).toHaveText('沟通技巧');

  await lists.rename('Customer loyalty', { zh: '客户维系', en: 'Customer retention' });
  await expect(lists.row('Customer retention')).toContainText('客户维系');
  await expect(lists.row('Customer loyalty')).toHaveCount(0);

  await lists.add({ zh: '远程服务礼仪', en: 'Remote service etiquette' });
  await expect(lists.rows).toHaveCount(11);
  await expect(lists.names('en').last()).toHaveText('Remote service etiquette');
  await lists.moveUp('Remote service etiquette');
  await expect(lists.names('en').nth(9)).toHaveText('Remote service etiquette');
  await expect(lists.names('en').last()).toHaveText('Service etiquette and professional conduct');

  await lists.hide('Teamwork and collaboration');
  await expect(lists.row('Teamwork and collaboration')).toContainText(shell.t('settings:lists.hiddenTag'));
  await screenshot(page, 'lists-en', testInfo);

  // Everything was written, not just shown: it is all there after a reload.
  await page.reload();
  await lists.heading.waitFor();
  await expect(lists.row('Customer retention')).toContainText('客户维系');
  await expect(lists.names('en').nth(9)).toHaveText('Remote service etiquette');
  await expect(lists.row('Teamwork and collaboration')).toContainText(shell.t('settings:lists.hiddenTag'));
  await lists.show('Teamwork and collaboration');
  await expect(lists.row('Teamwork and collaboration')).toContainText(shell.t('settings:lists.shown'));

  await shell.switchLanguage('zh-CN');
  await expect(lists.heading).toBeVisible();
  await expect(lists.row('客户维系')).toContainText('Customer retention');
  await lists.pickList('teachingMethod');
  await expect(lists.names('zh')).toHaveText([
    '集中授课',
    '小组讨论',
    '案例分析',
    '角色扮演',
    '模拟演练（含复盘）',
  ]);
  await lists.moveDown('集中授课');
  await expect(lists.names('zh').first()).toHaveText('小组讨论');
  await screenshot(page, 'lists-zh-CN', testInfo);

  await lists.startRename('角色扮演');
  await screenshot(page, 'lists-rename-zh-CN', testInfo);
  await lists.cancel();
});

test('a name already in the list, or a missing one, is refused with a message and nothing changes', async ({
  page,
  app,
}, testInfo) => {
  const { shell, lists } = listsScreen(page);
  await app.open(page);
  await lists.open();
  await lists.pickList('courseLevel');
  await expect(lists.names('en')).toHaveText(['Basic course', 'Advanced course']);

  await lists.startAdd();
  await lists.fillDialog({ zh: '管理课程', en: 'basic  COURSE' });
  await lists.save();
  await expect(lists.fieldError('labelEn')).toHaveText(
    shell.t('settings:lists.errors.labelTaken', { label: 'basic  COURSE' }),
  );
  await lists.fillDialog({ zh: '', en: 'Management course' });
  await lists.save();
  await expect(lists.fieldError('labelZh')).toHaveText(shell.t('settings:lists.errors.labelRequired'));
  await screenshot(page, 'lists-add-refused-en', testInfo);
  await lists.cancel();
  await expect(lists.rows).toHaveCount(2);

  await shell.switchLanguage('zh-CN');
  await lists.startRename('进阶课程');
  await lists.fillDialog({ zh: '基础课程', en: 'Senior course' });
  await lists.save();
  await expect(lists.fieldError('labelZh')).toHaveText(
    shell.t('settings:lists.errors.labelTaken', { label: '基础课程' }),
  );
  await screenshot(page, 'lists-rename-refused-zh-CN', testInfo);
  await lists.cancel();
  await expect(lists.names('zh')).toHaveText(['基础课程', '进阶课程']);
});

test('the course form offers renamed and added categories, and no longer offers a hidden one', async ({
  page,
  app,
}, testInfo) => {
  const { shell, lists } = listsScreen(page);
  const catalogue = new CourseCataloguePage(shell);
  const form = new CourseFormPage(shell);
  await app.open(page);
  await lists.open();
  await lists.rename('Customer loyalty', { zh: '客户维系', en: 'Customer retention' });
  await lists.add({ zh: '远程服务礼仪', en: 'Remote service etiquette' });
  await lists.hide('Teamwork and collaboration');

  await catalogue.open();
  await catalogue.addCourse();
  const category = form.field('category');
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await category.click();
  await category.fill('Remote');
  await expect(options).toHaveText(['Remote service etiquette']);
  await category.fill('Customer');
  await expect(options).toHaveText(['Customer data analysis', 'Customer retention']);
  await category.fill('Teamwork');
  await expect(options).toHaveCount(0);
  await category.fill('Remote');
  await screenshot(page, 'lists-offered-in-course-form-en', testInfo);
  await options.first().click();
  await expect(page.locator('.ant-form-item').filter({ has: category })).toContainText(
    'Remote service etiquette',
  );
});
