import type { GroupView, OccurrencePlan, SeriesBrief, SeriesOccurrence, SeriesView } from '../../../../types/venues/group-models';
import type { Db } from '../../../db/tx';
import { maskPhone } from '../../../lib/privacy';
import { BLOCKING_STATUSES } from '../domain/occupancy';
import { weekOf } from '../domain/quota';
import type { BookingRow, GroupRow, SeriesRow } from './tables';

/** Groups, their rooms and their series: the queries the group services share, and rows → the contract's models. */

export type GroupJoined = GroupRow & { contact_name: string | null; contact_phone: string | null };

export const groupsJoined = (db: Db) =>
  db
    .selectFrom('venue_groups')
    .leftJoin('users', 'users.id', 'venue_groups.contact_user_id')
    .selectAll('venue_groups')
    .select(['users.name as contact_name', 'users.phone as contact_phone']);

export const groupRoomsQuery = (db: Db, groupIds: number[]) =>
  db
    .selectFrom('venue_group_rooms')
    .innerJoin('venues', 'venues.id', 'venue_group_rooms.venue_id')
    .select(['venue_group_rooms.group_id', 'venues.id', 'venues.name'])
    .where('venue_group_rooms.group_id', 'in', groupIds.length ? groupIds : [0])
    .orderBy('venues.id');

export type GroupRoomRow = { group_id: number; id: number; name: string };

export function groupView(g: GroupJoined, rooms: readonly GroupRoomRow[]): GroupView {
  return {
    id: g.id,
    communityId: g.community_id,
    name: g.name,
    kind: g.kind,
    contactName: g.contact_name ?? '',
    contactPhoneMasked: maskPhone(g.contact_phone ?? ''),
    rooms: rooms.filter((r) => r.group_id === g.id).map((r) => ({ id: r.id, name: r.name })),
    weeklyMinutes: g.weekly_minutes,
    active: g.active === 1,
  };
}

/**
 * Minutes the group holds in the weeks of `first`–`last` (every room, every series), by the Monday of each week:
 * what the weekly quota is counted on. `locking`: read under the group's lock, as a locking read on MySQL.
 */
export function groupUsageQuery(db: Db, groupId: number, first: string, last: string) {
  return db
    .selectFrom('venue_bookings')
    .innerJoin('venue_series', 'venue_series.id', 'venue_bookings.series_id')
    .select(['venue_bookings.date', 'venue_bookings.start_min', 'venue_bookings.end_min'])
    .where('venue_series.group_id', '=', groupId)
    .where('venue_bookings.status', 'in', BLOCKING_STATUSES)
    .where('venue_bookings.date', '>=', weekOf(first).first)
    .where('venue_bookings.date', '<=', weekOf(last).last);
}

export function usedByWeek(rows: readonly { date: string; start_min: number; end_min: number }[]): Map<string, number> {
  const used = new Map<string, number>();
  for (const r of rows) {
    const monday = weekOf(r.date).first;
    used.set(monday, (used.get(monday) ?? 0) + (r.end_min - r.start_min));
  }
  return used;
}

export type SeriesJoined = SeriesRow & { group_name: string; community_id: number; contact_user_id: number | null; venue_name: string; contact_name: string | null; contact_phone: string | null };

export const seriesJoined = (db: Db) =>
  db
    .selectFrom('venue_series')
    .innerJoin('venue_groups', 'venue_groups.id', 'venue_series.group_id')
    .innerJoin('venues', 'venues.id', 'venue_series.venue_id')
    .leftJoin('users', 'users.id', 'venue_groups.contact_user_id')
    .selectAll('venue_series')
    .select([
      'venue_groups.name as group_name',
      'venues.community_id as community_id',
      'venue_groups.contact_user_id as contact_user_id',
      'venues.name as venue_name',
      'users.name as contact_name',
      'users.phone as contact_phone',
    ]);

export const occurrencesQuery = (db: Db, seriesIds: number[]) =>
  db
    .selectFrom('venue_bookings')
    .select(['id', 'series_id', 'date', 'status', 'starts_at', 'ends_at'])
    .where('series_id', 'in', seriesIds.length ? seriesIds : [0])
    .orderBy('date');

export type OccurrenceRow = Pick<BookingRow, 'id' | 'series_id' | 'date' | 'status' | 'starts_at' | 'ends_at'>;

const LIVE = ['pending', 'confirmed', 'checked_in'];

export function seriesBrief(s: SeriesJoined, occurrences: readonly OccurrenceRow[]): SeriesBrief {
  return {
    id: s.id,
    groupId: s.group_id,
    groupName: s.group_name,
    venueId: s.venue_id,
    venueName: s.venue_name,
    start: s.start_min,
    end: s.end_min,
    firstDate: s.first_date,
    lastDate: s.last_date,
    status: s.status,
    purpose: s.purpose,
    live: occurrences.filter((o) => o.series_id === s.id && LIVE.includes(o.status)).length,
  };
}

export function seriesView(s: SeriesJoined, occurrences: readonly OccurrenceRow[], now: Date, canReview: boolean): SeriesView {
  const own = occurrences.filter((o) => o.series_id === s.id);
  return {
    ...seriesBrief(s, own),
    headcount: s.headcount,
    contactName: s.contact_name ?? '',
    contactPhoneMasked: maskPhone(s.contact_phone ?? ''),
    reviewNote: s.review_note,
    skipped: JSON.parse(s.skipped) as OccurrencePlan[],
    occurrences: own.map(
      (o): SeriesOccurrence => ({
        bookingId: o.id,
        date: o.date,
        status: o.status,
        startsAt: o.starts_at,
        cancellable: (o.status === 'pending' || o.status === 'confirmed') && new Date(o.starts_at).getTime() > now.getTime(),
      }),
    ),
    canReview,
    createdAt: s.created_at,
  };
}
