import type { Selectable } from 'kysely';
import type { ActionParsed, SlotDay, SpecialDate, VenueCard, VenueDetail, VenueList, VenuePage, VenueSlots } from '../../../../types';
import { batch } from '../../../db/batch';
import type { Db } from '../../../db/tx';
import { addDays, eachDay, localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { callerHome } from '../../../core/places';
import { scheduleOf, venueCard, venueDetail } from '../data/mapper';
import { occupantsBetween, occupantsByVenue, occupantsQuery, type OccupantRow } from '../data/occupancy';
import { ownBookings } from '../data/own-bookings';
import { specialDatesBetween, specialDatesByVenue, venuesSpecialDatesQuery } from '../data/special-dates';
import { suspensionOf } from '../data/mapper-bookings';
import { activeSuspension, activeSuspensionQuery } from '../data/suspensions';
import type { VenueRow, VenueSpecialDateTable } from '../data/tables';
import { canManage, loadUsableVenue } from '../data/venues';
import { dayInfo } from '../domain/calendar';
import { allowanceOf } from '../domain/quota';
import { slotDay } from '../domain/slot-day';
import type { Occupant } from '../domain/occupancy';

type VenueSpecialDateRow = Selectable<VenueSpecialDateTable>;

/** Looking for a room: the 场地预约 tab, a venue's page and its slots, and the venues a worker runs. */

/** The 场地预约 tab: the venues of the caller's community, then their street's shared ones. */
export async function listVenues(db: Db, ctx: Ctx, _input: ActionParsed<'venues.list'>): Promise<VenueList> {
  const streetId = callerHome(ctx).streetId;
  const today = localDate(ctx.now);
  const communityId = ctx.caller.communityId;
  if (!communityId || !streetId) return { today, hasCommunity: false, venues: [], suspension: await activeSuspension(db, ctx.caller.id, ctx.now) };
  const ours = db
    .selectFrom('venues')
    .selectAll()
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('community_id', '=', communityId), eb.and([eb('street_wide', '=', 1), eb('street_id', '=', streetId)])]))
    .orderBy('street_wide')
    .orderBy('id');
  const [suspended, venues] = await batch(db, [activeSuspensionQuery(db, ctx.caller.id, ctx.now), ours]);
  const suspension = suspended.rows.length > 0 ? suspensionOf(suspended.rows[0] as Parameters<typeof suspensionOf>[0]) : null;
  return { today, hasCommunity: true, venues: await cards(db, ctx, venues.rows as VenueRow[]), suspension };
}

/** The venues a worker runs, stopped ones included. */
export async function managedVenues(db: Db, ctx: Ctx, _input: ActionParsed<'venues.managed'>): Promise<VenueCard[]> {
  let q = db.selectFrom('venues').selectAll().orderBy('community_id').orderBy('street_wide').orderBy('id');
  if (ctx.caller.role !== 'admin') {
    if (ctx.caller.staffCommunityIds.length === 0) return [];
    q = q.where('community_id', 'in', ctx.caller.staffCommunityIds);
  }
  return cards(db, ctx, await q.execute());
}

export async function getVenue(db: Db, ctx: Ctx, input: ActionParsed<'venues.get'>): Promise<VenueDetail> {
  const venue = await loadUsableVenue(db, ctx, input.venueId);
  return detailOf(db, ctx, venue);
}

/** A venue's page as the caller sees it (also the answer to a worker's edit). */
export async function detailOf(db: Db, ctx: Ctx, venue: VenueRow): Promise<VenueDetail> {
  const today = localDate(ctx.now);
  const specials = await specialDatesBetween(db, venue.id, today, addDays(today, 366));
  return venueDetail(venue, {
    placeName: (await placeNames(db, [venue])).get(venue.id) ?? '',
    nextFree: venue.active === 1 ? await nextFree(db, venue, ctx.now, ctx.caller.id) : null,
    specialDates: [...specials.values()],
    canManage: canManage(ctx, venue),
    window: { first: today, last: addDays(today, venue.booking_window_days - 1) },
  });
}

/** Workers see two weeks ahead (they reserve and book beyond the residents' window). */
const STAFF_DAYS = 14;

/**
 * The room page in one call: the venue, the days of its window (two weeks for its workers) with their slots, and what
 * the caller may still book there — so the rules that apply to them are on the page before they pick.
 */
export async function venuePage(db: Db, ctx: Ctx, input: ActionParsed<'venues.page'>): Promise<VenuePage> {
  const venue = await loadUsableVenue(db, ctx, input.venueId);
  const detail = await detailOf(db, ctx, venue);
  const from = detail.window.first;
  const days = detail.canManage ? STAFF_DAYS : Math.min(STAFF_DAYS, venue.booking_window_days);
  const to = addDays(from, days - 1);
  const [slotList, own, groups] = await Promise.all([
    slotDays(db, venue, from, days, ctx.now, ctx.caller.id),
    ownBookings(db, venue.id, ctx.caller.id, from, to, ctx.now),
    db
      .selectFrom('venue_group_rooms')
      .innerJoin('venue_groups', 'venue_groups.id', 'venue_group_rooms.group_id')
      .select(['venue_groups.id', 'venue_groups.name'])
      .where('venue_group_rooms.venue_id', '=', venue.id)
      .where('venue_groups.contact_user_id', '=', ctx.caller.id)
      .where('venue_groups.active', '=', 1)
      .orderBy('venue_groups.id')
      .execute(),
  ]);
  return {
    venue: detail,
    slots: { venueId: venue.id, today: localDate(ctx.now), slotMinutes: venue.slot_minutes, maxSlotsPerBooking: venue.max_slots_per_booking, days: slotList },
    allowance: allowanceOf(own, from, to, detail.rules, ctx.now),
    groups,
  };
}

