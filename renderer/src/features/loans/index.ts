// Loans: the lending engine (checkout, return, renew, holds, loss) used by the desk and the record pages.
// Commands throw LendingRefusal (shared/domain/checkout-rules) and then have written nothing.
export { readLendingConfig } from './config';
export { lendingContext, type LendingContext } from './context';
export { checkout, type CheckoutInput, type CheckoutResult } from './checkout';
export { returnCopy, type ReturnInput, type ReturnResult } from './return-copy';
export { renewLoan } from './renew';
export { placeHold, cancelHold, expireHolds, holdQueue, type PlaceHoldInput } from './holds';
export { declareLost, type DeclareLostInput } from './lost';
export { copyByBarcode } from './reads';
export {
  borrowerSummary,
  copyHistoryPage,
  findBorrower,
  loanHistoryPage,
  openLoansOf,
  type BorrowerLendingSummary,
  type HistoryCursor,
} from './queries';
export {
  LendingRefusal,
  LENDING_REFUSAL_CODES,
  isLendingRefusal,
  type LendingRefusalCode,
} from '../../../../shared/domain/checkout-rules';
