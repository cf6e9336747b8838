import { inTransaction, type Db } from '../../db/tx';
import { iso } from '../../lib/time';
import type { Platform } from '../../platform/types';
import type { TickJob } from '../../core/job';
import { loadBookingJoined, tellResident, transition, type BookingJoined } from './data/bookings';
import { whenOf } from './data/mapper-bookings';
import { isNoShowDue } from './domain/lifecycle';
import { recordNoShow } from './services/lifecycle';

const BATCH = 200;
/** The shortest check-in window a venue can have (types/venues/schemas.ts): nothing can be due sooner after its start. */
const MIN_WINDOW_MINUTES = 5;

/**
 * Bookings that time has moved on: confirmed ones nobody checked in to by the end of the window become no-shows, and
 * requests still pending when they were due to start lapse (the resident is told). Each in its own transaction.
 */
export async function settleDueBookings(db: Db, now: Date): Promise<number> {
  const due = await db
    .selectFrom('venue_bookings')
    .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
    .select(['venue_bookings.id', 'venue_bookings.status', 'venue_bookings.starts_at', 'venues.checkin_window_minutes'])
    .where('venue_bookings.kind', '=', 'booking')
    .where((eb) =>
      eb.or([
        eb.and([eb('venue_bookings.status', '=', 'confirmed'), eb('venue_bookings.starts_at', '<', iso(new Date(now.getTime() - MIN_WINDOW_MINUTES * 60_000)))]),
        eb.and([eb('venue_bookings.status', '=', 'pending'), eb('venue_bookings.starts_at', '<=', iso(now))]),
      ]),
    )
    .orderBy('venue_bookings.starts_at')
    .limit(BATCH)
    .execute();
  let settled = 0;
  for (const d of due) {
    const startsAt = new Date(d.starts_at);
    if (d.status === 'confirmed' && !isNoShowDue({ status: d.status, startsAt, checkedIn: false }, d.checkin_window_minutes, now)) continue;
    await inTransaction(db, async (trx) => {
      const touched = await trx.updateTable('venue_bookings').set({ updated_at: iso(now) }).where('id', '=', d.id).where('status', '=', d.status).executeTakeFirst();
      if (Number(touched.numUpdatedRows) !== 1) return; // a worker or another tick got there first
      const b = (await loadBookingJoined(trx, d.id))!;
      if (b.status === 'confirmed') await recordNoShow(trx, b, now, null);
      else await lapse(trx, b, now);
      settled++;
    });
  }
  return settled;
}

async function lapse(trx: Db, b: BookingJoined, now: Date): Promise<void> {
  await transition(trx, b, { to: 'expired', action: 'expire', actorId: null, at: now, set: { review_note: '开始前未完成审核' } });
  await tellResident(trx, now, b, { kind: 'booking.expired', title: '场地预约已失效', body: `${b.venue_name} ${whenOf(b)} 在开始前未完成审核，预约已失效`, status: '已失效' });
}

export const venueBookingsJob: TickJob = { name: 'venue-bookings', run: (db: Db, _platform: Platform, now: Date) => settleDueBookings(db, now) };
