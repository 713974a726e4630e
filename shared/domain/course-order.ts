/**
 * Lessons sort by a fractional `order`, so moving one lesson writes that lesson only: it takes a
 * number between its new neighbours. After many moves into the same gap the numbers run out of
 * precision; then every lesson is renumbered 1…n once.
 */

/** The order for a lesson added at the end. */
export function orderAtEnd(lastOrder: number | undefined): number {
  return lastOrder === undefined ? 1 : Math.floor(lastOrder) + 1;
}

export type MovePlan = { kind: 'one'; order: number } | { kind: 'all'; orders: number[] };

/**
 * How to move the lesson at position `from` to position `to` (0-based, in the list after the move),
 * given the orders of the lessons as they are now, ascending.
 */
export function planMove(orders: readonly number[], from: number, to: number): MovePlan | null {
  if (from < 0 || from >= orders.length || to < 0 || to >= orders.length || from === to) return null;
  const rest = orders.filter((_, i) => i !== from);
  const before = rest[to - 1];
  const after = rest[to];
  let order: number;
  if (before === undefined) order = after! - 1;
  else if (after === undefined) order = before + 1;
  else order = before + (after - before) / 2;
  if (order !== before && order !== after && Number.isFinite(order)) return { kind: 'one', order };
  return { kind: 'all', orders: orders.map((_, i) => i + 1) };
}
