import ExcelJS from 'exceljs';
import type { Page, TestInfo } from '@playwright/test';
import { expect as baseExpect, screenshot, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { CopiesPage } from './pages/copies-page';
import { ImportWizardPage, type UploadFile } from './pages/import-wizard-page';
import { MaterialPages } from './pages/material-pages';
import { pdfText, PrintPage } from './pages/print-page';

// Each screen loads its code when first opened; on a busy machine that can take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
// Stories through several screens, on a machine that may be busy.
test.describe.configure({ timeout: 300_000 });

const TITLE = '投诉处理实务';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COPY_HEADERS = ['资料名称', '版次', '条码', '架位', '入藏日期', '赔偿价格（元）', '品相', '备注'];

/** A sheet of copies as an office types it: Chinese headers, 第1版, a real date cell, a cost as a number. */
async function copiesXlsx(rows: (string | number | Date)[][]): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('副本');
  sheet.addRow(COPY_HEADERS);
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  return {
    name: '馆藏副本.xlsx',
    mimeType: XLSX_MIME,
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** A trainer's textbook with its first edition, made through the materials screens; its page stays open. */
async function textbookWithEdition(materials: MaterialPages) {
  await materials.open();
  await materials.add();
  await materials.fill({ title: TITLE, type: 'Textbook', category: 'Complaint handling', authors: ['张伟'] });
  await materials.save();
  await expect(materials.heading(TITLE)).toBeVisible();
  await materials.publish({});
  await expect(materials.edition(1)).toBeVisible();
}

/** Reads a label sheet back from its PDF, the way a user's “Save as PDF” makes it. */
async function labelPdf(print: PrintPage, testInfo: TestInfo, name: string): Promise<string> {
  return pdfText(await print.pdf(), testInfo.outputPath(`${name}.pdf`));
}

/**
 * The label tab opens the browser's print dialog by itself (browser mode); headless Chromium then
 * refuses to make a PDF of that page ("already being printed"). The test stands in for the user who
 * closes the dialog: print() does nothing, and the test makes the PDF itself.
 */
async function noPrintDialogs(page: Page) {
  await page.context().addInitScript(() => {
    window.print = () => undefined;
  });
}

/** The textbook with `count` copies of edition 1 (TD000001 …), added from its page. */
async function textbookWithCopies(materials: MaterialPages, copies: CopiesPage, count: number) {
  await textbookWithEdition(materials);
  await copies.addFromMaterial(1);
  await copies.fillAdd({ count, location: 'A-03-2', cost: '45' });
  await copies.submitAdd();
  await expect(copies.addedBarcodes).toContainText(`TD${String(count).padStart(6, '0')}`);
}

function screensOf(page: Page) {
  const shell = new AppShell(page);
  return {
    shell,
    materials: new MaterialPages(shell),
    copies: new CopiesPage(shell),
    wizard: new ImportWizardPage(shell),
  };
}

test('an office adds 20 copies of an edition from the material page, prints their labels and sees them listed', async ({
  page,
  app,
}, testInfo) => {
  const { shell, materials, copies } = screensOf(page);
  await noPrintDialogs(page);
  await app.open(page);
  await textbookWithEdition(materials);

  // From the material's page: "Add copies of edition 1", with the material and edition chosen.
  await expect(copies.materialSection).toContainText(shell.t('copies:materialSection.none'));
  await copies.addFromMaterial(1);
  await expect(copies.field('material')).toBeVisible();
  await copies.fillAdd({ count: 20, location: 'A-03-2', cost: '45.50' });
  await screenshot(page, 'copies-add-en', testInfo);
  await copies.submitAdd();
  await expect(copies.addedBarcodes).toHaveText(
    shell.t('copies:add.range', { first: 'TD000001', last: 'TD000020' }),
  );

  // The labels of the batch just added: an A4 sheet with title, edition, location and barcode.
  const sheet = new PrintPage(
    await copies.printLabels(shell.t('copies:add.printLabels_other', { count: '20' })),
  );
  await sheet.waitUntilReady();
  await expect(sheet.page.getByTestId('label')).toHaveCount(20);
  await screenshot(sheet.page, 'copies-labels-en', testInfo);
  const text = await labelPdf(sheet, testInfo, 'labels-batch');
  for (const expected of [TITLE, 'Edition 1', 'A-03-2', 'TD000001', 'TD000020'])
    expect(text, expected).toContain(expected);
  await sheet.page.close();

  // In the list, filtered to the material's edition 1, and in the whole list.
  await copies.showAddedInList();
  await expect(copies.summary).toHaveText(shell.t('copies:list.shown_other', { count: '20', more: '' }));
  await expect(copies.row('TD000001')).toContainText(TITLE);
  await expect(copies.row('TD000001')).toContainText(shell.t('lending:copyStatus.available'));
  await page.goBack();
  await copies.open();
  await expect(copies.summary).toHaveText(shell.t('copies:count', { count: '20' }));
  await screenshot(page, 'copies-list-en', testInfo);

  // The material's page counts the copies of edition 1 by status.
  await materials.open();
  await materials.titleLinks.filter({ hasText: TITLE }).click();
  await expect(copies.editionCopies(1)).toContainText(
    shell.t('copies:materialSection.total_other', { count: '20' }),
  );
  await expect(copies.editionCopies(1)).toContainText(`${shell.t('lending:copyStatus.available')} 20`);
  await screenshot(page, 'copies-material-section-en', testInfo);
});

test('a scanned barcode adds an old copy; a duplicate is refused in Chinese and nothing changes; the copy page keeps its history', async ({
  page,
  app,
}, testInfo) => {
  const { shell, materials, copies } = screensOf(page);
  await app.open(page);
  await textbookWithCopies(materials, copies, 5);

  // One old copy that already has a label: its barcode scanned in.
  await copies.open();
  await copies.openAdd();
  await copies.chooseMaterial(TITLE);
  await copies.fillAdd({ scanned: ['lib-0001'], location: 'B-01', cost: '30' });
  await expect(page.getByTestId('scanned-summary')).toHaveText(
    shell.t('copies:form.scannedCount_one', { count: '1' }),
  );
  await copies.submitAdd();
  await expect(copies.addedBarcodes).toHaveText('LIB-0001');

  await shell.switchLanguage('zh-CN');
  await copies.open();
  await expect(copies.summary).toHaveText('馆藏副本：6 册');
  await copies.openAdd();
  await copies.chooseMaterial(TITLE);
  await copies.fillAdd({ scanned: ['NEW-1', 'td000004', 'LIB-0001'], location: 'B-01', cost: '30' });
  await copies.submitAdd();
  await expect(copies.formErrors).toContainText(
    '以下条码已被其他副本使用：TD000004、LIB-0001。未添加任何副本。',
  );
  await screenshot(page, 'copies-add-zh-CN', testInfo);
  await copies.open();
  await expect(copies.summary).toHaveText('馆藏副本：6 册');
  await copies.searchBarcode('NEW');
  await expect(page.getByText(shell.t('copies:list.noMatch'))).toBeVisible();
  await copies.searchBarcode('');
  await expect(copies.row('LIB-0001')).toBeVisible();
  await screenshot(page, 'copies-list-zh-CN', testInfo);

  // The copy's page: send to repair and back, withdraw, and its whole history.
  await copies.scanToOpen('td000003');
  await expect(copies.heading('TD000003')).toBeVisible();
  await copies.action('repair');
  await copies.confirm('repair', '书脊开裂');
  await expect(page.getByText('TD000003 已送修')).toBeVisible();
  await expect(copies.events.first()).toContainText('送修');
  await expect(copies.events.first()).toContainText('书脊开裂');
  await expect(copies.events).toHaveCount(2);
  await screenshot(page, 'copies-copy-zh-CN', testInfo);
  await copies.action('repaired');
  await copies.confirm('repaired');
  await expect(copies.events).toHaveCount(3);
  await copies.action('withdraw');
  await copies.confirm('withdraw', '破损严重');
  await expect(page.getByText('TD000003 已剔除')).toBeVisible();
  await expect(copies.events.first()).toContainText('破损严重');

  await shell.switchLanguage('en');
  await expect(copies.events.first()).toContainText(shell.t('copies:events.withdrawn'));
  await screenshot(page, 'copies-copy-en', testInfo);
});

test('copies import from Excel with a row report, and an edition’s labels print in Chinese', async ({
  page,
  app,
}, testInfo) => {
  const { shell, materials, copies, wizard } = screensOf(page);
  await noPrintDialogs(page);
  await app.open(page);
  await textbookWithCopies(materials, copies, 5);
  await shell.switchLanguage('zh-CN');
  await copies.open();

  // Two good rows (one with its own barcode), an unknown material, a bad cost, a barcode twice.
  await copies.openImport();
  await expect(page.getByRole('heading', { name: shell.t('copies:import.title') })).toBeVisible();
  await wizard.chooseFile(
    await copiesXlsx([
      [TITLE, '第1版', '', 'C-01', new Date(Date.UTC(2025, 8, 1)), 38, '良好', ''],
      [TITLE, 1, 'OLD-7', 'C-01', '2025/9/1', '38.00', '磨损', '旧馆藏'],
      ['沟通技巧', 1, '', 'C-01', '2025-09-01', 38, '', ''],
      [TITLE, 1, '', 'C-02', '2025-09-01', '三十八', '', ''],
      [TITLE, 1, 'old-7', 'C-02', '2025-09-01', 38, '', ''],
    ]),
  );
  await wizard.next();
  await wizard.next();
  await expect(wizard.summary).toContainText(
    shell.t('import:check.summary', { total: '5', valid: '2', invalid: '3' }),
  );
  await expect(wizard.reportRow(4, '资料名称', '没有名为“沟通技巧”的资料')).toBeVisible();
  await expect(wizard.reportRow(5, '赔偿价格（元）', shell.t('copies:validation.cost'))).toBeVisible();
  await expect(
    wizard.reportRow(6, '条码', shell.t('import:problems.duplicateInFile', { row: '3', value: 'OLD-7' })),
  ).toBeVisible();
  await screenshot(page, 'copies-import-check-zh-CN', testInfo);
  await wizard.importValidOnlyButton(2).click();
  await expect(wizard.result).toContainText(shell.t('copies:import.summary', { added: '2' }));
  await wizard.toList();
  await expect(copies.summary).toHaveText('馆藏副本：7 册');
  await expect(copies.row('OLD-7')).toContainText('磨损');
  await expect(copies.row('TD000006')).toContainText('C-01');

  // Withdraw the old copy; the edition's label sheet leaves it out.
  await copies.scanToOpen('OLD-7');
  await expect(copies.heading('OLD-7')).toBeVisible();
  await expect(copies.events.first()).toContainText('入藏');
  await copies.action('withdraw');
  await copies.confirm('withdraw', '破损严重');
  await expect(page.getByText('OLD-7 已剔除')).toBeVisible();

  await materials.open();
  await materials.titleLinks.filter({ hasText: TITLE }).click();
  await expect(copies.editionCopies(1)).toContainText('共 7 册');
  await screenshot(page, 'copies-material-section-zh-CN', testInfo);
  const sheet = new PrintPage(
    await copies.printLabels(shell.t('copies:materialSection.printName', { number: '1' })),
  );
  await sheet.waitUntilReady();
  await expect(sheet.page.getByTestId('label')).toHaveCount(6);
  await screenshot(sheet.page, 'copies-labels-zh-CN', testInfo);
  const text = await labelPdf(sheet, testInfo, 'labels-edition-zh');
  for (const expected of [TITLE, 'TD000001', 'TD000006', 'C-01']) expect(text, expected).toContain(expected);
  // pdftotext drops the thin spaces the page sets between Chinese and digits.
  expect(text).toMatch(/第\s*1\s*版/);
  expect(text).not.toContain('OLD-7');
  await sheet.page.close();
});
