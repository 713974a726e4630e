import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Download, TestInfo } from '@playwright/test';
import { screens } from './pages/screens';
import { expect, screenshot, test } from './fixtures';
import type { ImportWizardPage, UploadFile } from './pages/import-wizard-page';
import { text, type Lang } from './pages/locale';
import { pdfText, PrintPage } from './pages/print-page';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook made the way Excel users make them: Chinese headers, a real date cell, a number as text. */
async function xlsxFile(name: string, headers: string[], rows: (string | Date)[][]): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  return { name, mimeType: XLSX_MIME, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

async function saved(download: Download, testInfo: TestInfo): Promise<string> {
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** GBK bytes of a text, as Excel on Chinese Windows saves a CSV: the table is GBK's own decoder, reversed. */
function gbk(textToEncode: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of textToEncode) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...table.get(char)!);
  }
  return Buffer.from(bytes);
}

const ROSTER_HEADERS = ['工号', '姓名', '部门', '岗位', '入职日期', '电话', '担任内部讲师'];
const ROSTER_ROWS = [
  ['E1001', '张伟', '客户服务部', '客户关系专员', new Date(Date.UTC(2021, 4, 10)), '13812345678', '是'],
  ['E1002', '李娜', '投诉处理部', '客户服务主管', '2020/3/1', '', '否'],
  ['E1003', '王芳', '客户服务部', 'Customer-relations manager', '2019年7月1日', '', ''],
];

/** Goes through the wizard with a file whose every row is valid. */
async function importCleanFile(wizard: ImportWizardPage, file: UploadFile, rows: number) {
  await wizard.chooseFile(file);
  await expect(wizard.fileSummary).toBeVisible();
  await wizard.next();
  await wizard.next();
  await expect(wizard.summary).toHaveText(wizard.counted('import:check.allValid', rows));
  await wizard.importAllButton(rows).click();
  await expect(wizard.result).toContainText(wizard.shell.t('import:result.done'));
}

test('a coordinator imports people from an Excel roster, then exports the list and reads it back', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, wizard } = screens(page);
  await app.open(page);
  await list.openImport();
  await expect(wizard.heading()).toBeVisible();
  await screenshot(page, 'import-file-en', testInfo);

  await wizard.chooseFile(await xlsxFile('roster.xlsx', ROSTER_HEADERS, ROSTER_ROWS));
  await expect(wizard.fileSummary).toContainText(
    wizard.counted('import:file.summary', 3, { name: 'roster.xlsx' }),
  );
  await wizard.next();
  await expect(page.getByText(shell.t('import:columns.intro'))).toBeVisible();
  await screenshot(page, 'import-columns-en', testInfo);
  await wizard.next();
  await expect(wizard.summary).toHaveText(wizard.counted('import:check.allValid', 3));
  await screenshot(page, 'import-check-en', testInfo);
  await wizard.importAllButton(3).click();
  await expect(wizard.result).toContainText(
    shell.t('import:result.summary', { added: '3', updated: '0', skipped: '0' }),
  );
  await screenshot(page, 'import-done-en', testInfo);

  await wizard.toList();
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '3' }));
  await expect(list.nameLinks).toHaveText(['李娜', '王芳', '张伟']);
  await screenshot(page, 'people-list-toolbar-en', testInfo);

  const everyone = await readXlsx(await saved(await list.exportAs('xlsx'), testInfo));
  expect(everyone[0]!.slice(0, 5)).toEqual([
    'Employee number',
    'Name',
    'Kind of person',
    'Department',
    'Position',
  ]);
  expect(everyone.slice(1).map((r) => r[1])).toEqual(['李娜', '王芳', '张伟']);
  const zhang = everyone.find((r) => r[1] === '张伟')!;
  expect(zhang).toEqual(
    expect.arrayContaining([
      'E1001',
      'Customer-relations specialist',
      '2021-05-10',
      '13812345678',
      'Active',
      'Yes',
    ]),
  );

  await list.showDepartment('客户服务部');
  await list.sortBy('name');
  await expect(list.nameLinks).toHaveText(['张伟', '王芳']);
  const csv = fs.readFileSync(await saved(await list.exportAs('csv'), testInfo), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['张伟', '王芳']);

  await shell.switchLanguage('zh-CN');
  const chinese = await readXlsx(await saved(await list.exportAs('xlsx'), testInfo));
  expect(chinese[0]!.slice(0, 4)).toEqual(['工号', '姓名', '人员类别', '部门']);
  expect(chinese[1]).toEqual(expect.arrayContaining(['张伟', '客户关系专员', '在职', '是']));
});

