import type { ActionInput, StaffBookingView } from '../../../types';
import { inTransaction, type Db } from '../../db/tx';
import { daysBetween, localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { residentInScope } from '../../core/scope';
import { assertManages } from './access';
import { loadBookingJoined, staffBookingView } from './booking-mapper';
import { actor, enforce, insertClaim } from './claims';
import { checkRange } from './domain/range-rules';
import { assertFree, lockVenue } from './range-lock';
import { hoursOn } from './special-dates';
import { scheduleOf, type VenueRow } from './venue-mapper';

/** The whole local day: a whole-day reservation covers whatever hours the day has, special openings included. */
const WHOLE_DAY = { start: 0, end: 1440 };

/**
 * A worker books for a resident who has no smartphone (by name and phone, and their account when they have one).
 * Confirmed at once — the worker is the one who would approve it — and free of the booking window and quotas, but on
 * the slot grid, inside the hours, and never overlapping.
 */
export async function createBookingFor(db: Db, ctx: Ctx, input: ActionInput<'bookings.createFor'>): Promise<StaffBookingView> {
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
export async function reserve(db: Db, ctx: Ctx, input: ActionInput<'venues.reserve'>): Promise<StaffBookingView> {
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

function rangeOfReserve(input: ActionInput<'venues.reserve'>): { start: number; end: number } {
  if (input.wholeDay) {
    if (input.start !== undefined || input.end !== undefined) throw invalid('整天保留时不需要填写开始和结束时间', 'start');
    return WHOLE_DAY;
  }
  if (input.start === undefined) throw invalid('请选择开始时间，或选择整天保留', 'start');
  if (input.end === undefined) throw invalid('请选择结束时间', 'end');
  return { start: input.start, end: input.end };
}

async function assertStaffRange(trx: Db, ctx: Ctx, venue: VenueRow, r: { date: string; start: number; end: number }) {
  const hours = await hoursOn(trx, venue, r.date);
  enforce(checkRange(r, { schedule: scheduleOf(venue), maxSlots: venue.max_slots_per_booking, hours, now: ctx.now, asStaff: true }));
}
