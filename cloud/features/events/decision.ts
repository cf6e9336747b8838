import type { EventStatus } from '../../../types/event-labels';
import type { Ctx } from '../../core/context';
import { availableActions, type Available } from './domain/actions';
import { eventStatus } from './domain/status';
import { stateOf } from './data/mapper';
import type { EventRow, SignupRow } from './data/events';
import type { CallerHome } from '../../core/places';
import { mayJoin } from './scope';

export interface Decision {
  status: EventStatus;
  can: Available;
}

/** What the caller can do with this event now: the detail page draws it, the services enforce it. */
export function decide(ctx: Ctx, home: CallerHome, e: EventRow, mine: SignupRow | null): Decision {
  const status = eventStatus(stateOf(e), ctx.now);
  const can = availableActions(
    {
      status,
      cancelDeadline: new Date(e.cancel_deadline),
      mine: mine && { status: mine.status, rated: mine.rated_at !== null },
      inScope: mayJoin(e, home, ctx),
      hasCommunity: home.communityId !== null,
    },
    ctx.now,
  );
  return { status, can };
}
