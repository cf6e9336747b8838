import type { EventSummary } from '../../../../types/events';
import type { OccurrenceTimes } from '../domain/recurrence';
import { eventStatus, type EventState } from '../domain/status';
import type { EventRow, SummaryRow } from './events';

/** The one place an events row becomes domain values and API shapes. */

export function stateOf(row: SummaryRow): EventState {
  return {
    cancelled: row.status === 'cancelled',
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    signupOpensAt: new Date(row.signup_opens_at),
    signupClosesAt: new Date(row.signup_closes_at),
    capacity: row.capacity,
    taken: row.taken,
    waiting: row.waiting,
  };
}

export function timesOf(row: EventRow): OccurrenceTimes {
  return {
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    signupOpensAt: new Date(row.signup_opens_at),
    signupClosesAt: new Date(row.signup_closes_at),
    cancelDeadline: new Date(row.cancel_deadline),
  };
}

export function toSummary(row: SummaryRow, now: Date, mine: EventSummary['mine'] = null): EventSummary {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    communityId: row.community_id,
    communityName: row.community_name,
    audience: row.audience,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    status: eventStatus(stateOf(row), now),
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.taken),
    waiting: row.waiting,
    partyLimit: row.party_limit,
    seriesId: row.series_id,
    mine,
  };
}
