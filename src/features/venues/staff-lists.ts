import { WORKBENCH_TODAY_STATUSES, type DayBookings, type StaffBookingView } from '../../../types/venues/models';
import type { VenueWorkbench } from '../../../types/venues/lists';

/**
 * A worker's action on a booking answers with the booking as it is now; these put it into the list the screen shows
 * (in the server's order), so the tap is one call and the screen needs no reload.
 */

type Order = (a: StaffBookingView, b: StaffBookingView) => number;

const byStart: Order = (a, b) => a.start - b.start || a.id - b.id;
const bySoonest: Order = (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id;

function placeIn(list: StaffBookingView[], b: StaffBookingView, belongs: boolean, order: Order): StaffBookingView[] {
  const rest = list.filter((x) => x.id !== b.id);
  return belongs ? [...rest, b].sort(order) : rest;
}

/** 工作台: 待审核 holds what still waits; 今日 the day's bookings that were let in. */
export function patchWorkbench(w: VenueWorkbench, b: StaffBookingView): VenueWorkbench {
  return {
    ...w,
    pending: placeIn(w.pending, b, b.status === 'pending', bySoonest),
    today: placeIn(w.today, b, b.kind === 'booking' && b.date === w.date && WORKBENCH_TODAY_STATUSES.includes(b.status), byStart),
  };
}

/** 当日预约 of one room: every booking, reservation and hold of the day, whatever its status. */
export function patchDay(d: DayBookings, b: StaffBookingView): DayBookings {
  if (b.venueId !== d.venue.id || b.date !== d.date) return d;
  return { ...d, bookings: placeIn(d.bookings, b, true, byStart) };
}
