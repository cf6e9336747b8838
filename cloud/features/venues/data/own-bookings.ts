import type { Db } from '../../../db/tx';
import { iso } from '../../../lib/time';
import { weekOf, type OwnBooking } from '../domain/quota';

/**
 * A resident's bookings in one venue that count for their quota: those not yet started, and those in the weeks of the
 * days `from`–`to` (a no-show still counts: the room was kept for them).
 */
export async function ownBookings(db: Db, venueId: number, userId: number, from: string, to: string, now: Date): Promise<OwnBooking[]> {
  const first = weekOf(from).first;
  const last = weekOf(to).last;
  const rows = await db
    .selectFrom('venue_bookings')
    .select(['date', 'start_min', 'end_min', 'starts_at', 'status'])
    .where('venue_id', '=', venueId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'booking')
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .where((eb) => eb.or([eb('starts_at', '>', iso(now)), eb.and([eb('date', '>=', first), eb('date', '<=', last)])]))
    .execute();
  return rows.map((r) => ({ date: r.date, start: r.start_min, end: r.end_min, startsAt: new Date(r.starts_at), status: r.status }));
}
