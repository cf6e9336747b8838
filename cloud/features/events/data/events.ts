import type { Selectable } from 'kysely';
import type { Db } from '../../../db/tx';
import type { EventSignupTable, EventTable } from './tables';

export type EventRow = Selectable<EventTable> & { community_name: string; street_name: string };
export type SignupRow = Selectable<EventSignupTable>;

/** The columns a list of events needs (no description): the month view reads many of these. */
export const SUMMARY_COLUMNS = [
  'events.id',
  'events.title',
  'events.category',
  'events.community_id',
  'events.audience',
  'events.starts_at',
  'events.ends_at',
  'events.start_date',
  'events.place',
  'events.status',
  'events.capacity',
  'events.taken',
  'events.waiting',
  'events.party_limit',
  'events.series_id',
  'events.signup_opens_at',
  'events.signup_closes_at',
] as const;

type SummaryColumn = (typeof SUMMARY_COLUMNS)[number] extends `events.${infer C}` ? C : never;
export type SummaryRow = Pick<EventRow, SummaryColumn & keyof EventRow> & { community_name: string };

export function eventsWithCommunity(db: Db) {
  return db
    .selectFrom('events')
    .innerJoin('communities', 'communities.id', 'events.community_id')
    .innerJoin('streets', 'streets.id', 'communities.street_id');
}

export async function findEvent(db: Db, id: number): Promise<EventRow | null> {
  const row = await eventsWithCommunity(db)
    .selectAll('events')
    .select(['communities.name as community_name', 'streets.name as street_name'])
    .where('events.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export async function findSignup(db: Db, eventId: number, userId: number): Promise<SignupRow | null> {
  const row = await db.selectFrom('event_signups').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
  return row ?? null;
}

/**
 * Takes the event's row lock: writes that must see the event's counters as they are (cancel, remove; sign-up takes it
 * with its seat gate, edits with lockOccurrences) start here, so on SQLite the transaction begins as a writer and on
 * MySQL they queue on the row. Returns false when there is no such event.
 */
export async function lockEvent(db: Db, id: number): Promise<boolean> {
  const res = await db
    .updateTable('events')
    .set((eb) => ({ lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Live sign-ups: the people holding a seat or a waitlist place. */
export const LIVE: ('confirmed' | 'waitlisted')[] = ['confirmed', 'waitlisted'];

/** 1-based place in the waitlist of a waitlisted sign-up. */
export async function waitlistPosition(db: Db, eventId: number, seq: number): Promise<number> {
  const row = await db
    .selectFrom('event_signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('seq', '<=', seq)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
