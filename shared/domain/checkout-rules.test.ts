import { describe, expect, it } from 'vitest';
import {
  checkoutRefusal,
  conditionAfterReturn,
  conditionFromChecklist,
  damageChargeAmount,
  LENDING_REFUSAL_CODES,
  LendingRefusal,
  overrideUsed,
  renewalRefusal,
  withdrawalOnReturn,
  type CheckoutFacts,
} from './checkout-rules';
import type { ConditionChecklist } from './lending';

const facts = (over: Partial<CheckoutFacts> = {}): CheckoutFacts => ({
  barcode: 'C0001',
  borrower: { id: 'b1', name: '张伟', status: 'active' },
  copy: { id: 'c1', status: 'available' },
  edition: { number: 2, status: 'current' },
  openLoanCount: 0,
  overdueCount: 0,
  holds: [],
  policy: { loanDays: 14, maxRenewals: 2, maxItems: 3, source: 'default' },
  allowOverdueOverride: true,
  ...over,
});
const codeOf = (f: CheckoutFacts) => checkoutRefusal(f)?.code ?? null;

describe('checkout refusals', () => {
  it('lends when nothing stands in the way', () => {
    expect(checkoutRefusal(facts())).toBeNull();
  });
  it('refuses an unknown or deleted borrower, and one who has left', () => {
    expect(codeOf(facts({ borrower: undefined }))).toBe('borrowerNotFound');
    expect(codeOf(facts({ borrower: { id: 'b1', name: '张伟', status: 'active', deletedAt: 1 } }))).toBe(
      'borrowerNotFound',
    );
    expect(checkoutRefusal(facts({ borrower: { id: 'b1', name: '张伟', status: 'left' } }))).toMatchObject({
      code: 'borrowerLeft',
      params: { name: '张伟' },
    });
  });
  it('refuses an unknown copy with the barcode scanned', () => {
    expect(checkoutRefusal(facts({ copy: undefined }))).toMatchObject({
      code: 'copyNotFound',
      params: { barcode: 'C0001' },
    });
  });
  it('says to whom a copy on loan is out and until when', () => {
    const refusal = checkoutRefusal(
      facts({
        copy: { id: 'c1', status: 'onLoan' },
        currentLoan: { borrowerId: 'b2', borrowerName: '王芳', dueDate: '2026-10-08' },
      }),
    );
    expect(refusal).toMatchObject({
      code: 'copyOnLoan',
      params: { barcode: 'C0001', borrower: '王芳', dueDate: '2026-10-08' },
    });
  });
  it('refuses lost, withdrawn, recalled and in-repair copies', () => {
    expect(codeOf(facts({ copy: { id: 'c1', status: 'lost' } }))).toBe('copyLost');
    expect(codeOf(facts({ copy: { id: 'c1', status: 'withdrawn' } }))).toBe('copyWithdrawn');
    expect(codeOf(facts({ copy: { id: 'c1', status: 'available', recalledAt: 5 } }))).toBe('copyWithdrawn');
    expect(codeOf(facts({ copy: { id: 'c1', status: 'inRepair' } }))).toBe('copyInRepair');
  });
  it('refuses a copy of a withdrawn edition, naming the edition; a superseded one may still go out', () => {
    expect(checkoutRefusal(facts({ edition: { number: 1, status: 'withdrawn' } }))).toMatchObject({
      code: 'editionWithdrawn',
      params: { barcode: 'C0001', edition: 1 },
    });
    expect(codeOf(facts({ edition: { number: 1, status: 'superseded' } }))).toBeNull();
  });
  it('refuses a copy on the hold shelf for someone else, and lends it to the one it waits for', () => {
    const onShelf = { id: 'c1', status: 'onHoldShelf' as const, holdId: 'h1' };
    const hold = { id: 'h1', borrowerId: 'b2', borrowerName: '王芳', status: 'ready' as const, placedAt: 1 };
    expect(checkoutRefusal(facts({ copy: onShelf, holds: [hold] }))).toMatchObject({
      code: 'onHoldForOther',
      params: { barcode: 'C0001', borrower: '王芳' },
    });
    expect(codeOf(facts({ copy: onShelf, holds: [{ ...hold, borrowerId: 'b1' }] }))).toBeNull();
  });
  it('refuses a copy someone else reserved by itself; a material hold does not block a copy on the shelf', () => {
    const copyHold = {
      id: 'h1',
      borrowerId: 'b2',
      borrowerName: '王芳',
      status: 'waiting' as const,
      placedAt: 1,
      copyId: 'c1',
    };
    expect(codeOf(facts({ holds: [copyHold] }))).toBe('onHoldForOther');
    expect(codeOf(facts({ holds: [{ ...copyHold, borrowerId: 'b1' }] }))).toBeNull();
    expect(codeOf(facts({ holds: [{ ...copyHold, copyId: undefined }] }))).toBeNull();
  });
  it('refuses at the item limit of the rule', () => {
    expect(codeOf(facts({ openLoanCount: 2 }))).toBeNull();
    expect(checkoutRefusal(facts({ openLoanCount: 3 }))).toMatchObject({
      code: 'atItemLimit',
      params: { name: '张伟', limit: 3 },
    });
  });
  it('refuses a borrower with overdue items unless overridden with a reason where the office allows it', () => {
    expect(checkoutRefusal(facts({ overdueCount: 2 }))).toMatchObject({
      code: 'hasOverdue',
      params: { name: '张伟', count: 2 },
    });
    expect(codeOf(facts({ overdueCount: 2, override: { reason: '  ' } }))).toBe('overrideReasonRequired');
    expect(
      codeOf(facts({ overdueCount: 2, override: { reason: '培训急用' }, allowOverdueOverride: false })),
    ).toBe('overrideNotAllowed');
    expect(codeOf(facts({ overdueCount: 2, override: { reason: '培训急用' } }))).toBeNull();
  });
  it('checks the copy before the borrower’s account, and the limit before overdue items', () => {
    expect(codeOf(facts({ copy: { id: 'c1', status: 'lost' }, openLoanCount: 9, overdueCount: 1 }))).toBe(
      'copyLost',
    );
    expect(codeOf(facts({ openLoanCount: 3, overdueCount: 1, override: { reason: 'x' } }))).toBe(
      'atItemLimit',
    );
  });
  it('logs the override only when it was needed', () => {
    expect(overrideUsed({ overdueCount: 1, override: { reason: '培训急用' } })).toBe(true);
    expect(overrideUsed({ overdueCount: 0, override: { reason: '培训急用' } })).toBe(false);
  });
  it('has a distinct code for every refusal', () => {
    expect(new Set(LENDING_REFUSAL_CODES).size).toBe(LENDING_REFUSAL_CODES.length);
    const refusal = new LendingRefusal('noOpenDay');
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.params).toEqual({});
  });
});

