import type { ActionInput, BookingView } from '../../../types';
import { inTransaction, type Db } from '../../db/tx';
import { iso } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { forbidden, invalid } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { canUse } from './access';
import { bookingView, loadBookingJoined } from './booking-mapper';
import { actor, enforce, insertClaim } from './claims';
import { checkQuota, weekOf, type OwnBooking } from './domain/quota';
import { checkRange } from './domain/range-rules';
import { assertFree, lockVenue } from './range-lock';
import { hoursOn } from './special-dates';
import { activeSuspension, suspensionMessage } from './suspension';
import { rulesOf, scheduleOf } from './venue-mapper';

type Input = ActionInput<'bookings.create'>;

/**
 * A resident books one or several consecutive slots. Under the venue's lock: the venue is theirs to use, they are not
 * suspended, the range is a bookable run of slots, their quota allows it and nothing overlaps; then it is confirmed, or
 * pending when the venue needs approval.
 */
export async function createBooking(db: Db, ctx: Ctx, input: Input): Promise<BookingView> {
  await checkTexts(ctx, { purpose: ['用途', input.purpose], contactName: ['联系人', input.contactName] });

  return inTransaction(db, async (trx) => {
    const venue = await lockVenue(trx, input.venueId);
    if (venue.active !== 1 || !(await canUse(trx, ctx, venue))) throw forbidden('该场地只对本社区（或本街道）居民开放');
    const suspension = await activeSuspension(trx, ctx.caller.id, ctx.now);
    if (suspension) throw forbidden(suspensionMessage(suspension));
    if (input.headcount > venue.capacity) throw invalid(`人数不能超过场地容纳人数（${venue.capacity}人）`, 'headcount');

    const hours = await hoursOn(trx, venue, input.date);
    enforce(checkRange(input, { schedule: scheduleOf(venue), maxSlots: venue.max_slots_per_booking, hours, now: ctx.now, asStaff: false }));
    enforce(checkQuota(await ownBookings(trx, venue.id, ctx.caller.id, input.date, ctx.now), input, rulesOf(venue), ctx.now));
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
    return bookingView((await loadBookingJoined(trx, id))!, ctx);
  });
}

/** The resident's bookings in this venue that count for the quota: not yet started, or in the requested week. */
async function ownBookings(trx: Db, venueId: number, userId: number, date: string, now: Date): Promise<OwnBooking[]> {
  const week = weekOf(date);
  const rows = await trx
    .selectFrom('venue_bookings')
    .select(['date', 'start_min', 'end_min', 'starts_at', 'status'])
    .where('venue_id', '=', venueId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'booking')
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .where((eb) => eb.or([eb('starts_at', '>', iso(now)), eb.and([eb('date', '>=', week.first), eb('date', '<=', week.last)])]))
    .execute();
  return rows.map((r) => ({ date: r.date, start: r.start_min, end: r.end_min, startsAt: new Date(r.starts_at), status: r.status }));
}
