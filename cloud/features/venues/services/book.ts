import type { ActionParsed, BookingView, StaffBookingView } from '../../../../types';
import { inTransaction, type Db } from '../../../db/tx';
import { daysBetween, localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { forbidden, invalid } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { residentInScope } from '../../../core/scope';
import { actor, insertClaim, loadBookingJoined, tellReviewers } from '../data/bookings';
import { rulesOf, scheduleOf } from '../data/mapper';
import { bookingView, staffBookingView } from '../data/mapper-bookings';
import { assertFree, lockVenue } from '../data/range-lock';
import { hoursOn } from '../data/special-dates';
import { activeSuspension } from '../data/suspensions';
import type { VenueRow } from '../data/tables';
import { assertManages, canUse } from '../data/venues';
import { suspensionMessage } from '../domain/no-show';
import { ownBookings } from '../data/own-bookings';
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
 * A resident books one or several consecutive slots. Under the venue's lock: the venue is theirs to use, they are not
 * suspended, the range is a bookable run of slots, their quota allows it and nothing overlaps; then it is confirmed, or
 * pending when the venue needs approval.
 */
export async function createBooking(db: Db, ctx: Ctx, input: ActionParsed<'bookings.create'>): Promise<BookingView> {
  await checkTexts(ctx, { purpose: ['用途', input.purpose], contactName: ['联系人', input.contactName] });

  return inTransaction(db, async (trx) => {
    const venue = await lockVenue(trx, input.venueId);
    if (venue.active !== 1 || !(await canUse(trx, ctx, venue))) throw forbidden('该场地只对本社区（或本街道）居民开放');
    const suspension = await activeSuspension(trx, ctx.caller.id, ctx.now);
    if (suspension) throw forbidden(suspensionMessage(suspension));
    if (input.headcount > venue.capacity) throw invalid(`人数不能超过场地容纳人数（${venue.capacity}人）`, 'headcount');

    const hours = await hoursOn(trx, venue, input.date);
    enforce(checkRange(input, { schedule: scheduleOf(venue), maxSlots: venue.max_slots_per_booking, hours, now: ctx.now, asStaff: false }));
    enforce(checkQuota(await ownBookings(trx, venue.id, ctx.caller.id, input.date, input.date, ctx.now), input, rulesOf(venue), ctx.now));
    await assertFree(trx, venue.id, input);

    const id = await insertClaim(trx, actor(ctx), venue, {
      kind: 'booking',
      status: venue.requires_approval === 1 ? 'pending' : 'confirmed',
      date: input.date,
      start: input.start,
      end: input.end,
      userId: ctx.caller.id,
      personName: input.contactName,
      personPhone: input.contactPhone,
      purpose: input.purpose,
      headcount: input.headcount,
    });
    const booking = (await loadBookingJoined(trx, id))!;
    if (booking.status === 'pending') await tellReviewers(trx, ctx.now, booking);
    return bookingView(booking, ctx);
  });
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
