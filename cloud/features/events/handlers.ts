import type { eventsActions } from '../../../types/events';
import type { HandlersOf } from '../../core/handler';
import { checkIn, listAttendees, removeSignup } from './services/attendance';
import { getEvent, monthView, myEvents } from './services/calendar';
import { cancelEvents } from './services/cancel-event';
import { createEvents, updateEvents } from './services/publish';
import { cancelSignup, rateEvent, signUp } from './services/signups';

/** Action → service: a resident browses (calendar) and takes part (signups); a worker publishes, cancels, and runs the day (attendance). */
export const eventsHandlers: HandlersOf<typeof eventsActions> = {
  'events.month': monthView,
  'events.get': getEvent,
  'events.mine': myEvents,
  'events.signUp': signUp,
  'events.cancel': cancelSignup,
  'events.rate': rateEvent,
  'events.create': createEvents,
  'events.update': updateEvents,
  'events.cancelEvent': cancelEvents,
  'events.attendees': listAttendees,
  'events.checkIn': checkIn,
  'events.removeSignup': removeSignup,
};