test('a CSV saved by Excel on Chinese Windows (GBK) imports', async ({ page, app }, testInfo) => {
  const { shell, list, wizard } = screens(page);
  await app.open(page);
  await shell.switchLanguage('zh-CN');
  await list.openImport();
  await screenshot(page, 'import-file-zh-CN', testInfo);
  const csv =
    '工号,姓名,部门,岗位,入职日期,状态\r\n' +
    'E2001,赵磊,客户服务部,客户关系专员,2019/7/1,在职\r\n' +
    'E2002,陈静,投诉处理部,客户服务主管,2018-02-03,离职\r\n';
  await wizard.chooseFile({ name: '花名册.csv', mimeType: 'text/csv', buffer: gbk(csv) });
  await expect(wizard.fileSummary).toContainText(shell.t('import:file.encoding', { encoding: 'gb18030' }));
  await expect(wizard.fileSummary).toContainText(
    wizard.counted('import:file.summary', 2, { name: '花名册.csv' }),
  );
  await screenshot(page, 'import-file-chosen-zh-CN', testInfo);
  await wizard.next();
  await screenshot(page, 'import-columns-zh-CN', testInfo);
  await wizard.next();
  await expect(wizard.summary).toHaveText(wizard.counted('import:check.allValid', 2));
  await screenshot(page, 'import-check-zh-CN', testInfo);
  await wizard.importAllButton(2).click();
  await expect(wizard.result).toContainText(
    shell.t('import:result.summary', { added: '2', updated: '0', skipped: '0' }),
  );
  await screenshot(page, 'import-done-zh-CN', testInfo);
  await wizard.toList();
  await expect(list.nameLinks).toHaveText(['陈静', '赵磊']);
  await expect(list.rows.filter({ hasText: '陈静' })).toContainText(shell.t('people:status.left'));
  await screenshot(page, 'people-list-toolbar-zh-CN', testInfo);
});