/** A day or a week of slots with their state for the caller: one call draws the venue page's strip and grid. */
export async function venueSlots(db: Db, ctx: Ctx, input: ActionParsed<'venues.slots'>): Promise<VenueSlots> {
  const venue = await loadUsableVenue(db, ctx, input.venueId);
  return {
    venueId: venue.id,
    today: localDate(ctx.now),
    slotMinutes: venue.slot_minutes,
    maxSlotsPerBooking: venue.max_slots_per_booking,
    days: await slotDays(db, venue, input.from, input.days ?? 1, ctx.now, ctx.caller.id),
  };
}

/** 达尔罕社区 for a community's venue, 哈巴格希街道 for a street-wide one. */
async function placeNames(db: Db, venues: VenueRow[]): Promise<Map<number, string>> {
  if (venues.length === 0) return new Map();
  return placeNamesOf(venues, await placeNamesQuery(db, venues).execute());
}

const placeNamesQuery = (db: Db, venues: VenueRow[]) =>
  db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'streets.name as street'])
    .where('communities.id', 'in', [...new Set(venues.map((v) => v.community_id))]);

type PlaceNameRow = Awaited<ReturnType<ReturnType<typeof placeNamesQuery>['execute']>>[number];

function placeNamesOf(venues: VenueRow[], rows: readonly PlaceNameRow[]): Map<number, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(venues.map((v) => [v.id, (v.street_wide === 1 ? byId.get(v.community_id)?.street : byId.get(v.community_id)?.name) ?? '']));
}

/**
 * Venue cards with each one's next free slot: the names, special dates and bookings of all of them in one round trip
 * (a tab screen read by everyone at 08:00: a query per venue was a round trip and a pooled connection each).
 */
async function cards(db: Db, ctx: Ctx, venues: VenueRow[]): Promise<VenueCard[]> {
  if (venues.length === 0) return [];
  const today = localDate(ctx.now);
  const live = venues.filter((v) => v.active === 1);
  const ids = live.map((v) => v.id);
  const last = addDays(today, Math.max(1, ...live.map((v) => v.booking_window_days)) - 1);
  const queries = [placeNamesQuery(db, venues), ...(ids.length > 0 ? [venuesSpecialDatesQuery(db, ids, today, last), occupantsQuery(db, ids, today, last)] : [])];
  const [names, specials, occupants] = await batch(db, queries);
  const placeName = placeNamesOf(venues, names.rows as PlaceNameRow[]);
  const specialsOf = specialDatesByVenue((specials?.rows ?? []) as VenueSpecialDateRow[]);
  const occupantsOf = occupantsByVenue((occupants?.rows ?? []) as OccupantRow[]);
  return venues.map((v) => {
    const free = v.active === 1 ? firstFree(daysOf(v, today, v.booking_window_days, specialsOf.get(v.id), occupantsOf.get(v.id), ctx.now, ctx.caller.id)) : null;
    return venueCard(v, placeName.get(v.id) ?? '', free);
  });
}

/** `days` consecutive days of one venue from `from`, as `viewerId` sees them. */
async function slotDays(db: Db, venue: VenueRow, from: string, days: number, now: Date, viewerId: number): Promise<SlotDay[]> {
  const to = addDays(from, days - 1);
  const [specials, occupants] = await Promise.all([specialDatesBetween(db, venue.id, from, to), occupantsBetween(db, [venue.id], from, to)]);
  return [...daysOf(venue, from, days, specials, occupants.get(venue.id), now, viewerId)];
}

/** The days one at a time: a card's next free slot stops at the first day that has one (a window is up to weeks). */
function* daysOf(
  venue: VenueRow,
  from: string,
  days: number,
  specials: Map<string, SpecialDate> | undefined,
  byDate: Map<string, Occupant[]> | undefined,
  now: Date,
  viewerId: number,
): Generator<SlotDay> {
  const schedule = scheduleOf(venue);
  for (const date of eachDay(from, addDays(from, days - 1))) {
    yield slotDay({ schedule, date, day: dayInfo(date), special: specials?.get(date), occupants: byDate?.get(date) ?? [], now, viewerId });
  }
}

/** The first slot the viewer could book now, looking through the venue's booking window. */
async function nextFree(db: Db, venue: VenueRow, now: Date, viewerId: number): Promise<VenueCard['nextFree']> {
  return firstFree(await slotDays(db, venue, localDate(now), venue.booking_window_days, now, viewerId));
}

function firstFree(days: Iterable<SlotDay>): VenueCard['nextFree'] {
  for (const day of days) {
    const slot = day.slots.find((s) => s.state === 'free');
    if (slot) return { date: day.date, start: slot.start, end: slot.end };
  }
  return null;
}
