import type { SeriesBrief } from './group-models';
import type { BookingView, StaffBookingView } from './models';

/** The lists that show single bookings and groups' weekly series together. */

/** 我的预约, split by the server's clock: not yet over (soonest first), and over or closed (latest first). */
export interface MyBookings {
  now: string;
  /** Not over yet: live ones, and those the community turned down or cancelled (with the reason), soonest first. */
  upcoming: BookingView[];
  /** Over, or cancelled by me: most recent first. */
  history: BookingView[];
  /** The weekly series of the groups I book for (as their contact) that are not over: the group's, not in the lists above. */
  series: SeriesBrief[];
}

/** 工作台's venues part: what waits for a worker's approval, and what is on today in the venues they run. */
export interface VenueWorkbench {
  date: string;
  pending: StaffBookingView[];
  /** Groups' weekly series waiting for approval, soonest first (their occurrences are not in `pending`). */
  pendingSeries: SeriesBrief[];
  today: StaffBookingView[];
}
