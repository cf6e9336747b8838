import type { EventStatus } from '../../../../types/events';

/** What an event's status is computed from. Times are instants. */
export interface EventState {
  cancelled: boolean;
  startsAt: Date;
  endsAt: Date;
  signupOpensAt: Date;
  signupClosesAt: Date;
  capacity: number;
  /** Confirmed seats. */
  taken: number;
  /** Waitlisted sign-ups. */
  waiting: number;
}

/**
 * The seat gate, the same rule as the conditional UPDATE in the sign-up service: a party gets seats only when they
 * all fit and nobody is waiting (a newcomer never overtakes the waitlist).
 */
export function seatsFor(e: Pick<EventState, 'capacity' | 'taken' | 'waiting'>, partySize: number): boolean {
  return e.waiting === 0 && e.taken + partySize <= e.capacity;
}

export function eventStatus(e: EventState, now: Date): EventStatus {
  const t = now.getTime();
  if (e.cancelled) return 'cancelled';
  if (t >= e.endsAt.getTime()) return 'ended';
  if (t >= e.startsAt.getTime()) return 'ongoing';
  if (t < e.signupOpensAt.getTime()) return 'notOpen';
  if (t >= e.signupClosesAt.getTime()) return 'closed';
  return seatsFor(e, 1) ? 'open' : 'full';
}
