import { LENDING_COUNTERS } from '../../../../shared/domain/lending';

/**
 * Copies recorded, withdrawn ones included (they stay on the list and keep their history); kept in
 * the same transaction as the writes that add copies.
 */
export const COPIES_COUNTER = LENDING_COUNTERS.copies;

/** The last sequence number used for a generated barcode (TD000001 …); see shared/domain/barcode.ts. */
export const BARCODE_SEQUENCE_COUNTER = 'copies.barcodeSequence';
