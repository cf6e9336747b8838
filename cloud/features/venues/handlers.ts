import type { venuesActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { cancelBooking, checkIn, markNoShow, reviewBooking } from './booking-actions';
import { createBooking } from './booking-create';
import { dayBookings, myBookings, venueWorkbench } from './bookings-read';
import { createBookingFor, reserve } from './staff-claims';
import { getVenue, listVenues, managedVenues, venueSlots } from './venue-read';
import { setSpecialDate, upsertVenue } from './venue-write';

export const venuesHandlers: HandlersOf<typeof venuesActions> = {
  'venues.list': (db, ctx) => listVenues(db, ctx),
  'venues.get': getVenue,
  'venues.slots': venueSlots,
  'bookings.create': createBooking,
  'bookings.cancel': cancelBooking,
  'bookings.mine': (db, ctx) => myBookings(db, ctx),
  'venues.managed': (db, ctx) => managedVenues(db, ctx),
  'venues.upsert': upsertVenue,
  'venues.specialDate': setSpecialDate,
  'venues.reserve': reserve,
  'bookings.createFor': createBookingFor,
  'bookings.review': reviewBooking,
  'bookings.checkIn': checkIn,
  'bookings.markNoShow': markNoShow,
  'bookings.day': dayBookings,
  'bookings.workbench': (db, ctx) => venueWorkbench(db, ctx),
};
