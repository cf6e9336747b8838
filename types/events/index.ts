import { action } from '../contract';
import { ANYONE, STAFF } from '../roles';
import { NO_INPUT } from '../schema';
import type { AttendeeList, CheckInResult, EventDetail, MonthView, MyEvents, SignUpResult } from './models';
import {
  EventAttendeesInput,
  EventCancelInput,
  EventCheckInInput,
  EventCreateInput,
  EventIdInput,
  EventMonthInput,
  EventRateInput,
  EventUpdateInput,
  SignUpInput,
  SignupCancelInput,
  SignupRemoveInput,
} from './schemas';

export * from './models';
export * from './schemas';

export const eventsActions = {
  /** One call draws a month: per-day counts and marks, and the month's events of my community and street. */
  'events.month': action<MonthView>()({ input: EventMonthInput, roles: ANYONE }),
  'events.get': action<EventDetail>()({ input: EventIdInput, roles: ANYONE }),
  'events.mine': action<MyEvents>()({ input: NO_INPUT, roles: ANYONE }),
  'events.signUp': action<SignUpResult>()({ input: SignUpInput, roles: ANYONE, idempotent: true }),
  /** Mutations on the detail and attendees screens answer with the screen as it is after them. */
  'events.cancel': action<EventDetail>()({ input: SignupCancelInput, roles: ANYONE }),
  'events.rate': action<EventDetail>()({ input: EventRateInput, roles: ANYONE }),
  'events.create': action<{ eventIds: number[]; seriesId: number | null }>()({ input: EventCreateInput, roles: STAFF, idempotent: true }),
  'events.update': action<{ eventIds: number[] }>()({ input: EventUpdateInput, roles: STAFF }),
  'events.cancelEvent': action<{ eventIds: number[]; notified: number }>()({ input: EventCancelInput, roles: STAFF }),
  'events.attendees': action<AttendeeList>()({ input: EventAttendeesInput, roles: STAFF }),
  'events.checkIn': action<CheckInResult>()({ input: EventCheckInInput, roles: STAFF }),
  'events.removeSignup': action<AttendeeList>()({ input: SignupRemoveInput, roles: STAFF }),
};
