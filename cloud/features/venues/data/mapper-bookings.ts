import type { BookingView, StaffBookingView, Suspension } from '../../../../types/venues/models';
import type { Ctx } from '../../../core/context';
import { localDate } from '../../../lib/time';
import { maskPhone } from '../../../lib/privacy';
import { clockRange, monthDay } from '../../../lib/words';
import { canCancel, cancelUntil, checkinWindow } from '../domain/lifecycle';
import type { Occupant } from '../domain/occupancy';
import type { BookingJoined } from './bookings';
import type { BookingRow, BookingSuspensionTable } from './tables';

/** Booking rows → the contract's booking models: the resident's view, a worker's view, what holds a slot, a suspension. */

/** 11月28日 19:00–21:00, for the notices a resident gets about a booking. */
export const whenOf = (b: Pick<BookingRow, 'date' | 'start_min' | 'end_min'>) => `${monthDay(b.date)} ${clockRange(b.start_min, b.end_min)}`;

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
    onBehalf: r.kind === 'booking' && r.series_id === null && r.created_by !== r.user_id,
    ...(r.series_id !== null && { seriesId: r.series_id }),
    purpose: r.purpose,
    headcount: r.headcount,
    reason: r.reason,
    reviewNote: r.review_note,
    checkedInAt: r.checked_in_at,
    releasedFrom: r.hold_end_min < r.end_min ? r.hold_end_min : null,
    createdAt: r.created_at,
  };
}

export const suspensionOf = (r: Pick<BookingSuspensionTable, 'ends_at' | 'reason'>): Suspension => ({ until: r.ends_at, reason: r.reason });
