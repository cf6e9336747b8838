import { messagesHandlers } from '../features/messages/handlers';
import { eventsHandlers } from '../features/events/handlers';
import { peopleHandlers } from '../features/people/handlers';
import { venuesHandlers } from '../features/venues/handlers';
import { requestsHandlers } from '../features/requests/handlers';
import { unitsHandlers } from '../features/requests/unit-handlers';
import type { AllHandlers } from './handler';

/** The router's table: the compiler checks that every action of the contract has exactly one handler. */
export const handlers: AllHandlers = {
  ...peopleHandlers,
  ...messagesHandlers,
  ...eventsHandlers,
  ...venuesHandlers,
  ...requestsHandlers,
  ...unitsHandlers,
};
