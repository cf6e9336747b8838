import type { EventStatus, SignupStatus } from '../../../../types/events';
import type { CallerHome } from '../../../core/places';

/** Why nothing (or not everything) can be done now; the service words it. */
export type HintCode =
  | 'cancelled'
  | 'ended'
  | 'rated'
  | 'ongoing'
  | 'removed'
  | 'noCommunity'
  | 'outOfScope'
  | 'notOpen'
  | 'closed'
  | 'cancelUntil'
  | 'cancelClosed';

export interface MineState {
  status: SignupStatus;
  rated: boolean;
}

export interface ActionInputs {
  status: EventStatus;
  cancelDeadline: Date;
  mine: MineState | null;
  /** The caller may join: their community's event, or a street-wide event of their street. */
  inScope: boolean;
  hasCommunity: boolean;
}

export interface Available {
  signUp: boolean;
  joinWaitlist: boolean;
  cancel: boolean;
  rate: boolean;
  hint: HintCode | null;
}

const none: Available = { signUp: false, joinWaitlist: false, cancel: false, rate: false, hint: null };

/** What the caller can do with an event now: one decision table for the detail page and the services' checks. */
export function availableActions(a: ActionInputs, now: Date): Available {
  const live = a.mine?.status === 'confirmed' || a.mine?.status === 'waitlisted' ? a.mine : null;
  if (a.status === 'cancelled') return { ...none, hint: 'cancelled' };
  if (a.status === 'ended') {
    const canRate = a.mine?.status === 'confirmed' && !a.mine.rated;
    if (canRate) return { ...none, rate: true };
    return { ...none, hint: a.mine?.status === 'confirmed' ? 'rated' : 'ended' };
  }
  if (a.status === 'ongoing') return { ...none, hint: 'ongoing' };
  if (live?.status === 'waitlisted') return { ...none, cancel: true };
  if (live?.status === 'confirmed') {
    const open = now.getTime() < a.cancelDeadline.getTime();
    return { ...none, cancel: open, hint: open ? 'cancelUntil' : 'cancelClosed' };
  }
  if (a.mine?.status === 'removed') return { ...none, hint: 'removed' };
  if (!a.hasCommunity) return { ...none, hint: 'noCommunity' };
  if (!a.inScope) return { ...none, hint: 'outOfScope' };
  if (a.status === 'notOpen') return { ...none, hint: 'notOpen' };
  if (a.status === 'closed') return { ...none, hint: 'closed' };
  if (a.status === 'full') return { ...none, joinWaitlist: true };
  return { ...none, signUp: true };
}

/** Who may join: residents of the community, of the street for street-wide events, and the community's workers. */
export function mayJoin(e: { communityId: number; streetId: number; audience: string }, home: CallerHome, isStaff: boolean): boolean {
  if (home.communityId === e.communityId) return true;
  if (e.audience === 'street' && home.streetId === e.streetId) return true;
  return isStaff;
}
