import type { eventsActions } from '../../../types/events';
import type { Ctx } from '../../core/context';
import type { Db } from '../../db/tx';
import { writeThenAnswer, type HandlersOf } from '../../core/handler';
import { checkIn, listAttendees, removeSignup } from './services/attendance';
import { detailFor, getEvent, monthView, myEvents } from './services/calendar';
import { cancelEvents } from './services/cancel-event';
import { createEvents, updateEvents } from './services/publish';
import { cancelSignup, rateEvent, screenAfter, signUp } from './services/signups';

/** The detail screen after a resident's step on it, and the list after a worker's, read after COMMIT. */
const thenDetail = <I extends { eventId: number }>(write: (db: Db, ctx: Ctx, input: I) => Promise<unknown>) =>
  writeThenAnswer(write, (db, ctx, input: I) => getEvent(db, ctx, { id: input.eventId }));

/** Action → service: a resident browses (calendar) and takes part (signups); a worker publishes, cancels, and runs the day (attendance). */
export const eventsHandlers: HandlersOf<typeof eventsActions> = {
  'events.month': monthView,
  'events.get': getEvent,
  'events.mine': myEvents,
  // The screen as the sign-up left it under the lock; a replay reads it.
  'events.signUp': writeThenAnswer(signUp, async (db, ctx, input, outcome) => {
    const screen = screenAfter(outcome);
    return { ...outcome, event: screen ? detailFor(ctx, screen) : await getEvent(db, ctx, { id: input.eventId }) };
  }),
  'events.cancel': thenDetail(cancelSignup),
  'events.rate': thenDetail(rateEvent),
  'events.create': createEvents,
  'events.update': updateEvents,
  'events.cancelEvent': cancelEvents,
  'events.attendees': listAttendees,
  'events.checkIn': writeThenAnswer(checkIn, async (db, ctx, input, done) => ({ ...done, attendees: await listAttendees(db, ctx, { eventId: input.eventId }) })),
  'events.removeSignup': writeThenAnswer(removeSignup, (db, ctx, _input, removed) => listAttendees(db, ctx, { eventId: removed.eventId })),
};
