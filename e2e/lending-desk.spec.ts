import type { Page } from '@playwright/test';
import { dueDate, openDayCalendar } from '../shared/domain/due-date';
import { localDate } from '../shared/domain/record';
import { expect as baseExpect, screenshot, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { LendingDeskPage } from './pages/lending-desk-page';
import { MaterialPages } from './pages/material-pages';
import { putRows } from './support/app-database';

// Each screen loads its code when first opened; on a busy machine that can take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

const DAY = 86_400_000;
const today = localDate(new Date());
const daysAgo = (n: number) => localDate(new Date(Date.now() - n * DAY));
/** What the engine makes of a 14-day loan today with the shipped calendar (weekends closed). */
const dueIn14 = dueDate(today, 14, openDayCalendar([0, 6], []));
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

/** A translated sentence as a pattern, with its date placeholder standing for any date. */
function withAnyDate(sentence: string): RegExp {
  const [before, after] = sentence.split('§') as [string, string];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escape(before) + DATE + escape(after));
}

const meta = { createdAt: Date.now(), updatedAt: Date.now(), updatedBy: 'e2e' };

/** Rows put straight into the app's IndexedDB, as the screens that make them (people, copies, rules) would. */
const seed = (page: Page, stores: Record<string, object[]>) => putRows(page, stores);

/** The id of a material made through its screen, and of its current edition. */
async function materialIds(page: Page, title: string): Promise<{ materialId: string; editionId: string }> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('traindesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
      });
    const material = (await all<{ id: string; title: string }>('materials')).find((m) => m.title === wanted)!;
    const edition = (await all<{ id: string; materialId: string }>('editions')).find(
      (e) => e.materialId === material.id,
    )!;
    db.close();
    return { materialId: material.id, editionId: edition.id };
  }, title);
}

function material(id: string, title: string) {
  return {
    ...meta,
    id,
    title,
    type: 'textbook',
    authors: [],
    category: 'etiquette',
    description: '',
    currentEdition: 1,
    del: 0,
    titleKey: title,
  };
}

function edition(id: string, materialId: string) {
  return {
    ...meta,
    id,
    materialId,
    number: 1,
    date: today,
    files: [],
    changeNote: '',
    status: 'current',
    attachmentShas: [],
  };
}

function copy(
  barcode: string,
  of: { materialId: string; editionId: string; title: string },
  extra: Record<string, unknown> = {},
) {
  return {
    ...meta,
    id: `copy-${barcode}`,
    barcode,
    materialId: of.materialId,
    editionId: of.editionId,
    editionNumber: 1,
    title: of.title,
    materialType: 'textbook',
    location: 'A-01-1',
    acquiredOn: '2025-01-06',
    replacementCost: 4550,
    currency: 'CNY',
    condition: 'good',
    status: 'available',
    notes: '',
    del: 0,
    ...extra,
  };
}

function person(employeeNo: string, name: string, department = '客户服务部') {
  return {
    ...meta,
    id: `person-${employeeNo}`,
    kind: 'employee',
    employeeNo,
    name,
    department,
    position: 'crSpecialist',
    status: 'active',
    documents: [],
    del: 0,
    nameKey: name,
    noKey: employeeNo,
    hireKey: '',
    trainerType: 'none',
    searchTokens: [employeeNo],
    attachmentShas: [],
  };
}

/** The rules matrix's default row: 14 days, renew twice, three items at once. */
const POLICY = {
  ...meta,
  id: 'policy-default',
  materialType: '*',
  position: '*',
  loanDays: 14,
  maxRenewals: 2,
  maxItems: 3,
};

