import type { Generated, Selectable } from 'kysely';
import type { BookingKind, BookingStatus, VenueKind } from '../../../../types/venues/models';
import type { GroupKind, SeriesStatus } from '../../../../types/venues/group-models';

export interface VenueTable {
  id: Generated<number>;
  /** The community whose workers run it. */
  community_id: number;
  /** Open to every community of the street (the street's 党群服务中心). */
  street_wide: number;
  street_id: number;
  name: string;
  kind: VenueKind;
  address: string;
  description: string;
  capacity: number;
  /** JSON string[] */
  facilities: string;
  /** JSON string[] of file ids */
  photos: string;
  /** JSON Interval[][7], Monday first */
  weekly: string;
  slot_minutes: number;
  slot_offset: number;
  requires_approval: number;
  booking_window_days: number;
  min_notice_minutes: number;
  max_slots_per_booking: number;
  max_upcoming_per_resident: number;
  max_minutes_per_week: number;
  cancel_deadline_minutes: number;
  checkin_window_minutes: number;
  active: number;
  /** Bumped as the first write of every transaction that claims a range of this venue (DESIGN.md range pattern). */
  lock_version: number;
  created_at: string;
  updated_at: string;
}

export interface VenueSpecialDateTable {
  venue_id: number;
  date: string;
  kind: 'closed' | 'open';
  /** JSON Interval[] for extra openings */
  intervals: string;
  reason: string;
}

/** Resident bookings, community reservations and event holds: one table, so one overlap check covers all three. */
export interface VenueBookingTable {
  id: Generated<number>;
  venue_id: number;
  kind: BookingKind;
  status: BookingStatus;
  date: string;
  start_min: number;
  end_min: number;
  /** Where it stops holding the venue: end_min, or earlier once a no-show released the rest. */
  hold_end_min: number;
  starts_at: string;
  ends_at: string;
  /** The resident it is for (null for reservations, and for people without an account booked by a worker). */
  user_id: number | null;
  /** Who made it: the resident, or the worker who booked for them or reserved. */
  created_by: number;
  person_name: string;
  person_phone: string;
  purpose: string;
  headcount: number;
  /** Reservations: why (主题党日); event holds: the event's title. */
  reason: string;
  event_id: number | null;
  review_note: string;
  reviewed_by: number | null;
  checked_in_at: string | null;
  created_at: string;
  updated_at: string;
  /** An occurrence of a group's weekly series (user_id is then null: the booking is the group's). */
  series_id: number | null;
}

export interface VenueGroupTable {
  id: Generated<number>;
  community_id: number;
  name: string;
  kind: GroupKind;
  /** The registered resident who books for the group (null once their account was deleted). */
  contact_user_id: number | null;
  weekly_minutes: number;
  active: number;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

export interface VenueGroupRoomTable {
  group_id: number;
  venue_id: number;
}

export interface VenueSeriesTable {
  id: Generated<number>;
  group_id: number;
  venue_id: number;
  status: SeriesStatus;
  first_date: string;
  last_date: string;
  start_min: number;
  end_min: number;
  purpose: string;
  headcount: number;
  /** JSON OccurrencePlan[] */
  skipped: string;
  created_by: number;
  review_note: string;
  reviewed_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface BookingSuspensionTable {
  id: Generated<number>;
  user_id: number;
  starts_at: string;
  ends_at: string;
  reason: string;
}

export type VenueRow = Selectable<VenueTable>;
export type SpecialDateRow = Selectable<VenueSpecialDateTable>;
export type BookingRow = Selectable<VenueBookingTable>;
export type GroupRow = Selectable<VenueGroupTable>;
export type SeriesRow = Selectable<VenueSeriesTable>;

export interface VenuesTables {
  venues: VenueTable;
  venue_special_dates: VenueSpecialDateTable;
  venue_bookings: VenueBookingTable;
  booking_suspensions: BookingSuspensionTable;
  venue_groups: VenueGroupTable;
  venue_group_rooms: VenueGroupRoomTable;
  venue_series: VenueSeriesTable;
}

declare module '../../../db/schema' {
  // The feature's tables join the one Database type; the database layer imports no feature.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends VenuesTables {}
}
