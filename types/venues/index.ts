import { action } from '../contract';
import { ANYONE, STAFF } from '../roles';
import { NO_INPUT } from '../schema';
import type { GroupsPage, MyGroups, SeriesPreview, SeriesView } from './group-models';
import type { MyBookings } from './lists';
import type { BookingView, DayBookings, StaffBookingView, VenueCard, VenueDetail, VenueList, VenuePage, VenueSlots } from './models';
import {
  BookingCancelInput,
  BookingCheckInInput,
  BookingCreateInput,
  BookingForInput,
  BookingRef,
  BookingReviewInput,
  DayInput,
  ReserveInput,
  SpecialDateInput,
  VenueRef,
  VenueSlotsInput,
  VenueUpsertInput,
} from './schemas';
import { VenueUsageInput, type VenueUsage } from './usage';
import { GroupUpsertInput, SeriesCancelInput, SeriesCreateInput, SeriesPlanInput, SeriesRef, SeriesReviewInput } from './groups';

export * from './models';
export * from './group-models';
export type * from './lists';
export * from './schemas';
export * from './usage';
export * from './groups';

/** Activity rooms booked in slots: residents book, workers run the rooms (reserve, book for others, review, check in). */
export const venuesActions = {
  'venues.list': action<VenueList>()({ input: NO_INPUT, roles: ANYONE }),
  'venues.get': action<VenueDetail>()({ input: VenueRef, roles: ANYONE }),
  /** The room page in one call: the venue, its window of slots, and the caller's quota left (shown before they pick). */
  'venues.page': action<VenuePage>()({ input: VenueRef, roles: ANYONE }),
  /** One call draws a day or a week of slots, each with its state for the caller. */
  'venues.slots': action<VenueSlots>()({ input: VenueSlotsInput, roles: ANYONE }),
  'bookings.create': action<BookingView>()({ input: BookingCreateInput, roles: ANYONE, idempotent: true }),
  'bookings.cancel': action<{ id: number; status: 'cancelled' }>()({ input: BookingCancelInput, roles: ANYONE }),
  'bookings.mine': action<MyBookings>()({ input: NO_INPUT, roles: ANYONE }),

  'venues.managed': action<VenueCard[]>()({ input: NO_INPUT, roles: STAFF }),
  'venues.upsert': action<VenueDetail>()({ input: VenueUpsertInput, roles: STAFF }),
  'venues.specialDate': action<VenueDetail>()({ input: SpecialDateInput, roles: STAFF }),
  'venues.reserve': action<StaffBookingView>()({ input: ReserveInput, roles: STAFF, idempotent: true }),
  'bookings.createFor': action<StaffBookingView>()({ input: BookingForInput, roles: STAFF, idempotent: true }),
  'bookings.review': action<StaffBookingView>()({ input: BookingReviewInput, roles: STAFF }),
  'bookings.checkIn': action<StaffBookingView>()({ input: BookingCheckInInput, roles: STAFF }),
  'bookings.markNoShow': action<StaffBookingView>()({ input: BookingRef, roles: STAFF }),
  'bookings.day': action<DayBookings>()({ input: DayInput, roles: STAFF }),
  /** 场所利用率 of a community, street or district for a month (by week, by room, a weekday × hour heat map; CSV on request). */
  'venues.usage': action<VenueUsage>()({ input: VenueUsageInput, roles: STAFF }),

  /** Resident groups: workers register them (contact, rooms, weekly quota); the contact books a weekly series. */
  'groups.list': action<GroupsPage>()({ input: NO_INPUT, roles: STAFF }),
  'groups.upsert': action<GroupsPage>()({ input: GroupUpsertInput, roles: STAFF }),
  /** 团体预约: the caller's groups as their contact, with their series. */
  'groups.mine': action<MyGroups>()({ input: NO_INPUT, roles: ANYONE }),
  /** Which weeks of a series can be had and why not, before it is sent. */
  'series.preview': action<SeriesPreview>()({ input: SeriesPlanInput, roles: ANYONE }),
  'series.create': action<SeriesView>()({ input: SeriesCreateInput, roles: ANYONE, idempotent: true }),
  'series.get': action<SeriesView>()({ input: SeriesRef, roles: ANYONE }),
  'series.review': action<SeriesView>()({ input: SeriesReviewInput, roles: STAFF }),
  'series.cancel': action<SeriesView>()({ input: SeriesCancelInput, roles: ANYONE }),
};
