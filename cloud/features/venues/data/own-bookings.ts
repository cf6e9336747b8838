import type { Db } from '../../../db/tx';
import { iso } from '../../../lib/time';
import { weekOf, type OwnBooking } from '../domain/quota';

/**
 * A resident's bookings in one venue that count for their quota: those not yet started, and those in the weeks of the
 * days `from`–`to` (a no-show still counts: the room was kept for them).
 */
export async function ownBookings(db: Db, venueId: number, userId: number, from: string, to: string, now: Date): Promise<OwnBooking[]> {
  return toOwnBookings(await ownBookingsQuery(db, venueId, userId, from, to, now).execute());
}

export type OwnBookingRow = { date: string; start_min: number; end_min: number; starts_at: string; status: OwnBooking['status'] };

export const toOwnBookings = (rows: readonly OwnBookingRow[]): OwnBooking[] =>
  rows.map((r) => ({ date: r.date, start: r.start_min, end: r.end_min, startsAt: new Date(r.starts_at), status: r.status }));

/** ownBookings as a query a service can batch (cloud/db/batch.ts); its rows go through toOwnBookings. */
export function ownBookingsQuery(db: Db, venueId: number, userId: number, from: string, to: string, now: Date) {
  const first = weekOf(from).first;
  const last = weekOf(to).last;
  return db
    .selectFrom('venue_bookings')
    .select(['date', 'start_min', 'end_min', 'starts_at', 'status'])
    .where('venue_id', '=', venueId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'booking')
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .where((eb) => eb.or([eb('starts_at', '>', iso(now)), eb.and([eb('date', '>=', first), eb('date', '<=', last)])]));
}
