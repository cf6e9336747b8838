import { dialectOf } from '../../../db/dialect';
import type { Db } from '../../../db/tx';
import { conflict, notFound } from '../../../core/errors';
import { BLOCKING_STATUSES } from '../domain/occupancy';
import { clockRange } from '../../../lib/words';
import type { VenueRow } from './tables';

/**
 * DESIGN.md's range pattern, step one: write-lock the venue row. Every transaction that claims a range of this venue
 * (or changes its hours) passes here first, so the overlap check that follows sees every committed claim and no other
 * claim can commit until this transaction ends. It is also the transaction's first write, as SQLite needs.
 * Returns the venue as it is under the lock. test/api/venues/range-lock.test.ts fails on MariaDB without it.
 */
export async function lockVenue(trx: Db, venueId: number): Promise<VenueRow> {
  const res = await lockVenueQuery(trx, venueId).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw notFound('场地不存在', 'venueId');
  return trx.selectFrom('venues').selectAll().where('id', '=', venueId).executeTakeFirstOrThrow();
}

/** The lock itself, a no-op write on the venue row, as a statement a service can batch (cloud/db/batch.ts). */
export const lockVenueQuery = (trx: Db, venueId: number) => trx.updateTable('venues').set((eb) => ({ lock_version: eb('lock_version', '+', 1) })).where('id', '=', venueId);

/** The first claim that overlaps [start, end) on that date, if any. Call it only under lockVenue. */
export async function findOverlap(trx: Db, venueId: number, date: string, start: number, end: number) {
  return overlapQuery(trx, venueId, date, start, end, true).executeTakeFirst();
}

export type Overlap = { id: number; kind: string; start_min: number; hold_end_min: number; event_id: number | null };

/** findOverlap as a query a service can batch; `locking`: under lockVenue, a locking read on MySQL (see below). */
export function overlapQuery(trx: Db, venueId: number, date: string, start: number, end: number, locking: boolean) {
  let q = trx
    .selectFrom('venue_bookings')
    .select(['id', 'kind', 'start_min', 'hold_end_min', 'event_id'])
    .where('venue_id', '=', venueId)
    .where('date', '=', date)
    .where('status', 'in', BLOCKING_STATUSES)
    .where('start_min', '<', end)
    .where('hold_end_min', '>', start)
    .orderBy('start_min')
    .limit(1);
  // A locking read sees the latest commits on MySQL even when the caller (the events feature) read something earlier
  // in this transaction and so fixed its snapshot; SQLite has no FOR UPDATE and needs none (one writer at a time).
  if (locking && dialectOf(trx) === 'mysql') q = q.forUpdate();
  return q;
}

/** Step two: refuse with CONFLICT when anything already holds part of the range. */
export async function assertFree(trx: Db, venueId: number, r: { date: string; start: number; end: number }): Promise<void> {
  const hit = await findOverlap(trx, venueId, r.date, r.start, r.end);
  if (hit) throw overlapConflict(hit);
}

/** What a resident is told when part of the range is held. */
export function overlapConflict(hit: Pick<Overlap, 'kind' | 'start_min' | 'hold_end_min'>) {
  const what = hit.kind === 'booking' ? '已被预约' : '已被社区保留';
  return conflict(`${clockRange(hit.start_min, hit.hold_end_min)} ${what}，请选择其他时段`);
}
