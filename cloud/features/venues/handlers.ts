import type { venuesActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { createBooking, createBookingFor, reserve } from './services/book';
import { dayBookings, myBookings } from './services/booking-lists';
import { getVenue, listVenues, managedVenues, venuePage, venueSlots } from './services/browse';
import { setSpecialDate, upsertVenue } from './services/edit-venue';
import { venueUsage } from './services/usage';
import { listGroups, myGroups, upsertGroup } from './services/groups';
import { createSeries, previewSeries } from './services/series';
import { cancelSeries, getSeries, reviewSeries } from './services/series-review';
import { writeThenAnswer } from '../../core/handler';
import { cancelBooking, checkIn, markNoShow, reviewBooking } from './services/lifecycle';

export const venuesHandlers: HandlersOf<typeof venuesActions> = {
  'venues.list': listVenues,
  'venues.get': getVenue,
  'venues.page': venuePage,
  'venues.slots': venueSlots,
  'bookings.create': createBooking,
  'bookings.cancel': cancelBooking,
  'bookings.mine': myBookings,
  'venues.managed': managedVenues,
  'venues.upsert': upsertVenue,
  'venues.specialDate': setSpecialDate,
  'venues.reserve': reserve,
  'bookings.createFor': createBookingFor,
  'bookings.review': reviewBooking,
  'bookings.checkIn': checkIn,
  'bookings.markNoShow': markNoShow,
  'bookings.day': dayBookings,
  'venues.usage': venueUsage,
  'groups.list': listGroups,
  'groups.upsert': writeThenAnswer(upsertGroup, (db, ctx) => listGroups(db, ctx)),
  'groups.mine': myGroups,
  'series.preview': previewSeries,
  'series.create': writeThenAnswer(createSeries, (db, ctx, _input, seriesId) => getSeries(db, ctx, { seriesId })),
  'series.get': getSeries,
  'series.review': writeThenAnswer(reviewSeries, (db, ctx, _input, seriesId) => getSeries(db, ctx, { seriesId })),
  'series.cancel': writeThenAnswer(cancelSeries, (db, ctx, _input, seriesId) => getSeries(db, ctx, { seriesId })),
};
