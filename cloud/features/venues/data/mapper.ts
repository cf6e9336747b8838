import type { Insertable } from 'kysely';
import type { ActionParsed } from '../../../../types';
import type { DayBookings, Interval, SpecialDate, VenueCard, VenueDetail, VenueRules, WeeklyHours } from '../../../../types/venues/models';
import type { Schedule } from '../domain/schedule';
import { normalize } from '../domain/hours';
import { hoursSummary, rulesSummary } from '../domain/summary';
import type { SpecialDateRow, VenueRow, VenueTable } from './tables';

/** Venue rows ↔ the contract's venue models (bookings: ./mapper-bookings.ts). */

/** JSON columns are text on both dialects. */
const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function scheduleOf(row: VenueRow): Schedule {
  return {
    weekly: parseJson<WeeklyHours>(row.weekly, [[], [], [], [], [], [], []]),
    slotMinutes: row.slot_minutes,
    slotOffset: row.slot_offset,
    bookingWindowDays: row.booking_window_days,
    minNoticeMinutes: row.min_notice_minutes,
  };
}

export function rulesOf(row: VenueRow): VenueRules {
  return {
    requiresApproval: row.requires_approval === 1,
    bookingWindowDays: row.booking_window_days,
    minNoticeMinutes: row.min_notice_minutes,
    maxSlotsPerBooking: row.max_slots_per_booking,
    maxUpcomingPerResident: row.max_upcoming_per_resident,
    maxMinutesPerWeek: row.max_minutes_per_week,
    cancelDeadlineMinutes: row.cancel_deadline_minutes,
    checkinWindowMinutes: row.checkin_window_minutes,
  };
}

/** The photos a venue has now: a worker's save keeps these without checking storage again. */
export const photosOf = (row: VenueRow): string[] => parseJson<string[]>(row.photos, []);

export const specialDateOf = (r: SpecialDateRow): SpecialDate => ({ date: r.date, kind: r.kind, intervals: parseJson<Interval[]>(r.intervals, []), reason: r.reason });

export function venueCard(row: VenueRow, placeName: string, nextFree: VenueCard['nextFree']): VenueCard {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    streetWide: row.street_wide === 1,
    communityId: row.community_id,
    placeName,
    address: row.address,
    capacity: row.capacity,
    facilities: parseJson<string[]>(row.facilities, []),
    photos: photosOf(row),
    hoursSummary: hoursSummary(scheduleOf(row).weekly),
    requiresApproval: row.requires_approval === 1,
    active: row.active === 1,
    nextFree,
  };
}

/** The venue as a worker's day view names it. */
export const venueBrief = (row: VenueRow): DayBookings['venue'] => ({ id: row.id, name: row.name, capacity: row.capacity });

export function venueDetail(
  row: VenueRow,
  extra: Pick<VenueDetail, 'placeName' | 'nextFree' | 'specialDates' | 'canManage' | 'window'>,
): VenueDetail {
  const schedule = scheduleOf(row);
  return {
    ...venueCard(row, extra.placeName, extra.nextFree),
    description: row.description,
    weekly: schedule.weekly,
    slotMinutes: row.slot_minutes,
    slotOffset: row.slot_offset,
    rules: rulesOf(row),
    rulesSummary: rulesSummary(rulesOf(row), row.slot_minutes),
    specialDates: extra.specialDates,
    canManage: extra.canManage,
    window: extra.window,
  };
}

/** The columns of a venue from what a worker saves (everything but the id, lock and creation time). */
export function venueValues(input: ActionParsed<'venues.upsert'>, streetId: number, at: string): Omit<Insertable<VenueTable>, 'lock_version' | 'created_at'> {
  return {
    community_id: input.communityId,
    street_id: streetId,
    street_wide: input.streetWide ? 1 : 0,
    name: input.name,
    kind: input.kind,
    address: input.address,
    description: input.description ?? '',
    capacity: input.capacity,
    facilities: JSON.stringify([...new Set(input.facilities)]),
    photos: JSON.stringify(input.photos),
    weekly: JSON.stringify(input.weekly.map((day) => normalize(day))),
    slot_minutes: input.slotMinutes,
    slot_offset: input.slotOffset,
    requires_approval: input.rules.requiresApproval ? 1 : 0,
    booking_window_days: input.rules.bookingWindowDays,
    min_notice_minutes: input.rules.minNoticeMinutes,
    max_slots_per_booking: input.rules.maxSlotsPerBooking,
    max_upcoming_per_resident: input.rules.maxUpcomingPerResident,
    max_minutes_per_week: input.rules.maxMinutesPerWeek,
    cancel_deadline_minutes: input.rules.cancelDeadlineMinutes,
    checkin_window_minutes: input.rules.checkinWindowMinutes,
    active: input.active ? 1 : 0,
    updated_at: at,
  };
}
