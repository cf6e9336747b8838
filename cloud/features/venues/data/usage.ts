import { sql } from 'kysely';
import { USAGE_LEVEL_LABELS, type UsageLevel } from '../../../../types/venues/usage';
import type { Db } from '../../../db/tx';
import { canStaff } from '../../../core/scope';
import type { Ctx } from '../../../core/context';
import { forbidden, notFound } from '../../../core/errors';
import { specialDateOf } from './mapper';
import type { SpecialDate } from '../../../../types/venues/models';

/** The reads of 场所利用率: a few statements for a whole district's month, summed in SQL. */

export interface UsageCommunity {
  id: number;
  name: string;
}

/** The place asked for and the communities of it the caller oversees (a worker: those they serve; an admin: all). */
export interface UsageScope {
  placeName: string;
  up?: { level: UsageLevel; placeId: number; name: string };
  communities: UsageCommunity[];
}

/** The place asked for, the level above it, and the communities of it the caller oversees (a worker: those they serve). */
export async function usageScope(db: Db, ctx: Ctx, level: UsageLevel, placeId: number): Promise<UsageScope> {
  const found = await placeOf(db, level, placeId);
  if (!found) throw notFound(`找不到这个${USAGE_LEVEL_LABELS[level]}`, 'placeId');
  let q = db.selectFrom('communities').innerJoin('streets', 'streets.id', 'communities.street_id').select(['communities.id as id', 'communities.name as name']);
  if (level === 'community') q = q.where('communities.id', '=', placeId);
  else if (level === 'street') q = q.where('communities.street_id', '=', placeId);
  else q = q.where('streets.district_id', '=', placeId);
  const all = await q.orderBy('communities.id').execute();
  const mine = all.filter((c) => canStaff(ctx, c.id));
  if (mine.length === 0) throw forbidden('您不负责这里的社区，不能查看它的场所利用率');
  return { placeName: found.name, ...(found.up && { up: found.up }), communities: mine };
}

async function placeOf(db: Db, level: UsageLevel, placeId: number): Promise<{ name: string; up?: UsageScope['up'] } | undefined> {
  if (level === 'community') {
    const c = await db
      .selectFrom('communities')
      .innerJoin('streets', 'streets.id', 'communities.street_id')
      .select(['communities.name as name', 'streets.id as upId', 'streets.name as upName'])
      .where('communities.id', '=', placeId)
      .executeTakeFirst();
    return c && { name: c.name, up: { level: 'street', placeId: c.upId, name: c.upName } };
  }
  if (level === 'street') {
    const s = await db
      .selectFrom('streets')
      .innerJoin('districts', 'districts.id', 'streets.district_id')
      .select(['streets.name as name', 'districts.id as upId', 'districts.name as upName'])
      .where('streets.id', '=', placeId)
      .executeTakeFirst();
    return s && { name: s.name, up: { level: 'district', placeId: s.upId, name: s.upName } };
  }
  return db.selectFrom('districts').select('name').where('id', '=', placeId).executeTakeFirst();
}

export async function usageVenues(db: Db, communityIds: number[]) {
  return db.selectFrom('venues').selectAll().where('community_id', 'in', communityIds).where('active', '=', 1).orderBy('community_id').orderBy('id').execute();
}

export async function usageSpecialDates(db: Db, venueIds: number[], from: string, to: string): Promise<Map<string, SpecialDate>> {
  if (venueIds.length === 0) return new Map();
  const rows = await db.selectFrom('venue_special_dates').selectAll().where('venue_id', 'in', venueIds).where('date', '>=', from).where('date', '<=', to).execute();
  return new Map(rows.map((r) => [`${r.venue_id}|${r.date}`, specialDateOf(r)]));
}

const minutes = sql<number>`end_min - start_min`;
const isBooking = sql`kind = 'booking'`;
const settled = ['confirmed', 'checked_in', 'no_show'] as const;

/** Per room and day: booked, held and used minutes and the booking counts. Only what was granted counts. */
export async function usageByDay(db: Db, venueIds: number[], from: string, to: string) {
  if (venueIds.length === 0) return [];
  const rows = await db
    .selectFrom('venue_bookings')
    .select([
      'venue_id',
      'date',
      sql<string>`sum(case when ${isBooking} then ${minutes} else 0 end)`.as('booked'),
      sql<string>`sum(case when ${isBooking} or status = 'no_show' then 0 else ${minutes} end)`.as('held'),
      sql<string>`sum(case when ${isBooking} and status = 'checked_in' then ${minutes} else 0 end)`.as('used'),
      sql<string>`sum(case when ${isBooking} then 1 else 0 end)`.as('bookings'),
      sql<string>`sum(case when ${isBooking} and status = 'checked_in' then 1 else 0 end)`.as('checked_in'),
      sql<string>`sum(case when ${isBooking} and status = 'no_show' then 1 else 0 end)`.as('no_shows'),
    ])
    .where('venue_id', 'in', venueIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', settled)
    .groupBy(['venue_id', 'date'])
    .execute();
  return rows.map((r) => ({
    venueId: r.venue_id,
    date: r.date,
    booked: Number(r.booked),
    held: Number(r.held),
    used: Number(r.used),
    bookings: Number(r.bookings),
    checkedIn: Number(r.checked_in),
    noShows: Number(r.no_shows),
  }));
}

/** Busy minutes (booked or held) by date and time of day, over all the rooms: the heat map's raw cells. */
export async function busyBySpan(db: Db, venueIds: number[], from: string, to: string) {
  if (venueIds.length === 0) return [];
  const rows = await db
    .selectFrom('venue_bookings')
    .select(['date', 'start_min', 'end_min', sql<string>`count(*)`.as('n')])
    .where('venue_id', 'in', venueIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', settled)
    .groupBy(['date', 'start_min', 'end_min'])
    .execute();
  return rows.map((r) => ({ date: r.date, start: r.start_min, end: r.end_min, count: Number(r.n) }));
}
