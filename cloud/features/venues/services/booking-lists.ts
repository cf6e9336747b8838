import { WORKBENCH_TODAY_STATUSES, type ActionParsed, type BookingStatus, type BookingView, type DayBookings, type MyBookings, type VenueWorkbench } from '../../../../types';
import type { Db } from '../../../db/tx';
import { iso, localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { bookingsJoined } from '../data/bookings';
import { venueBrief } from '../data/mapper';
import { occurrencesQuery, seriesBrief, seriesJoined, type OccurrenceRow, type SeriesJoined } from '../data/groups';
import { bookingView, staffBookingView } from '../data/mapper-bookings';
import { assertManages, loadVenue } from '../data/venues';

/** Lists of bookings: a resident's own (我的预约), a venue's day for its workers, and the 工作台 of a worker. */

const LIMIT = 100;

const LIVE: readonly BookingStatus[] = ['pending', 'confirmed', 'checked_in'];
/** Ended by someone else when they carry a reason (a resident's own cancel carries none). */
const TURNED_DOWN: readonly BookingStatus[] = ['cancelled', 'expired'];

/**
 * 我的预约: only the caller's own bookings. Upcoming: not over yet and live, or turned down by the community (refused,
 * cancelled or lapsed with a reason) — the person looks for a booking where it was, so the refusal and its reason are
 * there. History: what is over, and what the person cancelled themselves.
 */
export async function myBookings(db: Db, ctx: Ctx, _input: ActionParsed<'bookings.mine'>): Promise<MyBookings> {
  const rows = await bookingsJoined(db)
    .where('venue_bookings.user_id', '=', ctx.caller.id)
    .where('venue_bookings.kind', '=', 'booking')
    .orderBy('venue_bookings.starts_at', 'desc')
    .limit(LIMIT)
    .execute();
  const views = rows.map((r) => bookingView(r, ctx));
  const series = await seriesJoined(db)
    .where('venue_groups.contact_user_id', '=', ctx.caller.id)
    .where('venue_series.status', 'in', ['pending', 'confirmed'])
    .where('venue_series.last_date', '>=', localDate(ctx.now))
    .orderBy('venue_series.first_date')
    .limit(20)
    .execute();
  const weeks = series.length ? ((await occurrencesQuery(db, series.map((s) => s.id)).execute()) as OccurrenceRow[]) : [];
  const turnedDown = (b: BookingView) => b.status === 'rejected' || (TURNED_DOWN.includes(b.status) && b.reviewNote !== '' && b.reviewNote !== null);
  const isUpcoming = (b: BookingView) => (LIVE.includes(b.status) || turnedDown(b)) && new Date(b.endsAt).getTime() > ctx.now.getTime();
  return {
    now: iso(ctx.now),
    upcoming: views.filter(isUpcoming).reverse(),
    history: views.filter((b) => !isUpcoming(b)),
    series: series.map((s) => seriesBrief(s as SeriesJoined, weeks)),
  };
}

/** A worker's day view of one venue: every booking, reservation and event hold, in any state, by start. */
export async function dayBookings(db: Db, ctx: Ctx, input: ActionParsed<'bookings.day'>): Promise<DayBookings> {
  const venue = await loadVenue(db, input.venueId);
  assertManages(ctx, venue);
  const today = localDate(ctx.now);
  const date = input.date ?? today;
  const rows = await bookingsJoined(db)
    .where('venue_bookings.venue_id', '=', venue.id)
    .where('venue_bookings.date', '=', date)
    .orderBy('venue_bookings.start_min')
    .orderBy('venue_bookings.id')
    .execute();
  return { today, venue: venueBrief(venue), date, bookings: rows.map(staffBookingView) };
}

/** 工作台: requests waiting for approval (soonest first), then what is on today in the venues the worker runs. */
export async function venueWorkbench(db: Db, ctx: Ctx): Promise<VenueWorkbench> {
  const scoped = () => {
    const q = bookingsJoined(db);
    return ctx.caller.role === 'admin' ? q : q.where('venues.community_id', 'in', ctx.caller.staffCommunityIds.length ? ctx.caller.staffCommunityIds : [0]);
  };
  const series = ctx.caller.role === 'admin' ? seriesJoined(db) : seriesJoined(db).where('venues.community_id', 'in', ctx.caller.staffCommunityIds.length ? ctx.caller.staffCommunityIds : [0]);
  const [pending, today, pendingSeries] = await Promise.all([
    scoped().where('venue_bookings.status', '=', 'pending').where('venue_bookings.series_id', 'is', null).where('venue_bookings.starts_at', '>', iso(ctx.now)).orderBy('venue_bookings.starts_at').limit(50).execute(),
    scoped()
      .where('venue_bookings.date', '=', localDate(ctx.now))
      .where('venue_bookings.kind', '=', 'booking')
      .where('venue_bookings.status', 'in', WORKBENCH_TODAY_STATUSES)
      .orderBy('venue_bookings.start_min')
      .limit(100)
      .execute(),
    series.where('venue_series.status', '=', 'pending').where('venue_series.last_date', '>=', localDate(ctx.now)).orderBy('venue_series.first_date').orderBy('venue_series.id').limit(20).execute(),
  ]);
  const weeks = pendingSeries.length ? ((await occurrencesQuery(db, pendingSeries.map((s) => s.id)).execute()) as OccurrenceRow[]) : [];
  return { date: localDate(ctx.now), pending: pending.map(staffBookingView), today: today.map(staffBookingView), pendingSeries: pendingSeries.map((s) => seriesBrief(s as SeriesJoined, weeks)) };
}
