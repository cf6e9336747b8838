import type { Selectable } from 'kysely';
import { fixedQuery } from '../../../db/fixed';
import type { Db } from '../../../db/tx';
import type { EventSignupTable } from './tables';

/** Queries on `event_signups` that the services share. */

export type SignupRow = Selectable<EventSignupTable>;

/** Live sign-ups: the people holding a seat or a waitlist place. */
export const LIVE: ('confirmed' | 'waitlisted')[] = ['confirmed', 'waitlisted'];

export function signupQuery(db: Db, eventId: number, userId: number) {
  return signupOf(db, { eventId, userId });
}

const signupOf = fixedQuery((db, p: { eventId: number; userId: number }) =>
  db.selectFrom('event_signups').selectAll().where('event_id', '=', p.eventId).where('user_id', '=', p.userId),
);

export async function findSignup(db: Db, eventId: number, userId: number): Promise<SignupRow | null> {
  return (await signupQuery(db, eventId, userId).executeTakeFirst()) ?? null;
}

/** Runs `fn` for every person holding a seat or a waitlist place; returns how many there were. */
export async function mapLiveSignups(db: Db, eventId: number, fn: (userId: number) => Promise<void>, only = LIVE): Promise<number> {
  const rows = await db.selectFrom('event_signups').select('user_id').where('event_id', '=', eventId).where('status', 'in', only).orderBy('seq').execute();
  for (const r of rows) await fn(r.user_id);
  return rows.length;
}

/** Count and average score of an event's ratings, or null before the first. */
export function ratingQuery(db: Db, eventId: number) {
  return ratingsOf(db, { eventId });
}

const ratingsOf = fixedQuery((db, p: { eventId: number }) =>
  db
    .selectFrom('event_signups')
    .select((eb) => [eb.fn.count<number>('rating').as('n'), eb.fn.sum<number>('rating').as('total')])
    .where('event_id', '=', p.eventId)
    .where('rating', 'is not', null),
);

export function toRating(row: { n: number | string; total: number | string | null }): { count: number; average: number } | null {
  const count = Number(row.n);
  return count === 0 ? null : { count, average: Math.round((Number(row.total) / count) * 10) / 10 };
}

export async function ratingOf(db: Db, eventId: number): Promise<{ count: number; average: number } | null> {
  return toRating(await ratingQuery(db, eventId).executeTakeFirstOrThrow());
}
