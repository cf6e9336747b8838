import type { QueryResult, Selectable } from 'kysely';
import type { ActionParsed, BookingView, StaffBookingView } from '../../../../types';
import type { Suspension } from '../../../../types/venues/models';
import { batch } from '../../../db/batch';
import { dialectOf } from '../../../db/dialect';
import { inTransaction, type Db } from '../../../db/tx';
import { daysBetween, localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { forbidden, invalid, notFound } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { residentInScope } from '../../../core/scope';
import { actor, auditClaim, bookingsJoined, insertClaim, insertIfFree, lastInsertId, loadBookingJoined, tellReviewers, type BookingJoined, type NewClaim } from '../data/bookings';
import { rulesOf, scheduleOf } from '../data/mapper';
import { bookingView, staffBookingView, suspensionOf } from '../data/mapper-bookings';
import { assertFree, lockVenue, lockVenueQuery, overlapConflict, overlapQuery, type Overlap } from '../data/range-lock';
import { hoursFrom, hoursOn, specialDatesQuery } from '../data/special-dates';
import { activeSuspensionQuery } from '../data/suspensions';
import type { VenueRow, VenueSpecialDateTable } from '../data/tables';
import { assertManages, mayUse } from '../data/venues';
import { suspensionMessage } from '../domain/no-show';
import { ownBookingsQuery, toOwnBookings, type OwnBookingRow } from '../data/own-bookings';
import { checkQuota } from '../domain/quota';
import { checkRange } from '../domain/range-rules';
import { enforce } from '../domain/refusal';

/**
 * Claiming a range of a venue — a resident books for themselves, a worker books for a resident or keeps time for the
 * community — always by DESIGN.md's range pattern: lock the venue, check the range and that nothing overlaps, insert.
 */

/** The whole local day: a whole-day reservation covers whatever hours the day has, special openings included. */
const WHOLE_DAY = { start: 0, end: 1440 };

/**
 * A resident books one or several consecutive slots. The venue's lock is the hot row of a popular room's day: every
 * booking of the venue passes it, and each round trip made while holding it (about 1 ms from a cloud function) is
 * time all the others wait. So, as for a sign-up (events/services/signups.ts):
 * 1. Everything the checks need is read in one round trip, without a lock: the venue, the day's special hours, the
 *    caller's suspension and own bookings (the quota), the first claim overlapping the range and the room's
 *    reviewers. Every check is made on them — the venue is theirs to use, they are not suspended, the range
 *    is a bookable run of slots, the quota allows it, nothing overlaps — and a refusal here changes nothing: it is
 *    true of the state just read. Most arrivals for a taken range stop here and never touch the venue row.
 * 2. One round trip takes the lock (DESIGN.md's range pattern), reads again under it what the checks depend on —
 *    the venue as locked, its special hours, the caller's bookings and the overlap, locking reads on MySQL so they
 *    see the latest commits — and inserts the booking only if nothing overlaps, then reads it back. The insert comes
 *    after the lock: its foreign key's shared lock on the venue row, taken first, would deadlock with another
 *    booking's lock. The same checks are made again on what was read under the lock; one that fails now rolls the
 *    insert back.
 * 3. The audit row, the reviewers' messages and the idempotency result go with COMMIT (cloud/db/batch.ts).
 * The venue row is held for two round trips: the lock's and COMMIT.
 */
export async function createBooking(db: Db, ctx: Ctx, input: ActionParsed<'bookings.create'>): Promise<BookingView> {
  await checkTexts(ctx, { purpose: ['用途', input.purpose], contactName: ['联系人', input.contactName] });

  return inTransaction(db, async (trx) => {
    const read = await batch(trx, [
      ...dayOfVenue(trx, ctx, input, false),
      activeSuspensionQuery(trx, ctx.caller.id, ctx.now),
      trx.selectFrom('staff_communities').innerJoin('venues', 'venues.community_id', 'staff_communities.community_id').select('staff_communities.user_id').where('venues.id', '=', input.venueId),
    ]);
    const [suspension, reviewers] = read.slice(4);
    const suspended = suspension.rows[0] as { ends_at: string; reason: string } | undefined;
    assertBookable(ctx, input, suspended ? suspensionOf(suspended) : null, read.slice(0, 4));

    const at = { actorId: ctx.caller.id, at: ctx.now };
    const claim: NewClaim = { kind: 'booking', status: 'confirmed', date: input.date, start: input.start, end: input.end, userId: ctx.caller.id, personName: input.contactName, personPhone: input.contactPhone, purpose: input.purpose, headcount: input.headcount };
    const [lock, ...locked] = await batch(trx, [lockVenueQuery(trx, input.venueId), ...dayOfVenue(trx, ctx, input, true), insertIfFree(trx, at, input.venueId, claim), bookingsJoined(trx).where('venue_bookings.id', '=', lastInsertId(trx))]);
    if (Number(lock.numAffectedRows ?? 0) !== 1) throw notFound('场地不存在', 'venueId');
    const [inserted, joined] = locked.slice(4);
    const venue = assertBookable(ctx, input, null, locked.slice(0, 4));
    claim.status = venue.requires_approval === 1 ? 'pending' : 'confirmed';

    let booking = Number(inserted.numAffectedRows ?? 0) === 1 ? (joined.rows[0] as BookingJoined | undefined) : undefined;
    if (!booking) booking = (await loadBookingJoined(trx, await insertClaim(trx, at, venue, claim)))!;
    else await auditClaim(trx, at, venue, claim, booking.id);
    if (booking.status === 'pending') await tellReviewers(trx, ctx.now, booking, (reviewers.rows as { user_id: number }[]).map((r) => r.user_id));
    return bookingView(booking, ctx);
  });
}

/**
 * What a booking's checks depend on, as statements for one batch: the venue, its special hours on the date, the
 * caller's own bookings there (the quota) and the first claim overlapping the range. `locked`: read under the venue's
 * lock, as locking reads on MySQL (the transaction's snapshot was taken before the lock; a locking read sees the
 * latest commits, and SQLite has one writer at a time).
 */
function dayOfVenue(trx: Db, ctx: Ctx, input: ActionParsed<'bookings.create'>, locked: boolean) {
  const lockOnMysql = locked && dialectOf(trx) === 'mysql';
  const special = specialDatesQuery(trx, input.venueId, input.date, input.date);
  const own = ownBookingsQuery(trx, input.venueId, ctx.caller.id, input.date, input.date, ctx.now);
  return [
    trx.selectFrom('venues').selectAll().where('id', '=', input.venueId),
    lockOnMysql ? special.forUpdate() : special,
    lockOnMysql ? own.forUpdate() : own,
    overlapQuery(trx, input.venueId, input.date, input.start, input.end, locked),
  ] as const;
}

/** Every check of a resident's booking, on what dayOfVenue read (the same order before and under the lock). */
function assertBookable(ctx: Ctx, input: ActionParsed<'bookings.create'>, suspension: Suspension | null, read: readonly QueryResult<unknown>[]): VenueRow {
  const [venues, special, own, overlap] = read;
  const venue = venues.rows[0] as VenueRow | undefined;
  if (!venue) throw notFound('场地不存在', 'venueId');
  if (venue.active !== 1 || !mayUse(ctx, venue)) throw forbidden('该场地只对本社区（或本街道）居民开放');
  if (suspension) throw forbidden(suspensionMessage(suspension));
  if (input.headcount > venue.capacity) throw invalid(`人数不能超过场地容纳人数（${venue.capacity}人）`, 'headcount');
  const hours = hoursFrom(venue, input.date, special.rows as Selectable<VenueSpecialDateTable>[]);
  enforce(checkRange(input, { schedule: scheduleOf(venue), maxSlots: venue.max_slots_per_booking, hours, now: ctx.now, asStaff: false }));
  enforce(checkQuota(toOwnBookings(own.rows as OwnBookingRow[]), input, rulesOf(venue), ctx.now));
  const hit = overlap.rows[0] as Overlap | undefined;
  if (hit) throw overlapConflict(hit);
  return venue;
}

/**
 * A worker books for a resident who has no smartphone (by name and phone, and their account when they have one).
 * Confirmed at once — the worker is the one who would approve it — and free of the booking window and quotas, but on
 * the slot grid, inside the hours, and never overlapping.
 */
export async function createBookingFor(db: Db, ctx: Ctx, input: ActionParsed<'bookings.createFor'>): Promise<StaffBookingView> {
  await checkTexts(ctx, { purpose: ['用途', input.purpose], personName: ['居民姓名', input.personName] });
  return inTransaction(db, async (trx) => {
    const venue = await lockVenue(trx, input.venueId);
    assertManages(ctx, venue);
    if (input.headcount > venue.capacity) throw invalid(`人数不能超过场地容纳人数（${venue.capacity}人）`, 'headcount');
    if (input.residentId !== undefined) await residentInScope(trx, ctx, input.residentId, 'residentId');
    await assertStaffRange(trx, ctx, venue, input);
    await assertFree(trx, venue.id, input);
    const id = await insertClaim(trx, actor(ctx), venue, {
      kind: 'booking',
      status: 'confirmed',
      date: input.date,
      start: input.start,
      end: input.end,
      userId: input.residentId ?? null,
      personName: input.personName,
      personPhone: input.personPhone,
      purpose: input.purpose,
      headcount: input.headcount,
    });
    return staffBookingView((await loadBookingJoined(trx, id))!);
  });
}

/**
 * A worker keeps slots, or the whole day, for community use (主题党日, 文艺汇演彩排 …). Reserved time is never offered
 * to residents; it can only be released by a worker.
 */
export async function reserve(db: Db, ctx: Ctx, input: ActionParsed<'venues.reserve'>): Promise<StaffBookingView> {
  const range = rangeOfReserve(input);
  await checkTexts(ctx, { reason: ['保留原因', input.reason] });
  return inTransaction(db, async (trx) => {
    const venue = await lockVenue(trx, input.venueId);
    assertManages(ctx, venue);
    if (input.wholeDay) {
      if (daysBetween(localDate(ctx.now), input.date) < 0) throw invalid('不能保留已经过去的日期', 'date');
    } else {
      await assertStaffRange(trx, ctx, venue, { date: input.date, ...range });
    }
    await assertFree(trx, venue.id, { date: input.date, ...range });
    const worker = await trx.selectFrom('users').select('name').where('id', '=', ctx.caller.id).executeTakeFirstOrThrow();
    const id = await insertClaim(trx, actor(ctx), venue, {
      kind: 'reserved',
      status: 'confirmed',
      date: input.date,
      ...range,
      userId: null,
      personName: worker.name,
      reason: input.reason,
    });
    return staffBookingView((await loadBookingJoined(trx, id))!);
  });
}

function rangeOfReserve(input: ActionParsed<'venues.reserve'>): { start: number; end: number } {
  if (input.wholeDay) {
    if (input.start !== undefined || input.end !== undefined) throw invalid('整天保留时不需要填写开始和结束时间', 'start');
    return WHOLE_DAY;
  }
  if (input.start === undefined) throw invalid('请选择开始时间，或选择整天保留', 'start');
  if (input.end === undefined) throw invalid('请选择结束时间', 'end');
  return { start: input.start, end: input.end };
}

/** Workers are free of the window, the notice and the slot limit, but not of the grid and the hours. */
async function assertStaffRange(trx: Db, ctx: Ctx, venue: VenueRow, r: { date: string; start: number; end: number }) {
  const hours = await hoursOn(trx, venue, r.date);
  enforce(checkRange(r, { schedule: scheduleOf(venue), maxSlots: venue.max_slots_per_booking, hours, now: ctx.now, asStaff: true }));
}
