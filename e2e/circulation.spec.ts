import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import {
  BorrowerPageModel,
  ChargesPageModel,
  RecallPageModel,
  seedCharge,
  seedCopy,
  seedEdition,
  seedLending,
  seedLoan,
  seedMaterial,
  noPrintDialogs,
  seedPerson,
  StocktakePageModel,
  storedRows,
} from './pages/circulation-pages';
import { MaterialPages, pickOption } from './pages/material-pages';
import { PersonDetailPage } from './pages/person-detail-page';
import { PrintPage, pdfText } from './pages/print-page';
import type { Copy, CopyEvent, Hold, Notice } from '../shared/domain/lending';
import type { Edition } from '../shared/domain/material';

/** The desk computer's calendar day, `days` from today (due dates are local calendar days). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const zhang = seedPerson('p-zhang', '张伟', 'E1001', '客户服务部');
const wang = seedPerson('p-wang', '王芳', 'E1002', '投诉处理部');
const handbook = seedMaterial('m-handbook', '投诉处理实务');
const handbook1 = seedEdition('e-handbook-1', handbook.id, 1, 'current');

test('a borrower’s page shows what they have now, overdue in red, and their past loans', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  const borrower = new BorrowerPageModel(shell);
  await app.open(page);
  const copies = ['C0001', 'C0002', 'C0003', 'C0004', 'C0005'].map((b) => seedCopy(b, handbook, handbook1));
  Object.assign(copies[0]!, { status: 'onLoan', loanId: 'L-now-1' });
  Object.assign(copies[1]!, { status: 'onLoan', loanId: 'L-now-2' });
  const hour = 3_600_000;
  await seedLending(page, {
    people: [zhang, wang],
    materials: [handbook],
    editions: [handbook1],
    copies,
    loans: [
      seedLoan('L-now-1', copies[0]!, zhang, { dueDate: day(-5), outAt: Date.now() - 35 * 24 * hour }),
      seedLoan('L-now-2', copies[1]!, zhang, { dueDate: day(12), outAt: Date.now() - 2 * 24 * hour }),
      ...[2, 3, 4].map((i) =>
        seedLoan(`L-past-${i}`, copies[i]!, zhang, {
          open: 0,
          outAt: Date.now() - (100 + i * 40) * 24 * hour,
          returnedAt: Date.now() - (80 + i * 40) * 24 * hour,
          dueDate: day(-(70 + i * 40)),
        }),
      ),
    ],
    charges: [seedCharge('ch-1', copies[4]!, zhang, { reason: 'damaged', amount: 2_000 })],
  });

  // From the people registry: the person, then "Borrowing".
  await shell.goTo('people');
  await page.getByRole('link', { name: '张伟' }).click();
  await new PersonDetailPage(shell).heading('张伟').waitFor();
  await page.getByRole('button', { name: shell.t('people:detail.borrowing') }).click();
  await expect(borrower.heading('张伟')).toBeVisible();

  await expect(borrower.currentLoans.getByTestId('current-loan-row')).toHaveCount(2);
  const overdue = borrower.currentLoan('C0001').getByTestId('overdue-days');
  await expect(overdue).toHaveText(shell.t('circulation:borrower.daysOverdue_other', { count: '5' }));
  await expect(overdue).toHaveCSS('color', 'rgb(255, 77, 79)');
  await expect(borrower.currentLoan('C0002').getByTestId('overdue-days')).toHaveCount(0);
  await expect(borrower.historyTitles).toHaveCount(3);
  await expect(borrower.historyRows.filter({ hasText: 'C0003' })).toBeVisible();
  // Newest first: the loan made 180 days ago comes before the one made 260 days ago.
  await expect(borrower.historyRows.nth(0)).toContainText('C0003');
  await expect(borrower.historyRows.nth(2)).toContainText('C0005');
  await expect(borrower.charges).toContainText('¥20.00');

  await borrower.renew('C0002');
  await expect(page.locator('.ant-message')).toContainText('投诉处理实务');
  const renewed = await storedRows<{ id: string; renewals: number; dueDate: string }>(page, 'loans');
  const loan = renewed.find((l) => l.id === 'L-now-2')!;
  expect(loan.renewals).toBe(1);
  await expect(borrower.currentLoan('C0002')).toContainText(loan.dueDate);
  await screenshot(page, 'borrower-page-en', testInfo);

  await shell.switchLanguage('zh-CN');
  await expect(borrower.heading('张伟')).toBeVisible();
  await expect(overdue).toHaveText('已逾期 5 天');
  await screenshot(page, 'borrower-page-zh-CN', testInfo);

  // The overdue copy cannot be found: declared lost at a set amount, it leaves the current loans for the history.
  await borrower.declareLost('C0001', '50');
  await expect(borrower.currentLoans.getByTestId('current-loan-row')).toHaveCount(1);
  await expect(borrower.charges).toContainText('¥50.00');
  await expect(borrower.historyRows.filter({ hasText: 'C0001' })).toContainText('登记丢失');
});

async function receiptText(printed: Page, file: string) {
  const receipt = new PrintPage(printed);
  await receipt.waitUntilReady();
  return pdfText(await receipt.pdf(), file);
}

test('a lost copy’s charge is paid, its receipt printed with the amount in capitals, another waived', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  const charges = new ChargesPageModel(shell);
  await noPrintDialogs(page);
  await app.open(page);
  const lost = seedCopy('C0101', handbook, handbook1, { status: 'lost' });
  const torn = seedCopy('C0102', handbook, handbook1, { condition: 'damaged' });
  await seedLending(page, {
    people: [zhang, wang],
    materials: [handbook],
    editions: [handbook1],
    copies: [lost, torn],
    charges: [
      seedCharge('ch-lost', lost, zhang, { createdAt: Date.now() - 60_000 }),
      seedCharge('ch-torn', torn, wang, { reason: 'damaged', amount: 2_000, createdAt: Date.now() }),
    ],
  });

  await charges.open();
  await expect(charges.summary).toHaveText(
    shell.t('circulation:charges.openSummary_other', { count: '2', amount: '¥68.50' }),
  );
  await screenshot(page, 'charges-en', testInfo);
  await charges.pay('C0101');
  const receiptNo = `R${new Date().getFullYear()}-000001`;
  await expect(charges.receiptNumber).toHaveText(shell.t('circulation:charges.receiptNo', { receiptNo }));
  await screenshot(page, 'charge-paid-en', testInfo);

  const a4 = await charges.printReceipt('a4');
  const text = await receiptText(a4, testInfo.outputPath('receipt-en.pdf'));
  for (const expected of [
    shell.t('circulation:receipt.title'),
    receiptNo,
    '张伟',
    'E1001',
    'C0101',
    '¥48.50',
    '肆拾捌元伍角整',
  ]) {
    expect(text, expected).toContain(expected);
  }
  await screenshot(a4, 'receipt-print-en', testInfo);
  await a4.close();
  await charges.closeDialog();

  await charges.waive('C0102', '首次损坏，部门负责人同意免除');
  await expect(charges.row('C0102')).toHaveCount(0);
  await expect(charges.summary).toHaveText(
    shell.t('circulation:charges.openSummary_other', { count: '0', amount: '¥0.00' }),
  );
  await charges.showStatus(shell.t('circulation:charges.all'));
  await expect(charges.row('C0101')).toContainText(receiptNo);
  await expect(charges.row('C0102')).toContainText('首次损坏，部门负责人同意免除');
  expect(
    (await storedRows<{ id: string; status: string; paidAt?: number }>(page, 'charges')).map((c) => [
      c.id,
      c.status,
    ]),
  ).toEqual(
    expect.arrayContaining([
      ['ch-lost', 'paid'],
      ['ch-torn', 'waived'],
    ]),
  );

  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'charges-zh-CN', testInfo);
  const half = new Promise<Page>((resolve) => page.once('popup', resolve));
  await charges
    .row('C0101')
    .getByRole('button', { name: shell.t('circulation:receipt.printHalf') })
    .click();
  const halfPage = await half;
  const zhText = await receiptText(halfPage, testInfo.outputPath('receipt-zh.pdf'));
  for (const expected of ['资料赔偿收款收据', '交款人联', '存根联', receiptNo, '人民币肆拾捌元伍角整']) {
    expect(zhText, expected).toContain(expected);
  }
  await screenshot(halfPage, 'receipt-print-zh-CN', testInfo);
});

test('after a new edition the old copies on loan are recalled once, letters printed, shelf copies withdrawn', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  const materials = new MaterialPages(shell);
  const recall = new RecallPageModel(shell);
  await noPrintDialogs(page);
  await app.open(page);

  await materials.open();
  await materials.add();
  await materials.fill({ title: '客户沟通技巧', type: 'Textbook', category: 'Complaint handling' });
  await materials.save();
  // The first write loads the pinyin dictionary: slow on a busy machine.
  await expect(materials.heading('客户沟通技巧')).toBeVisible({ timeout: 30_000 });
  await materials.publish({});
  await expect(materials.edition(1)).toContainText(shell.t('materials:edition.status.current'));
  const materialUrl = page.url();

  const [first] = await storedRows<Edition>(page, 'editions');
  const material = { ...seedMaterial(first!.materialId, '客户沟通技巧'), id: first!.materialId };
  const out1 = seedCopy('K-001', material, first!, { status: 'onLoan', loanId: 'RL-1' });
  const out2 = seedCopy('K-002', material, first!, { status: 'onLoan', loanId: 'RL-2' });
  const shelf = seedCopy('K-003', material, first!, { location: 'B-02' });
  await seedLending(page, {
    people: [zhang, wang],
    copies: [out1, out2, shelf],
    loans: [
      seedLoan('RL-1', out1, zhang, { dueDate: day(20) }),
      seedLoan('RL-2', out2, wang, { dueDate: day(3) }),
    ],
  });

  await page.goto(materialUrl);
  await materials.heading('客户沟通技巧').waitFor();
  await materials.openPublish();
  await materials.dialog.getByLabel(shell.t('materials:edition.changeNote')).fill('新增投诉升级处理流程');
  await materials.confirmDialog(shell.t('materials:edition.publish'));
  await expect(materials.edition(2)).toContainText(shell.t('materials:edition.status.current'));

  await recall.open();
  await recall.pickMaterial('客户沟通技巧');
  await expect(recall.summary).toContainText(
    shell.t('circulation:recall.summary', { title: '客户沟通技巧', current: '2', editions: '1' }),
  );
  await expect(recall.loanRows).toHaveCount(2);
  await expect(recall.loanRows.nth(0)).toContainText('王芳');
  await expect(recall.shelfRows).toHaveCount(1);
  await screenshot(page, 'recall-en', testInfo);

  await recall.sendNotices(2);
  await expect(recall.loanRow('K-001')).toContainText(shell.t('circulation:recall.channelLetter'));
  await expect(recall.loanRow('K-002')).toContainText(shell.t('circulation:recall.channelLetter'));
  await expect(
    page.getByRole('button', { name: shell.t('circulation:recall.send_other', { count: '0' }) }),
  ).toBeDisabled();

  const notices = await storedRows<Notice>(page, 'notices');
  expect(notices.map((n) => [n.loanId, n.stage, n.channel]).sort()).toEqual([
    ['RL-1', 'recall', 'letter'],
    ['RL-2', 'recall', 'letter'],
  ]);
  expect(new Set(notices.map((n) => n.sentAt)).size).toBe(1);
  expect(notices.find((n) => n.loanId === 'RL-1')?.body).toContain('K-001');
  const copies = await storedRows<Copy>(page, 'copies');
  expect(
    copies
      .filter((c) => c.recalledAt !== undefined)
      .map((c) => c.barcode)
      .sort(),
  ).toEqual(['K-001', 'K-002']);
  const events = await storedRows<CopyEvent>(page, 'copyEvents');
  expect(
    events
      .filter((e) => e.kind === 'recalled')
      .map((e) => e.borrowerName)
      .sort(),
  ).toEqual(['张伟', '王芳'].sort());

  const letters = new PrintPage(await recall.printLetters());
  await letters.waitUntilReady();
  const text = await pdfText(await letters.pdf(), testInfo.outputPath('recall-letters.pdf'));
  for (const expected of ['Recall notice', '张伟', '王芳', 'K-001', 'K-002', '客户沟通技巧']) {
    expect(text, expected).toContain(expected);
  }
  await screenshot(letters.page, 'recall-letters-en', testInfo);
  await letters.page.close();

  await recall.takeOffShelf();
  await expect(recall.shelfRows).toHaveCount(0);
  expect((await storedRows<Copy>(page, 'copies')).find((c) => c.barcode === 'K-003')?.status).toBe(
    'withdrawn',
  );
  const withdrawn = (await storedRows<CopyEvent>(page, 'copyEvents')).find((e) => e.kind === 'withdrawn');
  expect(withdrawn?.detail).toMatchObject({
    from: 'available',
    reason: shell.t('circulation:recall.takeOffReason', { current: '2' }),
  });

  await shell.switchLanguage('zh-CN');
  await expect(recall.loanRow('K-001')).toContainText('打印信函');
  await screenshot(page, 'recall-zh-CN', testInfo);
});

test('a stocktake finds a copy missing from the shelf and a copy on the shelf that is on loan', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  const stocktake = new StocktakePageModel(shell);
  await app.open(page);
  const onLoan = seedCopy('S-003', handbook, handbook1, {
    status: 'onLoan',
    loanId: 'SL-3',
    location: 'A-01-2',
  });
  await seedLending(page, {
    people: [zhang, wang],
    materials: [handbook],
    editions: [handbook1],
    copies: [
      seedCopy('S-001', handbook, handbook1, { location: 'A-01-1' }),
      seedCopy('S-002', handbook, handbook1, { location: 'A-01-1' }),
      onLoan,
      seedCopy('S-004', handbook, handbook1, { location: 'B-01' }),
      seedCopy('S-005', handbook, handbook1, { location: 'A-01-2', status: 'onHoldShelf' }),
    ],
    loans: [seedLoan('SL-3', onLoan, wang, { dueDate: day(9) })],
  });

  await stocktake.open();
  await stocktake.start('A-01');
  await expect(stocktake.scanInput).toBeFocused();
  for (const code of ['S-001', 'S-003', 'S-001', 'S-005', 'NOPE-9']) await stocktake.scan(code);
  await expect(stocktake.scanned).toHaveText('4');
  await expect(
    page.getByText(shell.t('circulation:stocktake.scanUnknown', { barcode: 'NOPE-9' })),
  ).toBeVisible();
  await expect(page.getByTestId('stocktake-scan-row')).toHaveCount(4);
  await screenshot(page, 'stocktake-scanning-en', testInfo);

  await stocktake.finish();
  await expect(stocktake.missingRows).toHaveCount(1);
  await expect(stocktake.missingRows.first()).toContainText('S-002');
  await expect(stocktake.notOnShelfRows).toHaveCount(1);
  await expect(stocktake.notOnShelfRows.first()).toContainText('S-003');
  await expect(stocktake.notOnShelfRows.first()).toContainText(
    shell.t('circulation:stocktake.withBorrower', { name: '王芳', dueDate: day(9) }),
  );
  await expect(stocktake.unknownBarcodes).toHaveText(['NOPE-9']);
  await screenshot(page, 'stocktake-report-en', testInfo);

  // The report is kept: the list shows it and reopens it.
  await stocktake.open();
  await expect(page.getByTestId('stocktake-row')).toContainText(
    shell.t('circulation:stocktake.foundSummary', { missing: '1', notOnShelf: '1', unknown: '1' }),
  );
  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'stocktake-list-zh-CN', testInfo);
  await page.getByRole('link', { name: '查看报告' }).click();
  await expect(stocktake.missingRows).toHaveCount(1);
  await screenshot(page, 'stocktake-report-zh-CN', testInfo);
});

test('the hold shelf shows who each copy waits for, and expiring a hold passes the copy on', async ({
  page,
  app,
}, testInfo) => {
  test.slow();
  const shell = new AppShell(page);
  await app.open(page);
  const waiting = seedCopy('H-001', handbook, handbook1, { status: 'onHoldShelf', holdId: 'hold-1' });
  const hold = (id: string, person: typeof zhang, over: Partial<Hold>): Hold => ({
    id,
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'seed',
    materialId: handbook.id,
    borrowerId: person.id,
    borrowerName: person.name,
    placedAt: Date.now() - 10 * 86_400_000,
    status: 'waiting',
    ...over,
  });
  await seedLending(page, {
    people: [zhang, wang],
    materials: [handbook],
    editions: [handbook1],
    copies: [waiting],
    holds: [
      hold('hold-1', zhang, { status: 'ready', readyCopyId: waiting.id, readyAt: 1, expiresOn: day(-1) }),
      hold('hold-2', wang, { placedAt: Date.now() - 5 * 86_400_000 }),
    ],
  });
  await shell.goToLending('holds');
  const shelf = page.getByTestId('hold-shelf-row');
  await expect(shelf).toHaveCount(1);
  await expect(shelf.first()).toContainText('张伟');
  await expect(shelf.first()).toContainText(shell.t('circulation:holds.expiredTag'));
  // The seeded material is not in the search index: pick it from the list by title.
  await pickOption(page, page.getByLabel(shell.t('circulation:holds.material')), '投诉处理实务');
  await expect(page.getByTestId('hold-queue-row')).toHaveCount(2);
  await screenshot(page, 'holds-en', testInfo);

  await page.getByRole('button', { name: shell.t('circulation:holds.expireNow') }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: shell.t('circulation:holds.expireNow') })
    .click();
  await expect(shelf.first()).toContainText('王芳');
  await expect(page.getByTestId('hold-queue-row')).toHaveCount(1);
  await shell.switchLanguage('zh-CN');
  await screenshot(page, 'holds-zh-CN', testInfo);
});
