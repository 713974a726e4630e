import { CHARGE_STATUSES, type Charge, type ChargeStatus } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import type { Page } from '../shared-ui';
import { readKeysetPage, type KeysetCursor } from './keyset';

/** The charges list: one status (newest first), or all of them merged from each status's range. */
export type ChargeFilter = ChargeStatus | 'all';

function statusPage(
  db: TrainDeskDatabase,
  status: ChargeStatus,
  after: KeysetCursor | null,
  limit: number,
): Promise<Page<Charge, KeysetCursor>> {
  return readKeysetPage(
    db.charges,
    { index: '[status+createdAt]', prefix: [status], sortKey: (c) => c.createdAt, descending: true },
    after,
    limit,
  );
}

const newestFirst = (a: Charge, b: Charge) =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export async function chargesPage(
  db: TrainDeskDatabase,
  filter: ChargeFilter,
  after: KeysetCursor | null,
  limit: number,
): Promise<Page<Charge, KeysetCursor>> {
  if (filter !== 'all') return statusPage(db, filter, after, limit);
  // Each status's range read up to a page past the cursor, merged: the newest `limit` of them all.
  const pages = await Promise.all(CHARGE_STATUSES.map((s) => statusPage(db, s, after, limit)));
  const rows = pages
    .flatMap((p) => p.rows)
    .sort(newestFirst)
    .slice(0, limit);
  const more = pages.some((p) => p.after !== null) || pages.reduce((n, p) => n + p.rows.length, 0) > limit;
  const last = rows[rows.length - 1];
  return { rows, after: more && last ? { key: last.createdAt, id: last.id } : null };
}

/** Open charges and their total, for the list's header: read from the open range only. */
export async function openChargesTotal(db: TrainDeskDatabase): Promise<{ count: number; amount: number }> {
  let count = 0;
  let amount = 0;
  await db.charges
    .where('[status+createdAt]')
    .between(['open', -Infinity], ['open', Infinity])
    .each((c) => {
      count++;
      amount += c.amount;
    });
  return { count, amount };
}
