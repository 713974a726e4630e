import { describe, expect, it } from 'vitest';
import { LENDING_REFUSAL_CODES } from '../../../../shared/domain/checkout-rules';
import en from '../../locales/en/lending.json';
import zh from '../../locales/zh-CN/lending.json';

/** The params each refusal passes (see LENDING_REFUSAL_CODES); every message must show them. */
const PARAMS: Partial<Record<(typeof LENDING_REFUSAL_CODES)[number], string[]>> = {
  borrowerLeft: ['name'],
  copyNotFound: ['barcode'],
  copyOnLoan: ['barcode', 'borrower', 'dueDate'],
  copyWithdrawn: ['barcode'],
  editionWithdrawn: ['barcode', 'edition'],
  copyLost: ['barcode'],
  copyInRepair: ['barcode'],
  atItemLimit: ['name', 'limit'],
  hasOverdue: ['name', 'count'],
  onHoldForOther: ['barcode', 'borrower'],
  copyRecalled: ['barcode'],
  renewalLimit: ['max'],
  someoneWaiting: ['count'],
  notOnLoan: ['barcode'],
  alreadyHolding: ['title'],
  noCurrentEdition: ['title'],
};

describe('refusal messages', () => {
  for (const [language, messages] of [
    ['zh-CN', zh.refusal],
    ['en', en.refusal],
  ] as const) {
    it(`says every refusal in ${language}, with its details`, () => {
      expect(Object.keys(messages).sort()).toEqual([...LENDING_REFUSAL_CODES].sort());
      for (const code of LENDING_REFUSAL_CODES) {
        const text = (messages as Record<string, string>)[code]!;
        for (const param of PARAMS[code] ?? []) expect(text, `${code}.${param}`).toContain(`{{${param}}}`);
      }
    });
  }
});
