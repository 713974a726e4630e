// Loans: the lending engine (checkout, return, renew, holds, loss) used by the desk and the record pages.
export { readLendingConfig } from './config';
