import type { Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { CourseCataloguePage } from './pages/course-catalogue-page';
import { CourseDetailPage } from './pages/course-detail-page';
import { CourseFormPage } from './pages/course-form-page';
import { CourseHistoryPage } from './pages/course-history-page';
import { screens } from './pages/screens';
import { expect as baseExpect, screenshot, test } from './fixtures';

// Each course screen loads its own chunk (TipTap, the pinyin dictionary) on first open, which can
// take more than the default 10 s when the machine runs other specs alongside.
const expect = baseExpect.configure({ timeout: 30_000 });

function courseScreens(page: Page) {
  const { shell } = screens(page);
  return {
    shell,
    catalogue: new CourseCataloguePage(shell),
    form: new CourseFormPage(shell),
    detail: new CourseDetailPage(shell),
    history: new CourseHistoryPage(shell),
  };
}

/** A plain blue PNG, big enough to see in the screenshots. */
function bluePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
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
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([22, 119, 255]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = bluePng(160, 90);

test('a trainer writes a course with two lessons and an image, publishes v1, edits, publishes v2 and compares', async ({
  page,
  app,
}, testInfo) => {
  // A long story: two languages, two publishes, every screen photographed.
  test.setTimeout(240_000);
  const { shell, catalogue, form, detail, history } = courseScreens(page);
  await app.open(page);
  await catalogue.open();
  await expect(catalogue.summary).toHaveText(shell.t('courses:catalogue.count', { count: '0' }));

  await catalogue.addCourse();
  await form.fill({
    title: '投诉处理基础',
    code: 'CS-101',
    category: 'Complaint handling',
    level: 'Basic course',
    delivery: 'Internal training',
    durationHours: '4',
    targetPositions: ['Customer-relations specialist'],
    tags: ['投诉'],
    objectives: '掌握投诉处理的标准流程：受理、记录、分类、处理、反馈、跟进、归档',
  });
  await screenshot(page, 'course-form-en', testInfo);
  await form.submit('create');
  await expect(detail.heading('投诉处理基础')).toBeVisible();
  await expect(detail.status).toContainText(shell.t('courses:status.draft'));

  // Bad input: a course without lessons cannot be published, and says why.
  const refused = await detail.openPublish();
  await expect(refused.getByRole('alert')).toContainText(shell.t('courses:errors.noLessons'));
  await expect(
    refused.getByRole('button', { name: shell.t('courses:publish.confirm', { version: '1' }) }),
  ).toBeDisabled();
  await screenshot(page, 'course-publish-refused-en', testInfo);
  await refused.getByRole('button', { name: shell.t('actions.cancel') }).click();

  await detail.button('courses:lessons.add').click();
  await detail.fillLesson({
    title: '倾听与共情',
    method: 'Role-play',
    minutes: '60',
    text: '面对投诉的客户，先完整倾听，再复述客户的诉求。',
    image: { name: 'listening.png', mimeType: 'image/png', buffer: PNG },
  });
  await screenshot(page, 'course-lesson-editor-en', testInfo);
  await detail.saveLesson();
  await detail.addLesson({
    title: '标准处理流程',
    method: 'Lecture',
    minutes: '45',
    text: '受理、记录、分类、处理。',
  });
  await expect(detail.lessons).toHaveCount(2);
  await expect(detail.lessons.nth(0)).toContainText('倾听与共情');

  await detail.publish(1, '首次发布');
  await expect(detail.status).toContainText(shell.t('courses:status.published'));
  await expect(detail.status).toContainText('v1');
  await screenshot(page, 'course-detail-en', testInfo);

  // Edit: rename a lesson, add a third and move it up to second place.
  await detail.openLesson('倾听与共情');
  await detail.fillLesson({ title: '倾听、共情与复述' });
  await detail.saveLesson();
  await detail.addLesson({
    title: '模拟投诉演练',
    method: 'Simulated drill (with debrief)',
    text: '两人一组模拟愤怒客户的投诉。',
  });
  await detail.moveUp('模拟投诉演练');
  await expect(detail.lessons.nth(1)).toContainText('模拟投诉演练');
  await expect(detail.status).toContainText(shell.t('courses:unpublishedChanges'));
  await detail.publish(2, '增加模拟演练');
  await expect(detail.status).toContainText('v2');
  await expect(detail.status).not.toContainText(shell.t('courses:unpublishedChanges'));

  await detail.openHistory(2);
  await expect(history.versions).toHaveCount(2);
  await expect(history.versions.nth(0)).toContainText('增加模拟演练');
  await screenshot(page, 'course-history-en', testInfo);
  await history.compare(1, 2);
  await expect(
    page.getByRole('heading', { name: shell.t('courses:compare.title', { from: 'v1', to: 'v2' }) }),
  ).toBeVisible();
  await expect(history.lessonChanges).toHaveCount(2);
  await expect(history.lessonChanges.filter({ hasText: shell.t('courses:compare.added') })).toContainText(
    '模拟投诉演练',
  );
  await expect(history.lessonChanges.filter({ hasText: shell.t('courses:compare.edited') })).toContainText(
    '倾听、共情与复述',
  );
  await screenshot(page, 'course-compare-en', testInfo);

  // v1 stays as it was published: the old lesson title, the image still shown.
  await page.goBack();
  await history.view(1);
  await expect(page.getByText('1. 倾听与共情')).toBeVisible();
  await page.getByText('1. 倾听与共情').click();
  await expect(page.getByRole('img', { name: 'listening.png' })).toBeVisible();
  await screenshot(page, 'course-version-en', testInfo);

  // Full-text search finds the course through its lesson text, in Chinese.
  await catalogue.open();
  await catalogue.search('愤怒');
  await expect(catalogue.rows).toHaveCount(1);
  await expect(catalogue.rows.first().getByTestId('matched-lessons')).toContainText('模拟投诉演练');
  await catalogue.search('投诉');
  await expect(catalogue.rows).toHaveCount(1);
  await screenshot(page, 'course-catalogue-en', testInfo);

  // The same screens in Chinese.
  await shell.switchLanguage('zh-CN');
  await expect(catalogue.rows.first().getByTestId('matched-lessons')).toContainText('匹配的课时');
  await screenshot(page, 'course-catalogue-zh', testInfo);
  await catalogue.openCourse('投诉处理基础');
  await expect(detail.status).toContainText('已发布');
  await screenshot(page, 'course-detail-zh', testInfo);
  await detail.openLesson('模拟投诉演练');
  await screenshot(page, 'course-lesson-editor-zh', testInfo);
  await detail.drawer.getByRole('button', { name: shell.t('actions.cancel'), exact: true }).click();
  await detail.openHistory(2);
  await screenshot(page, 'course-history-zh', testInfo);
  await history.compare(1, 2);
  await expect(history.lessonChanges).toHaveCount(2);
  await screenshot(page, 'course-compare-zh', testInfo);
  await page.goBack();
  await history.view(1);
  await expect(page.getByText('1. 倾听与共情')).toBeVisible();
  await screenshot(page, 'course-version-zh', testInfo);
});

test('an untitled course is refused at publishing in Chinese; archive and duplicate work from the catalogue', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { shell, catalogue, form, detail } = courseScreens(page);
  await app.open(page);
  await shell.switchLanguage('zh-CN');
  await catalogue.open();
  await catalogue.addCourse();
  await form.fill({ code: 'X-1' });
  await screenshot(page, 'course-form-zh', testInfo);
  await form.submit('create');
  await expect(detail.heading(shell.t('courses:untitled'))).toBeVisible();
  const refused = await detail.openPublish();
  await expect(refused.getByRole('alert')).toContainText(shell.t('courses:errors.noTitle'));
  await expect(refused.getByRole('alert')).toContainText(shell.t('courses:errors.noLessons'));
  await screenshot(page, 'course-publish-refused-zh', testInfo);
  await refused.getByRole('button', { name: shell.t('actions.cancel') }).click();

  await detail.button('actions.edit').click();
  await form.fill({ title: '服务礼仪' });
  await form.submit('save');
  await expect(detail.heading('服务礼仪')).toBeVisible();
  await detail.addLesson({ title: '电话礼仪', text: '接听电话的规范用语。' });
  await detail.button('courses:detail.duplicate').click();
  await expect(detail.heading('服务礼仪（副本）')).toBeVisible();
  await expect(detail.lessons).toHaveCount(1);

  await detail.button('courses:detail.archive').click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: shell.t('courses:detail.archive') })
    .click();
  await expect(detail.status).toContainText(shell.t('courses:status.archived'));
  await catalogue.open();
  await expect(catalogue.rows).toHaveCount(1);
  await expect(catalogue.summary).toHaveText(shell.t('courses:catalogue.count', { count: '1' }));
  await catalogue.filterBy('status', shell.t('courses:status.archived'));
  await expect(catalogue.rows).toHaveCount(1);
  await expect(catalogue.row('服务礼仪（副本）')).toBeVisible();
});

