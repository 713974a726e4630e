import { platform } from '../../platform';
import { printReport } from '../print';

/** A receipt fills an A4 page, or the top half of one (two receipts to a sheet, cut in the middle). */
export type ReceiptSize = 'a4' | 'half';

export function receiptRoute(chargeId: string, size: ReceiptSize): string {
  return `/print/receipt?charge=${encodeURIComponent(chargeId)}&size=${size}`;
}

export function printReceipt(chargeId: string, receiptNo: string, size: ReceiptSize, title: string) {
  return printReport(platform, { route: receiptRoute(chargeId, size), fileName: receiptNo, title });
}

export function recallLettersRoute(batch: string): string {
  return `/print/recall?batch=${encodeURIComponent(batch)}`;
}

export function printRecallLetters(batch: string, fileName: string, title: string) {
  return printReport(platform, { route: recallLettersRoute(batch), fileName, title });
}
