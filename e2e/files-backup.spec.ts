import type { Page } from '@playwright/test';
import { screens } from './pages/screens';
import { expect, screenshot, test, type RunningApp } from './fixtures';

// A 2×2 red PNG.
const PHOTO = {
  name: '张伟.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
    'base64',
  ),
};
// Larger than one staged piece (4 MiB), so it crosses to the main process in several calls.
const VIDEO = { name: '投诉处理演练.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(6 * 1024 * 1024, 7) };
const CERTIFICATE = {
  name: '讲师资格证书.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('高级培训师资格证书 No. 2024-0815\n'),
};

async function addPerson(page: Page, employeeNo: string, name: string, files = false) {
  const { shell, list, form, detail } = screens(page);
  await shell.goTo('people');
  await list.addEmployee();
  await form.fill({ employeeNo, name, department: '客户服务部', position: 'Customer-relations specialist' });
  if (files) {
    await form.attach('photo', [PHOTO]);
    await form.attach('documents', [CERTIFICATE]);
  }
  await form.save();
  await expect(detail.heading(name)).toBeVisible();
}

/** Reads the shown photo back through the URL the app uses, so the bytes are compared exactly. */
async function photoBytes(page: Page, app: RunningApp): Promise<Buffer> {
  const src = await page.getByRole('img', { name: 'Photo' }).getAttribute('src');
  const response = await page.request.get(new URL(src!, app.url).toString());
  expect(response.ok()).toBe(true);
  return Buffer.from(await response.body());
}

test('a coordinator attaches a photo and a certificate to a person, previews and opens them', async ({
  page,
  app,
}, testInfo) => {
  const { detail, shell, form } = screens(page);
  await app.open(page);
  await addPerson(page, 'E3001', '张伟', true);

  await expect(page.getByRole('img', { name: 'Photo' })).toBeVisible();
  expect(await photoBytes(page, app)).toEqual(PHOTO.buffer);
  await expect(page.getByTestId('attachment-item')).toHaveText(new RegExp(CERTIFICATE.name));
  await screenshot(page, 'person-detail-attachments-en', testInfo);

  await detail.edit();
  await form.attach('documents', [VIDEO]);
  await form.save();
  await expect(page.getByTestId('attachment-item').filter({ hasText: VIDEO.name })).toContainText('6.0 MB');

  const popup = page.waitForEvent('popup');
  await page
    .getByRole('button', { name: shell.t('attachments:openName', { name: CERTIFICATE.name }) })
    .click();
  const opened = await popup;
  await expect(opened.locator('body')).toContainText('高级培训师资格证书 No. 2024-0815');
  await opened.close();

  await detail.edit();
  await page.getByRole('button', { name: shell.t('attachments:previewName', { name: PHOTO.name }) }).click();
  const preview = page.getByRole('dialog').getByRole('img', { name: PHOTO.name });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await screenshot(page, 'attachment-preview-en', testInfo);
});

test('a backup is made, the people are deleted, the backup is restored and they are back', async ({
  page,
  app,
}, testInfo) => {
  // Two backups (the manual one and the safety one before the restore) and a restore through a
  // scratch database of every table: more than the default minute on a busy two-core machine.
  test.setTimeout(180_000);
  const { shell, list, detail, settings } = screens(page);
  await app.open(page);
  await addPerson(page, 'E4001', '张伟', true);
  await addPerson(page, 'E4002', '李娜');

  await shell.goTo('settings');
  await settings.backUpNow();
  await expect(settings.lastBackup).toContainText(shell.t('backup:verified'), { timeout: 30_000 });
  await expect(settings.backupRows).toHaveCount(1);
  await screenshot(page, 'settings-backup-en', testInfo);

  for (const name of ['张伟', '李娜']) {
    await shell.goTo('people');
    await list.openPerson(name);
    await detail.delete();
    await expect(page.getByTestId('deleted-banner')).toBeVisible();
  }
  await shell.goTo('people');
  await expect(list.rows).toHaveCount(0);

  await shell.goTo('settings');
  await settings.restoreNewestBackup();
  await expect(settings.restoreDialog.getByTestId('restore-people-count')).toHaveText('2');
  await screenshot(page, 'restore-confirm-en', testInfo);
  await settings.confirmRestore();
  await expect(page.getByText(shell.t('backup:restore.done', { count: '2' }))).toBeVisible({
    timeout: 30_000,
  });
  // The safety backup made before the restore is listed too.
  await expect(settings.backupRows).toHaveCount(2);

  await shell.goTo('people');
  await expect(list.nameLinks).toHaveText(['李娜', '张伟']);
  await list.openPerson('张伟');
  expect(await photoBytes(page, app)).toEqual(PHOTO.buffer);
});

test('a damaged backup file is refused with a clear message and changes nothing', async ({ page, app }) => {
  const { shell, list, settings } = screens(page);
  await app.open(page);
  await addPerson(page, 'E5001', '王芳');
  await shell.goTo('settings');
  await settings.restoreFromFile({
    name: 'TrainDesk-backup.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK\u0003\u0004 not really a zip'),
  });
  await expect(page.getByText(shell.t('errors.backupCorrupt'))).toBeVisible();
  await expect(settings.restoreDialog).toBeHidden();
  await shell.goTo('people');
  await expect(list.nameLinks).toHaveText(['王芳']);
});

test('files no record uses any more are found and removed from Settings', async ({ page, app }) => {
  const { shell, list, form, settings, detail } = screens(page);
  await app.open(page);
  await addPerson(page, 'E6001', '赵敏', true);
  await detail.edit();
  await form.removeAttachment(CERTIFICATE.name);
  await form.save();
  await expect(detail.heading('赵敏')).toBeVisible();

  await shell.goTo('settings');
  await settings.checkUnusedFiles();
  await expect(settings.cleanupReport).toContainText(
    shell.t('attachments:settings.unused', { count: '1', size: '42 B' }),
  );
  await settings.removeUnusedFiles();
  await expect(settings.cleanupReport).toContainText(
    shell.t('attachments:settings.removed', { count: '1', size: '42 B' }),
  );
  await settings.checkUnusedFiles();
  await expect(settings.cleanupReport).toContainText(
    shell.t('attachments:settings.unused', { count: '0', size: '0 B' }),
  );

  await shell.goTo('people');
  await list.openPerson('赵敏');
  await expect(page.getByRole('img', { name: 'Photo' })).toBeVisible();
});

test.describe('on a fresh install, where automatic backups are on (daily)', () => {
  test.use({ initialSettings: {} });

  test('the first automatic backup is made soon after start and shown in Settings', async ({ page, app }) => {
    const { shell, settings } = screens(page);
    await app.open(page);
    await addPerson(page, 'E7001', '孙丽');
    await shell.goTo('settings');
    // The first check runs 20 s after start, so that it never competes with the first screen.
    await expect(settings.lastBackup).toContainText(shell.t('backup:verified'), { timeout: 45_000 });
    await expect(settings.backupRows.first()).toContainText(shell.t('backup:kinds.auto'));
  });
});
