import { audit } from '../../db/audit';
import { inTransaction, type Db } from '../../db/tx';
import { addDays, iso, localDate, localMinutes } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { forbidden, invalid } from '../../core/errors';
import { canStaff } from '../../core/scope';
import { actor, bookingsJoined, insertClaim, transition } from './data/bookings';
import { assertFree, lockVenue } from './data/range-lock';
import type { VenueRow } from './data/tables';

/**
 * The seam between events and venues: an event held in a venue holds that venue's slots (shown as 社区保留 with the
 * event's title). Events call these inside their transaction; the venues feature implements them.
 */
export interface EventHold {
  eventId: number;
  venueId: number;
  /** UTC instants of the event. */
  startsAt: Date;
  endsAt: Date;
  title: string;
}

/**
 * Holds the venue for the event's time, with the same range pattern as a booking (lock the venue, check overlap,
 * insert): CONFLICT when anything already holds part of it. The event's time need not lie on the slot grid; every slot
 * it touches shows as 社区保留. Holding again for the same event (it moved) first lets go of its old time.
 */
export async function holdVenueForEvent(db: Db, ctx: Ctx, hold: EventHold): Promise<void> {
  const range = localRange(hold.startsAt, hold.endsAt);
  const venue = await lockVenue(db, hold.venueId);
  if (!(await mayHold(db, ctx, venue))) throw forbidden('您不是该场地所属社区（或街道）的工作人员');
  await releaseVenueForEvent(db, ctx, hold.eventId);
  await assertFree(db, venue.id, range);
  await insertClaim(db, actor(ctx), venue, { kind: 'event', status: 'confirmed', ...range, userId: null, reason: hold.title.slice(0, 100), eventId: hold.eventId });
}

/** Releases whatever the event holds (cancelled, moved or deleted event). A no-op when it holds nothing. */
export async function releaseVenueForEvent(db: Db, ctx: Ctx, eventId: number): Promise<void> {
  const held = await db
    .selectFrom('venue_bookings')
    .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
    .select(['venue_bookings.id', 'venues.community_id'])
    .where('venue_bookings.event_id', '=', eventId)
    .where('venue_bookings.kind', '=', 'event')
    .where('venue_bookings.status', '=', 'confirmed')
    .execute();
  for (const h of held) {
    await db.updateTable('venue_bookings').set({ status: 'cancelled', updated_at: iso(ctx.now) }).where('id', '=', h.id).where('status', '=', 'confirmed').execute();
    await audit(db, { entity: 'booking', entityId: h.id, action: 'release', from: 'confirmed', to: 'cancelled', actorId: ctx.caller.id, communityId: h.community_id, note: `event ${eventId}`, at: ctx.now });
  }
}

/** An event of any community of the street may use the street's shared venue. */
async function mayHold(db: Db, ctx: Ctx, venue: VenueRow): Promise<boolean> {
  if (canStaff(ctx, venue.community_id)) return true;
  if (venue.street_wide !== 1) return false;
  const street = await db.selectFrom('communities').select('id').where('street_id', '=', venue.street_id).execute();
  return street.some((c) => canStaff(ctx, c.id));
}

/** The event's local date and minutes; an event that runs past midnight cannot hold a venue's day. */
function localRange(startsAt: Date, endsAt: Date): { date: string; start: number; end: number } {
  if (endsAt.getTime() <= startsAt.getTime()) throw invalid('活动结束时间须晚于开始时间', 'endsAt');
  const date = localDate(startsAt);
  const endDate = localDate(endsAt);
  const endsAtMidnight = endDate === addDays(date, 1) && localMinutes(endsAt) === 0;
  if (endDate !== date && !endsAtMidnight) throw invalid('占用场地的活动须在同一天内结束', 'endsAt');
  return { date, start: localMinutes(startsAt), end: endsAtMidnight ? 1440 : localMinutes(endsAt) };
}

/**
 * Account deletion (the privacy feature): the person's bookings and booking requests that have not ended are
 * cancelled — their time is free for others at once, as after an ordinary cancellation, audited — and the contact
 * name, phone and purpose are removed from every booking of theirs (the bookings themselves stay, for the figures).
 */
export async function forgetBooker(db: Db, ctx: Ctx, userId: number): Promise<{ cancelledBookings: number }> {
  return inTransaction(db, async (trx) => {
    // The first statement of a SQLite write transaction is a write.
    await trx.updateTable('venue_bookings').set({ person_name: '', person_phone: '', purpose: '' }).where('user_id', '=', userId).execute();
    // A group they were the contact of keeps its weeks (they are the group's) but loses its contact and their phone.
    await trx.updateTable('venue_bookings').set({ person_phone: '' }).where('series_id', 'is not', null).where('created_by', '=', userId).execute();
    await trx.updateTable('venue_groups').set({ contact_user_id: null }).where('contact_user_id', '=', userId).execute();
    const open = await bookingsJoined(trx)
      .where('venue_bookings.user_id', '=', userId)
      .where('venue_bookings.kind', '=', 'booking')
      .where('venue_bookings.status', 'in', ['pending', 'confirmed'])
      .where('venue_bookings.ends_at', '>', iso(ctx.now))
      .orderBy('venue_bookings.id')
      .execute();
    for (const b of open) {
      await transition(trx, b, { to: 'cancelled', action: 'cancel', actorId: ctx.caller.id, at: ctx.now, note: 'account deleted' });
    }
    return { cancelledBookings: open.length };
  });
}

/**
 * Retention (the privacy feature's job): bookings that ended before `before` lose their contact name, phone and purpose;
 * the bookings stay for the figures. At most `limit` a call; returns how many were stripped.
 */
export async function stripBookingsEndedBefore(db: Db, before: Date, limit: number): Promise<number> {
  const old = await db
    .selectFrom('venue_bookings')
    .select('id')
    .where('ends_at', '<', iso(before))
    .where((eb) => eb.or([eb('person_name', '!=', ''), eb('person_phone', '!=', ''), eb('purpose', '!=', '')]))
    .orderBy('id')
    .limit(limit)
    .execute();
  if (old.length === 0) return 0;
  await db.updateTable('venue_bookings').set({ person_name: '', person_phone: '', purpose: '' }).where('id', 'in', old.map((b) => b.id)).execute();
  return old.length;
}

/** What the 工作台 (cloud/features/workbench) reads of the rooms: approvals waiting and today's bookings. */
export { venueWorkbench } from './services/booking-lists';
