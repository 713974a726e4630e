import type { Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { expect as baseExpect, screenshot, test } from './fixtures';
import { CourseCataloguePage } from './pages/course-catalogue-page';
import { CourseDetailPage } from './pages/course-detail-page';
import { CourseFormPage } from './pages/course-form-page';
import { screens } from './pages/screens';

// The editor's chunk (TipTap) loads on first open, slowly when other specs share the machine.
const expect = baseExpect.configure({ timeout: 30_000 });

/** A one-colour PNG (a valid file the attachment store accepts and Chromium draws). */
function redPng(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([220, 40, 40]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface StoredLesson {
  title: string;
  contentHtml: string;
  images: { sha256: string; name: string }[];
}

function storedLessons(page: Page): Promise<StoredLesson[]> {
  return page.evaluate(async () => {
    const request = indexedDB.open('traindesk');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    const all = db.transaction('lessons').objectStore('lessons').getAll();
    const lessons = await new Promise<StoredLesson[]>(
      (resolve) => (all.onsuccess = () => resolve(all.result)),
    );
    db.close();
    return lessons;
  });
}

/** What a paste from a hostile web page would bring: a script, handlers, a remote image, a javascript: link. */
async function pasteHtml(page: Page, html: string) {
  await page.locator('.ProseMirror').evaluate((editor, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'pasted');
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
}

test('a trainer formats lesson text, adds an image, and nothing unsafe or secret is stored', async ({
  page,
  app,
}, testInfo) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) cspErrors.push(m.text());
  });
  const { shell } = screens(page);
  const catalogue = new CourseCataloguePage(shell);
  const form = new CourseFormPage(shell);
  const detail = new CourseDetailPage(shell);
  await app.open(page);
  await catalogue.open();
  await catalogue.addCourse();
  await form.fill({ title: '投诉处理基础' });
  await form.submit('create');
  await detail.button('courses:lessons.add').click();

  const drawer = detail.drawer;
  const editor = drawer.getByRole('textbox', { name: shell.t('courses:lesson.contentHtml') });
  const tool = (key: string) =>
    drawer.getByRole('button', { name: shell.t(`settings:richText.${key}`), exact: true });
  await editor.click();
  await tool('heading2').click();
  await page.keyboard.type('倾听');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Listen first, ');
  await tool('bold').click();
  await page.keyboard.type('then answer');
  await tool('bold').click();
  await expect(editor.locator('h2')).toHaveText('倾听');
  await expect(editor.locator('strong')).toHaveText('then answer');

  const chooser = page.waitForEvent('filechooser');
  await tool('image').click();
  await (
    await chooser
  ).setFiles([
    { name: '流程图.png', mimeType: 'image/png', buffer: redPng(160, 90) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') },
  ]);
  await expect(page.getByText(shell.t('settings:richText.notAnImage', { name: 'notes.txt' }))).toBeVisible();
  const image = editor.locator('img');
  await expect(image).toHaveAttribute('alt', '流程图.png');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
  await page.keyboard.type('After the picture.');
  await screenshot(page, 'rich-text-editor-en', testInfo);
  expect(cspErrors).toEqual([]);

  await pasteHtml(
    page,
    '<p>pasted<img src="https://tracker.example/p.gif" onerror="window.pwned=1"><script>window.pwned=1</script>' +
      '<a href="javascript:window.pwned=1">link</a></p>',
  );
  await expect(editor).toContainText('pastedlink');
  expect(await editor.innerHTML()).not.toMatch(/tracker\.example|javascript:|onerror|<script/);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // Deleting everything drops the image from the record; undoing brings both back.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(image).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(image).toHaveCount(1);

  await drawer.getByLabel(shell.t('courses:lesson.title'), { exact: true }).fill('第一课');
  await drawer.getByRole('button', { name: shell.t('actions.save'), exact: true }).click();
  await drawer.waitFor({ state: 'detached' });

  const [lesson] = await storedLessons(page);
  expect(lesson?.title).toBe('第一课');
  const sha = lesson!.images[0]!.sha256;
  expect(lesson!.images).toEqual([expect.objectContaining({ name: '流程图.png', sha256: sha })]);
  expect(lesson!.contentHtml).toContain(`<img alt="流程图.png" data-sha256="${sha}">`);
  expect(lesson!.contentHtml).toContain('<h2>倾听</h2>');
  // No address, so no browser-mode token, is ever stored; nothing of the hostile paste either.
  expect(lesson!.contentHtml).not.toMatch(/src=|token|127\.0\.0\.1|tracker|javascript:|<script|onerror/);

  await shell.switchLanguage('zh-CN');
  await detail.openLesson('第一课');
  await expect(
    drawer.getByRole('textbox', { name: shell.t('courses:lesson.contentHtml') }).locator('img'),
  ).toHaveCount(1);
  await screenshot(page, 'rich-text-editor-zh-CN', testInfo);
});
