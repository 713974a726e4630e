import type { Page } from '@playwright/test';
import { expect as baseExpect, screenshot, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { CasePages } from './pages/case-pages';
import { MaterialPages } from './pages/material-pages';

// Each screen loads its code when first opened; on a busy machine that can take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

const HANDBOOK_PDF = {
  name: '投诉处理实务-第1版.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};
const SLIDES = {
  name: '第2版修订说明.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('新增第8章：价格争议处理\n'),
};

/** Every case the browser holds, as stored, read straight from IndexedDB. */
function storedCases(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('traindesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('cases').objectStore('cases').getAll();
          read.onsuccess = () => {
            resolve(JSON.stringify(read.result));
            open.result.close();
          };
        };
      }),
  );
}

test('a trainer publishes editions of a textbook, withdraws one, and finds it again', async ({
  page,
  app,
}, testInfo) => {
  // A long story on a machine that may be busy: three times the usual time.
  test.slow();
  const shell = new AppShell(page);
  const materials = new MaterialPages(shell);
  await app.open(page);
  await materials.open();
  await expect(materials.summary).toHaveText(shell.t('materials:count', { count: '0' }));

  await materials.add();
  await materials.fill({
    title: '投诉处理实务',
    type: 'Textbook',
    category: 'Complaint handling',
    authors: ['张伟', '李娜'],
    description: '投诉受理、记录、分类、处理、反馈、跟进与归档七个环节的标准做法。',
  });
  await screenshot(page, 'material-form-en', testInfo);
  await materials.save();
  await expect(materials.heading('投诉处理实务')).toBeVisible();
  await expect(page.getByText(shell.t('materials:edition.none'))).toBeVisible();

  await materials.publish({ files: [HANDBOOK_PDF] });
  await expect(materials.edition(1)).toContainText(shell.t('materials:edition.status.current'));
  await expect(materials.edition(1).getByTestId('attachment-item')).toContainText(HANDBOOK_PDF.name);

  // The second edition must say what changed; without a note nothing is published.
  await materials.openPublish();
  await expect(materials.dialog).toContainText(shell.t('materials:edition.publishHint', { number: '1' }));
  await materials.confirmDialog(shell.t('materials:edition.publish'));
  await expect(materials.dialog).toContainText(shell.t('materials:errors.changeNoteRequired'));
  await materials.dialog.getByLabel(shell.t('materials:edition.changeNote')).fill('新增第8章：价格争议处理');
  const chooser = page.waitForEvent('filechooser');
  await materials.dialog.locator('.ant-upload-drag').click();
  await (await chooser).setFiles([SLIDES]);
  await materials.dialog.getByTestId('attachment-item').filter({ hasText: SLIDES.name }).waitFor();
  await screenshot(page, 'material-publish-en', testInfo);
  await materials.confirmDialog(shell.t('materials:edition.publish'));
  await expect(materials.dialog).toHaveCount(0);

  await expect(materials.edition(2)).toContainText(shell.t('materials:edition.status.current'));
  await expect(materials.edition(1)).toContainText(shell.t('materials:edition.status.superseded'));
  await expect(page.getByTestId('edition').first()).toContainText(
    shell.t('materials:edition.number', { number: '2' }),
  );
  await screenshot(page, 'material-detail-en', testInfo);

  // Withdrawing the current edition asks for a reason and leaves no current edition.
  await materials.startWithdraw(2);
  await expect(materials.dialog).toContainText(shell.t('materials:edition.withdrawCurrent'));
  await materials.confirmDialog(shell.t('materials:edition.withdraw'));
  await expect(materials.dialog).toContainText(shell.t('validation.required'));
  await screenshot(page, 'material-withdraw-en', testInfo);
  await materials.withdraw('第8章引用的退货政策已失效');
  await expect(materials.edition(2)).toContainText(shell.t('materials:edition.status.withdrawn'));
  await expect(materials.edition(2)).toContainText('第8章引用的退货政策已失效');
  await expect(materials.edition(1)).toContainText(shell.t('materials:edition.status.superseded'));
  await expect(page.getByText(shell.t('materials:detail.noCurrent'))).toBeVisible();

  await materials.open();
  await expect(materials.summary).toHaveText(shell.t('materials:count', { count: '1' }));
  for (const query of ['投诉处理', '李娜', '归档']) {
    await materials.search(query);
    await expect(materials.titleLinks, query).toHaveText(['投诉处理实务']);
  }
  await materials.search('礼仪');
  await expect(materials.rows).toHaveCount(0);
  await materials.search('');
  await materials.filterByType('Video');
  await expect(materials.rows).toHaveCount(0);
  await materials.filterByType('Textbook');
  await expect(materials.titleLinks).toHaveText(['投诉处理实务']);
  await screenshot(page, 'materials-list-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await expect(materials.titleLinks).toHaveText(['投诉处理实务']);
  await expect(page.getByTestId('materials-rows')).toContainText('投诉处理');
  await screenshot(page, 'materials-list-zh-CN', testInfo);
  await materials.titleLinks.first().click();
  await expect(materials.edition(2)).toContainText(shell.t('materials:edition.status.withdrawn'));
  await screenshot(page, 'material-detail-zh-CN', testInfo);
  await materials.openPublish();
  await screenshot(page, 'material-publish-zh-CN', testInfo);
  await materials.dialog.getByRole('button', { name: shell.t('actions.cancel') }).click();
  await page.getByRole('button', { name: shell.t('actions.edit') }).click();
  await expect(materials.field('title')).toHaveValue('投诉处理实务');
  await screenshot(page, 'material-form-zh-CN', testInfo);
});

const REFRIGERATOR = {
  title: '冰箱退货纠纷',
  complaintType: 'After-sales support',
  difficulty: '4 · Hard',
  departments: ['客户服务部', '售后服务部'],
  background: '客户张三（手机13812345678）购买冰箱三天后出现异响，要求退货。',
  process: {
    receive: '来电受理，回拨号码 138 1234 5678 确认身份',
    classify: '归为售后服务类投诉',
    handle: '安排技术人员上门检测，地址：北京市朝阳区建国路88号3单元501',
    followUp: '一周后回访，客户满意',
  },
  solution: '检测确认压缩机故障，为客户更换新机。',
  customerFeedback: '客户对处理速度表示满意。',
  lessonsLearnt: '售后响应要快，先安抚情绪再处理问题。',
};

test('a case with a phone number is saved masked, after a warning that lists what is masked', async ({
  page,
  app,
}, testInfo) => {
  // A long story on a machine that may be busy: three times the usual time.
  test.slow();
  const shell = new AppShell(page);
  const cases = new CasePages(shell);
  await app.open(page);
  await cases.open();
  await expect(cases.summary).toHaveText(shell.t('cases:count', { count: '0' }));

  await cases.add();
  await cases.fill(REFRIGERATOR);
  await cases.field('title').scrollIntoViewIfNeeded();
  await screenshot(page, 'case-form-en', testInfo);
  await cases.save();

  await expect(cases.maskingWarning).toBeVisible();
  await expect(cases.maskedItems).toHaveCount(4);
  await expect(cases.maskedItems.filter({ hasText: shell.t('cases:masking.kind.mobile') })).toHaveCount(2);
  await expect(cases.maskedItems.filter({ hasText: '138****5678' })).toHaveCount(2);
  await expect(cases.maskedItems.filter({ hasText: '张**' })).toContainText(
    shell.t('cases:masking.kind.name'),
  );
  await expect(cases.maskedItems.filter({ hasText: '北京市朝阳区***' })).toContainText(
    shell.t('cases:masking.kind.address'),
  );
  // The warning names what will be stored, never the original.
  await expect(cases.maskingWarning).not.toContainText('13812345678');
  await screenshot(page, 'case-masking-en', testInfo);
  await cases.confirmMasking();

  await expect(cases.heading('冰箱退货纠纷')).toBeVisible();
  await expect(page.getByText('客户张**（手机138****5678）购买冰箱三天后出现异响，要求退货。')).toBeVisible();
  await expect(page.getByText('来电受理，回拨号码 138****5678 确认身份')).toBeVisible();
  await expect(page.getByText('安排技术人员上门检测，地址：北京市朝阳区***')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('13812345678');
  await screenshot(page, 'case-detail-en', testInfo);

  const stored = await storedCases(page);
  expect(stored).toContain('138****5678');
  expect(stored).not.toContain('13812345678');
  expect(stored).not.toContain('1234 5678');
  expect(stored).not.toContain('张三');
  expect(stored).not.toContain('建国路');

  // Editing shows the masked text; with nothing new to mask it saves without a warning.
  await cases.edit();
  await expect(cases.field('background')).toHaveValue(
    '客户张**（手机138****5678）购买冰箱三天后出现异响，要求退货。',
  );
  await cases.field('lessonsLearnt').fill('售后响应要快：24小时内上门。');
  await cases.save();
  await expect(cases.heading('冰箱退货纠纷')).toBeVisible();
  await expect(page.getByText('售后响应要快：24小时内上门。')).toBeVisible();

  await cases.open();
  await expect(cases.summary).toHaveText(shell.t('cases:count', { count: '1' }));
  await cases.search('压缩机');
  await expect(cases.titleLinks).toHaveText(['冰箱退货纠纷']);
  await cases.search('13812345678');
  await expect(cases.rows).toHaveCount(0);
  await cases.search('');
  await cases.filterBy('complaintType', 'Price dispute');
  await expect(cases.rows).toHaveCount(0);
  await cases.filterBy('complaintType', 'After-sales support');
  await cases.filterBy('department', '售后服务部');
  await expect(cases.titleLinks).toHaveText(['冰箱退货纠纷']);
  await screenshot(page, 'cases-list-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await expect(page.getByTestId('cases-rows')).toContainText('售后服务');
  await screenshot(page, 'cases-list-zh-CN', testInfo);
  await cases.titleLinks.first().click();
  await expect(page.getByText(shell.t('cases:step.receive'), { exact: true })).toBeVisible();
  await screenshot(page, 'case-detail-zh-CN', testInfo);

  await cases.open();
  await cases.add();
  await cases.fill({
    title: '话费争议',
    background: '顾客：王五，身份证110101199003071234，住址上海市浦东新区张江路1号',
  });
  await cases.save();
  await expect(cases.maskedItems).toHaveCount(3);
  await expect(cases.maskedItems.filter({ hasText: '110***********1234' })).toContainText(
    shell.t('cases:masking.kind.idNumber'),
  );
  await screenshot(page, 'case-masking-zh-CN', testInfo);
  await cases.maskingWarning.getByRole('button', { name: shell.t('actions.cancel') }).click();
  await expect(cases.maskingWarning).toHaveCount(0);
  await cases.field('title').scrollIntoViewIfNeeded();
  await screenshot(page, 'case-form-zh-CN', testInfo);
});
