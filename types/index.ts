import type { InputOf, ParsedOf, ResultOf } from './contract';
import { messagesActions } from './messages';
import { eventsActions } from './events';
import { peopleActions } from './people';
import { venuesActions } from './venues';
import { requestsActions, unitsActions } from './requests';
import { privacyActions } from './privacy';
import { workbenchActions } from './workbench';

export * from './contract';
export * from './errors';
export * from './roles';
export * from './people';
export * from './messages';
export * from './events';
export * from './venues';
export * from './requests';
export * from './privacy';
export * from './workbench';

/** Every action of the API. A feature adds its table here, and both ends compile against it. */
export const actions = {
  ...peopleActions,
  ...messagesActions,
  ...eventsActions,
  ...venuesActions,
  ...requestsActions,
  ...unitsActions,
  ...privacyActions,
  ...workbenchActions,
};

export type Actions = typeof actions;
export type ActionName = keyof Actions;
/** What a client sends for an action (before the schema's defaults and trims). */
export type ActionInput<A extends ActionName> = InputOf<Actions[A]>;
/** What a service receives for an action: the schema's output, as the router hands it over. */
export type ActionParsed<A extends ActionName> = ParsedOf<Actions[A]>;
export type ActionResult<A extends ActionName> = ResultOf<Actions[A]>;