test('lends three copies, refuses a fourth over the limit, and takes one back damaged to the hold shelf', async ({
  page,
  app,
}, testInfo) => {
  // A long story on a machine that may be busy: five times the usual time.
  test.setTimeout(300_000);
  const shell = new AppShell(page);
  const materials = new MaterialPages(shell);
  const desk = new LendingDeskPage(shell);
  await app.open(page);

  // The handbook is made on its own screen, so that the desk's reservation search finds it.
  await materials.open();
  await materials.add();
  await materials.fill({ title: '投诉处理实务', type: 'Textbook', category: 'Complaint handling' });
  await materials.save();
  await expect(materials.heading('投诉处理实务')).toBeVisible();
  await materials.publish({});
  await expect(materials.edition(1)).toBeVisible();
  const handbook = { ...(await materialIds(page, '投诉处理实务')), title: '投诉处理实务' };
  const etiquette = {
    materialId: 'material-etiquette',
    editionId: 'edition-etiquette',
    title: '服务礼仪手册',
  };
  await seed(page, {
    materials: [material(etiquette.materialId, etiquette.title)],
    editions: [edition(etiquette.editionId, etiquette.materialId)],
    copies: [
      copy('TD000001', handbook),
      copy('TD000002', handbook),
      copy('TD000003', handbook),
      copy('TD000004', etiquette),
    ],
    people: [person('E1001', '张伟'), person('E1002', '李娜', '投诉处理部')],
    loanPolicies: [POLICY],
  });

  // 张伟 takes three copies: each scan commits and shows its due date.
  await desk.open();
  await expect(desk.borrowerInput).toBeFocused();
  await desk.scan('E1001');
  await expect(desk.borrowerCard).toContainText('张伟');
  await expect(desk.copyInput).toBeFocused();
  for (const barcode of ['TD000001', 'TD000002', 'td000003']) {
    await desk.scan(barcode);
    await expect(desk.loanRow(barcode.toUpperCase())).toContainText(dueIn14);
    await expect(desk.copyInput).toHaveValue('');
    await expect(desk.copyInput).toBeFocused();
  }
  await expect(desk.loanRows).toHaveCount(3);
  await expect(desk.loanRow('TD000001')).toContainText('投诉处理实务');
  await expect(desk.currentLoan('TD000003')).toContainText(dueIn14);

  // A fourth is over his limit of three: the desk says why, and nothing changes.
  await desk.scan('TD000004');
  await expect(desk.refusal).toHaveText(shell.t('lending:refusal.atItemLimit', { name: '张伟', limit: '3' }));
  await expect(desk.loanRows).toHaveCount(3);
  await expect(desk.copyInput).toHaveValue('');
  await expect(desk.copyInput).toBeFocused();
  await screenshot(page, 'lending-desk-checkout-en', testInfo);

  // Esc: the next borrower, 李娜, reserves the handbook, all of whose copies are out.
  await desk.nextBorrower();
  await expect(desk.borrowerInput).toBeFocused();
  await expect(desk.loanRows).toHaveCount(0);
  await desk.scan('E1002');
  await expect(desk.borrowerCard).toContainText('李娜');
  await desk.reserve('投诉', '投诉处理实务');
  await expect(
    desk.notice(shell.t('desk:reserve.done', { title: '投诉处理实务', name: '李娜', position: '1' })),
  ).toBeVisible();
  await expect(desk.copyInput).toBeFocused();

  // 张伟 brings one back with water damage (Alt+3 ticks it without leaving the scan field).
  await desk.toReturn();
  await expect(desk.returnInput).toBeFocused();
  await page.keyboard.press('Alt+3');
  await expect(desk.checklistBox('waterDamage')).toBeChecked();
  await desk.scan('TD000001');
  await expect(desk.returnResult).toContainText('投诉处理实务');
  await expect(desk.returnResult).toContainText('张伟');
  await expect(desk.returnResult).toContainText(shell.t('desk:return.onTime'));
  await expect(desk.returnResult).toContainText(shell.t('lending:condition.damaged'));
  await expect(desk.returnResult).toContainText(shell.t('desk:checklist.problem.waterDamage'));
  await expect(desk.holdShelfInstruction).toHaveText(
    withAnyDate(shell.t('desk:return.holdShelf', { name: '李娜', date: '§' })),
  );
  // The checklist described that copy only; the next scan starts from "all fine".
  await expect(desk.checklistBox('waterDamage')).not.toBeChecked();
  await expect(desk.returnInput).toBeFocused();
  await screenshot(page, 'lending-desk-return-en', testInfo);

  // A copy that is not out cannot be returned; the last result stays.
  await desk.scan('TD000004');
  await expect(desk.refusal).toHaveText(shell.t('lending:refusal.notOnLoan', { barcode: 'TD000004' }));
  await expect(desk.returnInput).toHaveValue('');

  // In Chinese: 李娜 collects the copy from the hold shelf.
  await shell.switchLanguage('zh-CN');
  await desk.toCheckout();
  await expect(desk.copyInput).toBeFocused();
  await expect(desk.borrowerCard).toContainText('李娜');
  await desk.nextBorrower();
  await expect(desk.borrowerInput).toBeFocused();
  await desk.scan('E1002');
  await expect(page.getByTestId('desk-hold-ready')).toContainText('TD000001');
  await desk.scan('TD000001');
  await expect(desk.loanRow('TD000001')).toContainText(shell.t('desk:checkout.fromHoldShelf'));
  await expect(desk.loanRow('TD000001')).toContainText(dueIn14);
  await expect(page.getByTestId('desk-hold-ready')).toHaveCount(0);
  await screenshot(page, 'lending-desk-checkout-zh-CN', testInfo);

  // 张伟 returns another copy damaged beyond use: written off, charged the replacement cost.
  await desk.toReturn();
  await page.keyboard.press('Alt+6');
  await expect(page.getByText(shell.t('desk:checklist.disposition'))).toBeVisible();
  await desk.scan('TD000002');
  await expect(desk.returnResult).toContainText(
    shell.t('desk:return.charged', { amount: '¥45.50', name: '张伟' }),
  );
  await expect(desk.returnResult).toContainText(shell.t('lending:copyStatus.withdrawn'));
  await expect(desk.returnResult).toContainText(shell.t('desk:return.writtenOff'));
  await screenshot(page, 'lending-desk-return-zh-CN', testInfo);
});

