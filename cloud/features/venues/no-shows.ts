import { audit } from '../../db/audit';
import { notify } from '../../db/outbox';
import { inTransaction, type Db } from '../../db/tx';
import { iso, localDate } from '../../lib/time';
import type { Platform } from '../../platform/types';
import type { TickJob } from '../../core/job';
import { loadBookingJoined, type BookingJoined } from './booking-mapper';
import { isNoShowDue } from './domain/lifecycle';
import { NO_SHOW_LIMIT, NO_SHOW_PERIOD_DAYS, SUSPENSION_DAYS, releasedEnd, suspensionDue } from './domain/no-show';
import { clockRange, monthDay } from '../../lib/words';
import { lastSuspensionStart } from './suspension';
import { transition } from './transition';

const MINE_PAGE = '/packages/venues/mine/index';
const BATCH = 200;
/** The shortest check-in window a venue can have (types/venues.ts): nothing can be due sooner after its start. */
const MIN_WINDOW_MINUTES = 5;

/**
 * Records a no-show: the slot in progress stays held, the rest is released for others; the resident is told, and
 * the third no-show in 30 days suspends their booking for 30 days.
 */
export async function recordNoShow(trx: Db, b: BookingJoined, now: Date, actorId: number | null): Promise<void> {
  const slot = await trx.selectFrom('venues').select('slot_minutes').where('id', '=', b.venue_id).executeTakeFirstOrThrow();
  const holdEnd = releasedEnd({ date: b.date, start: b.start_min, end: b.end_min }, slot.slot_minutes, now);
  await transition(trx, b, { to: 'no_show', action: 'noShow', actorId, at: now, set: { hold_end_min: holdEnd } });
  if (!b.user_id) return;
  const released = holdEnd < b.end_min ? `，${clockRange(holdEnd, b.end_min)} 已释放给其他居民` : '';
  await notify(trx, now, { userId: b.user_id, kind: 'booking.noShow', title: '场地预约未签到', body: `${b.venue_name} ${monthDay(b.date)} ${clockRange(b.start_min, b.end_min)} 未按时签到，已记为未到场${released}`, page: MINE_PAGE });
  await suspendIfDue(trx, b.user_id, b.community_id, now, actorId);
}

async function suspendIfDue(trx: Db, userId: number, communityId: number, now: Date, actorId: number | null): Promise<void> {
  const since = new Date(now.getTime() - NO_SHOW_PERIOD_DAYS * 86_400_000);
  const noShows = await trx
    .selectFrom('venue_bookings')
    .select('starts_at')
    .where('user_id', '=', userId)
    .where('kind', '=', 'booking')
    .where('status', '=', 'no_show')
    .where('starts_at', '>', iso(since))
    .execute();
  const until = suspensionDue(noShows.map((n) => new Date(n.starts_at)), now, await lastSuspensionStart(trx, userId));
  if (!until) return;
  const reason = `${NO_SHOW_PERIOD_DAYS}天内${NO_SHOW_LIMIT}次预约未按时签到`;
  const res = await trx.insertInto('booking_suspensions').values({ user_id: userId, starts_at: iso(now), ends_at: iso(until), reason }).executeTakeFirstOrThrow();
  await audit(trx, { entity: 'booking_suspension', entityId: Number(res.insertId), action: 'suspend', from: null, to: 'suspended', actorId, communityId, note: reason, at: now });
  await notify(trx, now, {
    userId,
    kind: 'booking.suspended',
    title: '场地预约已暂停',
    body: `因${reason}，场地预约暂停${SUSPENSION_DAYS}天，至${monthDay(localDate(until))}恢复。已有的预约不受影响。`,
    page: '/pages/venues/index',
  });
}

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
  if (b.user_id) {
    await notify(trx, now, { userId: b.user_id, kind: 'booking.expired', title: '场地预约已失效', body: `${b.venue_name} ${monthDay(b.date)} ${clockRange(b.start_min, b.end_min)} 在开始前未完成审核，预约已失效`, page: MINE_PAGE });
  }
}

export const venueBookingsJob: TickJob = { name: 'venue-bookings', run: (db: Db, _platform: Platform, now: Date) => settleDueBookings(db, now) };
