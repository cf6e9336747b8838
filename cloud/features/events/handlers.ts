import type { eventsActions } from '../../../types/events';
import type { HandlersOf } from '../../core/handler';
import { listAttendees } from './services/attendance';
import { cancelEvents } from './services/cancel-event';
import { cancelSignup } from './cancel-signup';
import { checkIn } from './checkin';
import { createEvents } from './services/publish';
import { getEvent } from './get';
import { myEvents } from './mine';
import { monthView } from './services/calendar';
import { rateEvent } from './rate';
import { removeSignup } from './remove-signup';
import { signUp } from './services/signups';
import { todayEvents } from './today';
import { updateEvents } from './update';

export const eventsHandlers: HandlersOf<typeof eventsActions> = {
  'events.month': monthView,
  'events.get': getEvent,
  'events.mine': (db, ctx) => myEvents(db, ctx),
  'events.signUp': signUp,
  'events.cancel': cancelSignup,
  'events.rate': rateEvent,
  'events.create': createEvents,
  'events.update': updateEvents,
  'events.cancelEvent': cancelEvents,
  'events.attendees': listAttendees,
  'events.checkIn': checkIn,
  'events.removeSignup': removeSignup,
  'events.today': todayEvents,
};
