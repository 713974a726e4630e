/** A yuan amount from a number field (¥, two decimals), in whole fen; null when nothing usable was typed. */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan) || yuan < 0) return null;
  // 0.1 + 0.2 is 0.30000000000000004: round to the fen, never truncate.
  return Math.round(yuan * 100);
}