describe('renewal refusals', () => {
  const loan = { open: 1 as const, renewals: 0, barcode: 'C0001' };
  const policy = { maxRenewals: 2 };
  it('renews an open loan under the limit with nobody waiting', () => {
    expect(renewalRefusal({ loan, policy, waitingCount: 0 })).toBeNull();
  });
  it('refuses a closed or unknown loan', () => {
    expect(renewalRefusal({ loan: { ...loan, open: 0 }, policy, waitingCount: 0 })?.code).toBe('loanNotOpen');
    expect(renewalRefusal({ policy, waitingCount: 0 })?.code).toBe('loanNotOpen');
  });
  it('refuses a borrower who has left', () => {
    expect(
      renewalRefusal({ loan, borrower: { name: '张伟', status: 'left' }, policy, waitingCount: 0 }),
    ).toMatchObject({ code: 'borrowerLeft', params: { name: '张伟' } });
  });
  it('refuses a recalled copy and a copy of a withdrawn edition: they must come back', () => {
    expect(renewalRefusal({ loan, copy: { recalledAt: 5 }, policy, waitingCount: 0 })).toMatchObject({
      code: 'copyRecalled',
      params: { barcode: 'C0001' },
    });
    expect(
      renewalRefusal({ loan, edition: { number: 1, status: 'withdrawn' }, policy, waitingCount: 0 }),
    ).toMatchObject({ code: 'editionWithdrawn', params: { barcode: 'C0001', edition: 1 } });
    expect(
      renewalRefusal({ loan, edition: { number: 1, status: 'superseded' }, policy, waitingCount: 0 }),
    ).toBeNull();
  });
  it('refuses at the renewal limit, then when someone waits', () => {
    expect(renewalRefusal({ loan: { ...loan, renewals: 2 }, policy, waitingCount: 1 })).toMatchObject({
      code: 'renewalLimit',
      params: { max: 2 },
    });
    expect(renewalRefusal({ loan, policy, waitingCount: 3 })).toMatchObject({
      code: 'someoneWaiting',
      params: { count: 3 },
    });
  });
});

const clean: ConditionChecklist = {
  pagesMissing: false,
  writing: false,
  waterDamage: false,
  coverDamaged: false,
  accessoriesPresent: true,
};

describe('condition at return', () => {
  it('maps the checklist: writing or cover → worn; pages, water or missing accessories → damaged', () => {
    expect(conditionFromChecklist(clean)).toBeNull();
    expect(conditionFromChecklist({ ...clean, writing: true })).toBe('worn');
    expect(conditionFromChecklist({ ...clean, coverDamaged: true })).toBe('worn');
    expect(conditionFromChecklist({ ...clean, pagesMissing: true })).toBe('damaged');
    expect(conditionFromChecklist({ ...clean, waterDamage: true })).toBe('damaged');
    expect(conditionFromChecklist({ ...clean, accessoriesPresent: false })).toBe('damaged');
    expect(conditionFromChecklist({ ...clean, writing: true, waterDamage: true })).toBe('damaged');
  });
  it('only ever makes the condition worse through the checklist', () => {
    expect(conditionAfterReturn('new', { checklist: { ...clean, writing: true } })).toBe('worn');
    expect(conditionAfterReturn('damaged', { checklist: { ...clean, writing: true } })).toBe('damaged');
    expect(conditionAfterReturn('good', { checklist: clean })).toBe('good');
    expect(conditionAfterReturn('good', {})).toBe('good');
  });
  it('takes the condition chosen at the desk as it is', () => {
    expect(conditionAfterReturn('worn', { condition: 'good', checklist: { ...clean, writing: true } })).toBe(
      'good',
    );
  });
  it('is damaged when damaged beyond use', () => {
    expect(conditionAfterReturn('new', { beyondUse: true, condition: 'good' })).toBe('damaged');
  });
});

describe('withdrawal and charges at return', () => {
  it('withdraws a copy of a withdrawn edition, or a recalled copy', () => {
    expect(withdrawalOnReturn({}, { status: 'withdrawn' })).toBe('editionWithdrawn');
    expect(withdrawalOnReturn({ recalledAt: 1 }, { status: 'superseded' })).toBe('recalled');
    expect(withdrawalOnReturn({}, { status: 'superseded' })).toBeNull();
    expect(withdrawalOnReturn({}, undefined)).toBeNull();
  });
  it('charges the amount chosen, else the office’s damage charge, else the replacement cost', () => {
    expect(damageChargeAmount(4500, null)).toBe(4500);
    expect(damageChargeAmount(4500, 2000)).toBe(2000);
    expect(damageChargeAmount(4500, 2000, 0)).toBe(0);
  });
});