test('lends to a borrower with an overdue copy only with a reason, renews it and declares a copy lost', async ({
  page,
  app,
}, testInfo) => {
  // A long story on a machine that may be busy: five times the usual time.
  test.setTimeout(300_000);
  const shell = new AppShell(page);
  const desk = new LendingDeskPage(shell);
  await app.open(page);
  const casebook = { materialId: 'material-cases', editionId: 'edition-cases', title: '投诉案例集' };
  const overdueDue = daysAgo(10);
  await seed(page, {
    materials: [material(casebook.materialId, casebook.title)],
    editions: [edition(casebook.editionId, casebook.materialId)],
    copies: [
      copy('TD000101', casebook, { status: 'onLoan', loanId: 'loan-overdue' }),
      copy('TD000102', casebook),
      // Edition 1 was superseded and this copy recalled: it leaves the shelf when it comes back.
      copy('TD000103', casebook, { status: 'onLoan', loanId: 'loan-recalled', recalledAt: Date.now() - DAY }),
    ],
    people: [person('E2001', '王芳')],
    loans: [
      {
        ...meta,
        id: 'loan-overdue',
        copyId: 'copy-TD000101',
        barcode: 'TD000101',
        materialId: casebook.materialId,
        editionId: casebook.editionId,
        title: casebook.title,
        borrowerId: 'person-E2001',
        borrowerName: '王芳',
        department: '客户服务部',
        outAt: Date.now() - 24 * DAY,
        dueDate: overdueDue,
        renewals: 0,
        open: 1,
      },
      {
        ...meta,
        id: 'loan-recalled',
        copyId: 'copy-TD000103',
        barcode: 'TD000103',
        materialId: casebook.materialId,
        editionId: casebook.editionId,
        title: casebook.title,
        borrowerId: 'person-E2001',
        borrowerName: '王芳',
        department: '客户服务部',
        outAt: Date.now() - 2 * DAY,
        dueDate: dueIn14,
        renewals: 0,
        open: 1,
      },
    ],
    loanPolicies: [POLICY],
  });

  await desk.open();
  await desk.scan('e2001');
  await expect(desk.borrowerCard).toContainText('王芳');
  await expect(desk.currentLoan('TD000101')).toContainText(
    shell.t('desk:borrower.dueLate', { date: overdueDue, days: '10' }),
  );

  // She has an overdue copy: the desk asks for a reason before lending anyway.
  await desk.scan('TD000102');
  await expect(desk.dialog).toContainText(
    shell.t('lending:refusal.hasOverdue', { name: '王芳', count: '1' }),
  );
  await expect(desk.dialog.getByTestId('desk-override-reason')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(desk.dialog).toContainText(shell.t('desk:override.reasonRequired'));
  await page.keyboard.type('明天投诉处理培训要用');
  await screenshot(page, 'lending-desk-override-en', testInfo);
  await page.keyboard.press('Enter');
  await expect(desk.dialog).toHaveCount(0);
  await expect(desk.loanRow('TD000102')).toContainText(shell.t('desk:checkout.overridden'));
  await expect(desk.copyInput).toBeFocused();

  // The overdue copy is renewed from today.
  await desk.renew('TD000101');
  await expect(desk.currentLoan('TD000101')).toContainText(
    shell.t('desk:borrower.renewed', { date: dueIn14 }),
  );
  await expect(desk.copyInput).toBeFocused();

  // The new one is lost: the charge defaults to its replacement cost.
  await desk.startDeclareLost('TD000102');
  await expect(desk.dialog.getByLabel(shell.t('desk:lost.amount'))).toHaveValue('45.50');
  await page.keyboard.press('Enter');
  await expect(
    desk.notice(shell.t('desk:lost.done', { barcode: 'TD000102', amount: '¥45.50' })),
  ).toBeVisible();
  await expect(desk.currentLoan('TD000102')).toHaveCount(0);
  await expect(desk.borrowerCard).toContainText(
    shell.t('desk:borrower.chargesOpen_one', { count: '1', amount: '¥45.50' }),
  );

  // It turns up: returned like any copy, and the desk points to the open charge.
  await desk.toReturn();
  await desk.scan('TD000102');
  await expect(desk.returnResult).toContainText(shell.t('desk:return.wasLostCharge', { amount: '¥45.50' }));
  await expect(
    desk.returnResult.getByRole('link', { name: shell.t('desk:return.toCharges') }),
  ).toHaveAttribute('href', /\/lending\/charges$/);

  // A recalled copy comes back: off the shelf, and she may take the new edition at once.
  await desk.scan('TD000103');
  await expect(desk.returnResult).toContainText(shell.t('desk:return.recalled'));
  await desk.returnResult
    .getByRole('button', { name: shell.t('desk:return.exchange', { name: '王芳' }) })
    .click();
  await expect(desk.borrowerCard).toContainText('王芳');
  await expect(desk.copyInput).toBeFocused();

  // A copy's barcode scanned where the borrower's card goes: the desk offers to take it back.
  await desk.nextBorrower();
  await desk.scan('TD000101');
  await expect(desk.refusal).toContainText(shell.t('desk:checkout.copyNotBorrower', { barcode: 'TD000101' }));
  await desk.refusal.getByRole('button', { name: shell.t('desk:checkout.returnInstead') }).click();
  await expect(desk.returnResult).toContainText('TD000101');
  await expect(desk.returnResult).toContainText('王芳');
  await expect(desk.returnResult).toContainText(shell.t('desk:return.toShelfAt', { location: 'A-01-1' }));
  await expect(desk.returnInput).toBeFocused();
});
