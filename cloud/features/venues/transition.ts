import type { Updateable } from 'kysely';
import type { BookingStatus } from '../../../types/venue-models';
import { audit } from '../../db/audit';
import type { Db } from '../../db/tx';
import { iso } from '../../lib/time';
import { conflict } from '../../core/errors';
import type { BookingJoined } from './booking-mapper';
import type { VenueBookingTable } from './tables';

/**
 * Every state change of a booking: one conditional UPDATE (so two workers, or a worker and the tick, cannot both move
 * it) and its audit entry, in the caller's transaction.
 */
export async function transition(
  trx: Db,
  b: BookingJoined,
  change: { to: BookingStatus; action: string; actorId: number | null; at: Date; note?: string; set?: Updateable<VenueBookingTable> },
): Promise<void> {
  const res = await trx
    .updateTable('venue_bookings')
    .set({ ...change.set, status: change.to, updated_at: iso(change.at) })
    .where('id', '=', b.id)
    .where('status', '=', b.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('预约状态已变化，请刷新后重试');
  await audit(trx, { entity: 'booking', entityId: b.id, action: change.action, from: b.status, to: change.to, actorId: change.actorId, communityId: b.community_id, note: change.note ?? null, at: change.at });
}
