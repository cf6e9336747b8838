import type { ColumnType, Generated } from 'kysely';
import type { Audience, EventCategory, SignupStatus } from '../../../../types/events';

export interface EventTable {
  id: Generated<number>;
  community_id: number;
  /** The community's street, copied so that street-wide events are found by one index. */
  street_id: number;
  audience: Audience;
  series_id: number | null;
  title: string;
  category: EventCategory;
  description: string;
  cover: string | null;
  organizer: string;
  /** A venue of the venues feature (no foreign key: the features land separately) or null; `place` is always set. */
  venue_id: number | null;
  place: string;
  starts_at: string;
  ends_at: string;
  /** Local (Asia/Shanghai) date of starts_at: what the month view indexes. */
  start_date: string;
  capacity: number;
  /** Confirmed seats (sum of party sizes): the capacity gate. */
  taken: number;
  /** Waitlisted sign-ups. */
  waiting: number;
  /** Arrival counter: every sign-up takes the next number at the gate, which orders the waitlist. */
  seq: number;
  /** Bumped by every write that must serialise on the event (the row lock). */
  lock_version: number;
  party_limit: number;
  signup_opens_at: string;
  signup_closes_at: string;
  cancel_deadline: string;
  status: 'active' | 'cancelled';
  cancel_reason: string | null;
  reminded_at: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** A weekly series: the rule its occurrences were expanded from. */
export interface EventSeriesTable {
  id: Generated<number>;
  community_id: number;
  /** ISO weekdays joined with commas, e.g. '2,4'. */
  weekdays: string;
  until_date: string;
  created_by: number;
  created_at: string;
}

export interface EventSignupTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  party_size: number;
  status: SignupStatus;
  /** Arrival number at the gate (events.seq). */
  seq: number;
  checked_in_at: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  /** Set when a worker removes the sign-up (told to the person in 我的活动); absent before then. */
  removed_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

export interface EventsTables {
  events: EventTable;
  event_series: EventSeriesTable;
  event_signups: EventSignupTable;
}

declare module '../../../db/schema' {
  // The feature's tables join the one Database type; the database layer imports no feature.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends EventsTables {}
}
