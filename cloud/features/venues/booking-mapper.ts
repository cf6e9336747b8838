import type { Selectable } from 'kysely';
import type { BookingView, StaffBookingView } from '../../../types/venue-models';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { localDate } from '../../lib/time';
import { maskPhone } from '../../lib/privacy';
import { canCancel, cancelUntil, checkinWindow } from './domain/lifecycle';
import type { Occupant } from './domain/occupancy';
import type { VenueBookingTable } from './tables';

export type BookingRow = Selectable<VenueBookingTable>;

/** A booking with what its views need from its venue and its resident. */
export type BookingJoined = BookingRow & {
  venue_name: string;
  venue_address: string;
  community_id: number;
  cancel_deadline_minutes: number;
  checkin_window_minutes: number;
  user_name: string | null;
  user_phone: string | null;
};

export function bookingsJoined(db: Db) {
  return db
    .selectFrom('venue_bookings')
    .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
    .leftJoin('users', 'users.id', 'venue_bookings.user_id')
    .selectAll('venue_bookings')
    .select([
      'venues.name as venue_name',
      'venues.address as venue_address',
      'venues.community_id as community_id',
      'venues.cancel_deadline_minutes as cancel_deadline_minutes',
      'venues.checkin_window_minutes as checkin_window_minutes',
      'users.name as user_name',
      'users.phone as user_phone',
    ]);
}

export async function loadBookingJoined(db: Db, id: number): Promise<BookingJoined | undefined> {
  return bookingsJoined(db).where('venue_bookings.id', '=', id).executeTakeFirst();
}

export function occupantOf(r: Pick<BookingRow, 'start_min' | 'hold_end_min' | 'kind' | 'status' | 'user_id' | 'reason'>): Occupant {
  return { start: r.start_min, end: r.hold_end_min, kind: r.kind, status: r.status, userId: r.user_id, reason: r.reason };
}

/** The resident's own view: their contact unmasked, the cancel deadline, and the check-in code on the day. */
export function bookingView(r: BookingJoined, ctx: Pick<Ctx, 'now' | 'checkinCodes'>): BookingView {
  const { now } = ctx;
  const startsAt = new Date(r.starts_at);
  const timing = { status: r.status, startsAt };
  const window = checkinWindow(startsAt, r.checkin_window_minutes);
  const onTheDay = localDate(now) === r.date && now.getTime() < new Date(r.ends_at).getTime();
  return {
    id: r.id,
    venueId: r.venue_id,
    venueName: r.venue_name,
    venueAddress: r.venue_address,
    date: r.date,
    start: r.start_min,
    end: r.end_min,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    purpose: r.purpose,
    headcount: r.headcount,
    contactName: r.person_name,
    contactPhone: r.person_phone,
    reviewNote: r.review_note,
    cancelUntil: canCancel(timing, r.cancel_deadline_minutes, now) ? cancelUntil(timing, r.cancel_deadline_minutes)!.toISOString() : null,
    checkinCode: onTheDay && r.status === 'confirmed' ? ctx.checkinCodes.make('b', r.id) : null,
    checkinFrom: window.from.toISOString(),
    checkinUntil: window.until.toISOString(),
    createdAt: r.created_at,
  };
}

/** A worker's view: the person's phone masked (DESIGN.md "Privacy and trust"). */
export function staffBookingView(r: BookingJoined): StaffBookingView {
  const phone = r.person_phone || r.user_phone || '';
  return {
    id: r.id,
    kind: r.kind,
    venueId: r.venue_id,
    venueName: r.venue_name,
    date: r.date,
    start: r.start_min,
    end: r.end_min,
    startsAt: r.starts_at,
    status: r.status,
    personName: r.person_name || r.user_name || '',
    phoneMasked: maskPhone(phone),
    onBehalf: r.kind === 'booking' && r.created_by !== r.user_id,
    purpose: r.purpose,
    headcount: r.headcount,
    reason: r.reason,
    reviewNote: r.review_note,
    checkedInAt: r.checked_in_at,
    releasedFrom: r.hold_end_min < r.end_min ? r.hold_end_min : null,
    createdAt: r.created_at,
  };
}