test('a file with bad rows gets a report in the user’s language and writes nothing until “valid rows only”', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, wizard } = screens(page, 'zh-CN');
  await app.open(page);
  await shell.switchLanguage('zh-CN');
  const rows = [
    '工号,姓名,部门,岗位,入职日期',
    'E3001,张伟,客户服务部,客户关系专员,2021-05-10',
    'E3002,李娜,客户服务部,客户关系专员,2021-02-30',
    'E3001,王芳,客户服务部,客户关系专员,2021-05-10',
    'E3004,,客户服务部,客户关系专员,2021-05-10',
    'E3005,赵磊,客户服务部,客户关系专员,2021-05-10,多出来的一格',
    'E3006,陈静,投诉处理部,客户服务主管,',
  ];
  const file = { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${rows.join('\n')}\n`) };

  await list.openImport();
  await wizard.chooseFile(file);
  await wizard.next();
  await wizard.next();
  await expect(wizard.summary).toContainText(
    shell.t('import:check.summary', { total: '6', valid: '2', invalid: '4' }),
  );
  const expectReport = async (lang: Lang) => {
    const t = (key: string, params?: Record<string, string>) => text(lang, key, params);
    await expect(wizard.reportRows).toHaveCount(4);
    await expect(wizard.reportRow(3, t('people:fields.hireDate'), t('validation.date'))).toHaveCount(1);
    await expect(
      wizard.reportRow(
        4,
        t('people:fields.employeeNo'),
        t('import:problems.duplicateInFile', { row: '2', value: 'E3001' }),
      ),
    ).toHaveCount(1);
    await expect(wizard.reportRow(5, t('people:fields.name'), t('validation.required'))).toHaveCount(1);
    await expect(
      wizard.reportRow(6, t('import:check.wholeRow'), t('import:problems.extraCells_one', { count: '1' })),
    ).toHaveCount(1);
  };
  await expectReport('zh-CN');
  await expect(wizard.importAllButton(2)).toHaveCount(0);
  await expect(wizard.importValidOnlyButton(2)).toBeVisible();
  await screenshot(page, 'import-report-zh-CN', testInfo);
  await shell.switchLanguage('en');
  await expectReport('en');
  await screenshot(page, 'import-report-en', testInfo);

  await shell.goTo('people');
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '0' }));

  await list.openImport();
  await wizard.chooseFile(file);
  await wizard.next();
  await wizard.next();
  await wizard.importValidOnlyButton(2).click();
  await expect(wizard.result).toContainText(
    shell.t('import:result.summary', { added: '2', updated: '0', skipped: '0' }),
  );
  await wizard.toList();
  await expect(list.nameLinks).toHaveText(['陈静', '张伟']);
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '2' }));
});

test('10,000 rows with one bad row at the end: the report names it, and a cancelled import writes nothing', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, wizard } = screens(page);
  await app.open(page);
  const rows = Array.from({ length: 10_000 }, (_, i) => [
    `E${i}`,
    `员工${i}`,
    '客户服务部',
    '客户关系专员',
    '2020-01-01',
  ]);
  rows[9_999]![4] = '2020-13-01';
  await list.openImport();
  await wizard.chooseFile(await xlsxFile('big.xlsx', ['工号', '姓名', '部门', '岗位', '入职日期'], rows));
  await expect(wizard.fileSummary).toContainText(
    wizard.counted('import:file.summary', 10_000, { name: 'big.xlsx' }),
  );
  await wizard.next();
  await wizard.next();
  await expect(wizard.summary).toContainText(
    shell.t('import:check.summary', { total: '10000', valid: '9999', invalid: '1' }),
  );
  await expect(wizard.reportRows).toHaveCount(1);
  await expect(
    wizard.reportRow(10_001, shell.t('people:fields.hireDate'), shell.t('validation.date')),
  ).toHaveCount(1);
  await expect(wizard.importAllButton(9_999)).toHaveCount(0);

  // The valid rows could go in, but the user changes their mind half-way: nothing may stay behind.
  await wizard.importValidOnlyButton(9_999).click();
  await expect(wizard.progress).toBeVisible();
  await screenshot(page, 'import-progress-en', testInfo);
  await wizard.cancel();
  await expect(wizard.result).toContainText(shell.t('import:result.cancelled'));
  await shell.goTo('people');
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '0' }));
  await expect(list.rows).toHaveCount(0);
});

test('the template downloads with headers in either language and imports as it is', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, wizard } = screens(page);
  await app.open(page);
  await list.openImport();
  const zhTemplate = await saved(await wizard.downloadTemplate('xlsx', 'zh-CN'), testInfo);
  const table = await readXlsx(zhTemplate);
  expect(table[0]!.slice(0, 4)).toEqual(['工号', '姓名', '人员类别', '部门']);
  expect(table).toHaveLength(2);
  const enTemplate = fs.readFileSync(
    await saved(await wizard.downloadTemplate('csv', 'en'), testInfo),
    'utf8',
  );
  expect(enTemplate.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(
    /^Employee number,Name,Kind of person,/,
  );

  await importCleanFile(
    wizard,
    { name: 'template.xlsx', mimeType: XLSX_MIME, buffer: fs.readFileSync(zhTemplate) },
    1,
  );
  await wizard.toList();
  await expect(list.nameLinks).toHaveText(['张伟']);
  await expect(list.summary).toHaveText(shell.t('people:count', { count: '1' }));
});

test('the roster by department prints to A4 with the Chinese names in the PDF', async ({
  page,
  app,
}, testInfo) => {
  const { shell, list, wizard } = screens(page);
  await app.open(page);
  await list.openImport();
  await importCleanFile(wizard, await xlsxFile('roster.xlsx', ROSTER_HEADERS, ROSTER_ROWS), 3);
  await wizard.toList();

  for (const lang of ['zh-CN', 'en'] as const) {
    await shell.switchLanguage(lang);
    const t = (key: string, params?: Record<string, string>) => text(lang, key, params);
    const roster = new PrintPage(await list.printRoster());
    await roster.waitUntilReady();
    await expect(roster.heading(t('print:roster.title'))).toBeVisible();
    await expect(
      roster.departmentHeading(t('print:roster.department', { name: '客户服务部', count: '2' })),
    ).toBeVisible();
    await screenshot(roster.page, `roster-print-${lang}`, testInfo);

    const pdf = await pdfText(await roster.pdf(), testInfo.outputPath(`roster-${lang}.pdf`));
    for (const expected of ['张伟', '王芳', '李娜', '客户服务部', '投诉处理部', t('print:roster.title')]) {
      expect(pdf, expected).toContain(expected);
    }
    expect(pdf).toContain(t('print:page', { page: '1', pages: '1' }));
    await roster.page.close();
  }
});
