import type { Selectable } from 'kysely';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { assertStaffOf } from '../../../core/scope';
import { fixedQuery } from '../../../db/fixed';
import type { Db } from '../../../db/tx';
import type { EventTable } from './tables';

/** Queries on `events` that the services share: the columns a list needs, load-or-404, the row locks. */

export type EventRow = Selectable<EventTable> & { community_name: string; street_name: string };

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

/** The event with its community's and street's names (a query, so a caller can batch it: cloud/db/batch.ts). */
export function eventQuery(db: Db, id: number) {
  return eventById(db, { id });
}

const eventById = fixedQuery((db, p: { id: number }) =>
  eventsWithCommunity(db).selectAll('events').select(['communities.name as community_name', 'streets.name as street_name']).where('events.id', '=', p.id),
);

export async function findEvent(db: Db, id: number): Promise<EventRow | null> {
  return (await eventQuery(db, id).executeTakeFirst()) ?? null;
}

/** The event, or NOT_FOUND on the input field that named it. */
export async function requireEvent(db: Db, id: number, field: string): Promise<EventRow> {
  const e = await findEvent(db, id);
  if (!e) throw notFound('活动不存在或已被删除', field);
  return e;
}

/** An event of a community the caller serves as a worker (or any, for an admin). */
export async function requireManagedEvent(db: Db, ctx: Ctx, id: number, field: string): Promise<EventRow> {
  const e = await requireEvent(db, id, field);
  assertStaffOf(ctx, e.community_id);
  return e;
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

/**
 * Locks and reads the occurrences an edit or a cancellation applies to: the event alone, or with scope 'future' it
 * and every later active occurrence of its series, in date order. The lock is the transaction's first write.
 */
export async function lockOccurrences(trx: Db, e: EventRow, scope: 'one' | 'future'): Promise<EventRow[]> {
  const series = scope === 'future' ? e.series_id : null;
  await trx
    .updateTable('events')
    .set((eb) => ({ lock_version: eb('lock_version', '+', 1) }))
    .where((eb) =>
      series === null
        ? eb('id', '=', e.id)
        : eb.or([eb('id', '=', e.id), eb.and([eb('series_id', '=', series), eb('starts_at', '>=', e.starts_at), eb('status', '=', 'active')])]),
    )
    .execute();
  let q = eventsWithCommunity(trx).selectAll('events').select(['communities.name as community_name', 'streets.name as street_name']);
  q = series === null ? q.where('events.id', '=', e.id) : q.where('events.series_id', '=', series).where('events.starts_at', '>=', e.starts_at).where('events.status', '=', 'active');
  return q.orderBy('events.starts_at').execute();
}
