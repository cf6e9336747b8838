import type { venuesActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { createBooking, createBookingFor, reserve } from './services/book';
import { dayBookings, myBookings } from './services/booking-lists';
import { getVenue, listVenues, managedVenues, venuePage, venueSlots } from './services/browse';
import { setSpecialDate, upsertVenue } from './services/edit-venue';
import { venueUsage } from './services/usage';
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
};