test('a trainer starts a new draft from v1, after a warning that unpublished changes are discarded', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const { shell, catalogue, form, detail, history } = courseScreens(page);
  await app.open(page);
  await catalogue.open();
  await catalogue.addCourse();
  await form.fill({ title: '客户数据分析' });
  await form.submit('create');
  await detail.addLesson({ title: '数据清洗', text: '去除重复的客户记录。' });
  await detail.publish(1, '');
  await detail.addLesson({ title: '客户画像', text: '按价值分群。' });
  await expect(detail.lessons).toHaveCount(2);
  // Drag the second lesson onto the first: it takes the first place.
  await detail.lessons.nth(1).dragTo(detail.lessons.nth(0));
  await expect(detail.lessons.nth(0)).toContainText('客户画像');

  await detail.openHistory(1);
  await history.compare(1, 'draft');
  await expect(history.lessonChanges).toHaveCount(1);
  await expect(history.lessonChanges.first()).toContainText('客户画像');
  await page.goBack();

  await history.startDraftFrom(1);
  const warning = page.getByRole('dialog');
  await expect(warning).toContainText(shell.t('courses:history.discardTitle'));
  await warning.getByRole('button', { name: shell.t('courses:history.discardConfirm') }).click();
  await expect(detail.lessons).toHaveCount(1);
  await expect(detail.lessons.first()).toContainText('数据清洗');
  await expect(detail.status).toContainText('v1');
  await expect(detail.status).not.toContainText(shell.t('courses:unpublishedChanges'));

  // The lesson that left the draft is no longer found by search.
  await catalogue.open();
  await catalogue.search('画像');
  await expect(catalogue.rows).toHaveCount(0);
  await catalogue.search('清洗');
  await expect(catalogue.rows).toHaveCount(1);
});
