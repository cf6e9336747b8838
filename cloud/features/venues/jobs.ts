import { inTransaction, type Db } from '../../db/tx';
import { iso } from '../../lib/time';
import { NO_DEADLINE, type Deadline } from '../../platform/clock';
import type { Platform } from '../../platform/types';
import type { TickJob } from '../../core/job';
import { loadBookingJoined, tellResident, transition, type BookingJoined } from './data/bookings';
import { whenOf } from './data/mapper-bookings';
import { isNoShowDue } from './domain/lifecycle';
import { recordNoShow } from './services/lifecycle';

/** Each item is a transaction of several statements: a batch fits well inside one tick's budget. */
const BATCH = 50;

/**
 * Bookings that time has moved on: confirmed ones nobody checked in to by the end of the window become no-shows, and
 * requests still pending when they were due to start lapse (the resident is told). Each in its own transaction; no new
 * item starts once the deadline is used up, the rest waits for the next tick.
 *
 * Only rows that are due are read: the window's end depends on the venue, so the condition names each window a venue
 * has (a handful of values). Reading "started a while ago" and filtering here would let a batch full of bookings still
 * inside a long window starve everything behind them.
 */
export async function settleDueBookings(db: Db, now: Date, deadline: Deadline = NO_DEADLINE): Promise<number> {
  const windows = (await db.selectFrom('venues').select('checkin_window_minutes').distinct().execute()).map((v) => v.checkin_window_minutes);
  const due = await db
    .selectFrom('venue_bookings')
    .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
    .select(['venue_bookings.id', 'venue_bookings.status', 'venue_bookings.starts_at', 'venues.checkin_window_minutes'])
    .where('venue_bookings.kind', '=', 'booking')
    .where((eb) =>
      eb.or([
        ...windows.map((w) =>
          eb.and([
            eb('venue_bookings.status', '=', 'confirmed'),
            eb('venues.checkin_window_minutes', '=', w),
            eb('venue_bookings.starts_at', '<', iso(checkinWindowStartedBy(now, w))),
          ]),
        ),
        eb.and([eb('venue_bookings.status', '=', 'pending'), eb('venue_bookings.starts_at', '<=', iso(now))]),
      ]),
    )
    .orderBy('venue_bookings.starts_at')
    .orderBy('venue_bookings.id')
    .limit(BATCH)
    .execute();
  let settled = 0;
  for (const d of due) {
    if (deadline.remainingMs() <= 0) break;
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

/** A booking whose window has closed by `now` started before this instant. */
function checkinWindowStartedBy(now: Date, windowMinutes: number): Date {
  return new Date(now.getTime() - windowMinutes * 60_000);
}

async function lapse(trx: Db, b: BookingJoined, now: Date): Promise<void> {
  await transition(trx, b, { to: 'expired', action: 'expire', actorId: null, at: now, set: { review_note: '开始前未完成审核' } });
  await tellResident(trx, now, b, { kind: 'booking.expired', title: '场地预约已失效', body: `${b.venue_name} ${whenOf(b)} 在开始前未完成审核，预约已失效`, status: '已失效' });
}

export const venueBookingsJob: TickJob = { name: 'venue-bookings', run: (db: Db, _platform: Platform, now: Date, deadline: Deadline) => settleDueBookings(db, now, deadline) };
