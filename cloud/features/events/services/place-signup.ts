import { sql, type QueryResult } from 'kysely';
import type { Ctx } from '../../../core/context';
import { conflict } from '../../../core/errors';
import { audit } from '../../../db/audit';
import { batch, batchAndCommit } from '../../../db/batch';
import { isUniqueViolation } from '../../../db/dialect';
import { fixedQuery } from '../../../db/fixed';
import type { Db } from '../../../db/tx';
import type { EventDetailFound } from '../data/event-with-mine';
import { signUpTrip, type SignUpTrip, type SignUpTripRow } from '../data/sign-up-trip';

/** Where a sign-up lands — a seat or the end of the line — under the event's lock (services/signups.ts decides when). */

/** A seat, else the end of the line, and the audit row, statement by statement (SQLite; someone coming back on MySQL). */
export async function placeAndAudit(
  trx: Db,
  ctx: Ctx,
  { event: e, mine }: EventDetailFound,
  want: { partySize: number; trySeat: boolean; waitlist: boolean; at: string },
  full: () => Error,
): Promise<Placed> {
  const p = want.partySize;
  const fields = { party_size: p, checked_in_at: null, updated_at: want.at };
  let placed: Placed | null = want.trySeat ? await takeSeats(trx, e.id, p) : null;
  if (placed) {
    placed.signupId = await saveSignup(trx, { ...fields, status: 'confirmed', seq: placed.seq }, e.id, ctx.caller.id, mine?.id);
  } else {
    if (!want.waitlist) throw full();
    placed = mine ? await reviveOnWaitlist(trx, e.id, mine.id, fields) : await joinWaitlist(trx, e.id, ctx.caller.id, { ...fields, created_at: want.at });
  }
  await audit(trx, {
    entity: 'event_signup',
    entityId: placed.signupId,
    action: 'signUp',
    from: mine?.status ?? null,
    to: placed.waitlisted ? 'waitlisted' : 'confirmed',
    actorId: ctx.caller.id,
    communityId: e.community_id,
    note: `arrival ${placed.seq}, party ${p}`,
    at: ctx.now,
  });
  return placed;
}

/** MySQL, a newcomer: from the gate to COMMIT in one round trip (data/sign-up-trip.ts); the same decisions, in SQL. */
export async function placeInOneTrip(trx: Db, trip: SignUpTrip, full: () => Error): Promise<Placed> {
  let results: QueryResult<unknown>[];
  try {
    results = await batchAndCommit(trx, signUpTrip(trip));
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('您已经报名了本活动');
    throw err;
  }
  const row = results[results.length - 1].rows[0] as SignUpTripRow;
  if (row.signup_id === null) throw row.status === 'active' ? full() : conflict('活动已取消');
  return { signupId: Number(row.signup_id), waitlisted: Number(row.seat) !== 1, ...countsOf(row) };
}

export interface Placed {
  signupId: number;
  waitlisted: boolean;
  /** Arrival number, the length of the line and the seats taken after us. */
  seq: number;
  waiting: number;
  taken: number;
}

type Counts = { seq: number | string; waiting: number | string; taken: number | string };
const countsOf = (row: Counts) => ({
  seq: Number(row.seq),
  waiting: Number(row.waiting),
  taken: Number(row.taken),
});

type SignupFields = { party_size: number; checked_in_at: null; updated_at: string };

const countersOf = fixedQuery((db, p: { eventId: number }) => db.selectFrom('events').select(['seq', 'waiting', 'taken']).where('id', '=', p.eventId));
const counters = (trx: Db, eventId: number) => countersOf(trx, { eventId });
const changed = (r: QueryResult<unknown>) => Number(r.numAffectedRows ?? 0);

const seatGate = fixedQuery((trx, v: { eventId: number; p: number }) =>
  trx
    .updateTable('events')
    .set((eb) => ({ taken: eb('taken', '+', v.p), seq: eb('seq', '+', 1) }))
    .where('id', '=', v.eventId)
    .where('status', '=', 'active')
    .where('waiting', '=', 0)
    .where(sql<boolean>`taken + ${v.p} <= capacity`),
);

/** The seat gate, and the arrival number it took, in one round trip; null when the seats are not there (any more). */
async function takeSeats(trx: Db, eventId: number, p: number): Promise<Placed | null> {
  const [gate, after] = await batch(trx, [seatGate(trx, { eventId, p }), counters(trx, eventId)]);
  if (changed(gate) !== 1) return null;
  return { signupId: 0, waitlisted: false, ...countsOf(after.rows[0] as Counts) };
}

const endOfTheLine = fixedQuery((trx, p: { eventId: number }) =>
  trx
    .updateTable('events')
    .set((eb) => ({ waiting: eb('waiting', '+', 1), seq: eb('seq', '+', 1) }))
    .where('id', '=', p.eventId)
    .where('status', '=', 'active'),
);
const toTheEndOfTheLine = (trx: Db, eventId: number) => endOfTheLine(trx, { eventId });

/** The waitlisted sign-up, numbered with the arrival number the line just gave out (read from the event row). */
const waitlistedSignup = fixedQuery((trx, p: { eventId: number; userId: number; partySize: number; createdAt: string; updatedAt: string }) =>
  trx
    .insertInto('event_signups')
    .columns(['event_id', 'user_id', 'party_size', 'status', 'seq', 'checked_in_at', 'rating', 'rating_comment', 'rated_at', 'created_at', 'updated_at'])
    .expression(
      trx
        .selectFrom('events')
        .select((eb) => [
          'id',
          eb.val(p.userId).as('user_id'),
          eb.val(p.partySize).as('party_size'),
          eb.val('waitlisted').as('status'),
          'seq',
          sql<null>`null`.as('checked_in_at'),
          sql<null>`null`.as('rating'),
          sql<null>`null`.as('rating_comment'),
          sql<null>`null`.as('rated_at'),
          eb.val(p.createdAt).as('created_at'),
          eb.val(p.updatedAt).as('updated_at'),
        ])
        .where('id', '=', p.eventId)
        .where('status', '=', 'active'),
    ),
);

/** A newcomer joins the waitlist: the line, the sign-up with its arrival number, and the line's length, in one round trip. */
async function joinWaitlist(trx: Db, eventId: number, userId: number, fields: SignupFields & { created_at: string }): Promise<Placed> {
  let results: QueryResult<unknown>[];
  try {
    results = await batch(trx, [
      toTheEndOfTheLine(trx, eventId),
      waitlistedSignup(trx, { eventId, userId, partySize: fields.party_size, createdAt: fields.created_at, updatedAt: fields.updated_at }),
      counters(trx, eventId),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('您已经报名了本活动');
    throw err;
  }
  const [line, inserted, after] = results;
  if (changed(line) !== 1 || changed(inserted) !== 1) throw conflict('活动已取消');
  return { signupId: Number(inserted.insertId), waitlisted: true, ...countsOf(after.rows[0] as Counts) };
}

/** Someone who had cancelled comes back, at the end of the line. */
async function reviveOnWaitlist(trx: Db, eventId: number, signupId: number, fields: SignupFields): Promise<Placed> {
  const [line, after] = await batch(trx, [toTheEndOfTheLine(trx, eventId), counters(trx, eventId)]);
  if (changed(line) !== 1) throw conflict('活动已取消');
  const counts = countsOf(after.rows[0] as Counts);
  const id = await saveSignup(trx, { ...fields, status: 'waitlisted', seq: counts.seq }, eventId, 0, signupId);
  return { signupId: id, waitlisted: true, ...counts };
}

/** Inserts the sign-up, or revives the caller's cancelled one (one row per person per event). */
async function saveSignup(
  trx: Db,
  fields: SignupFields & { status: 'confirmed' | 'waitlisted'; seq: number },
  eventId: number,
  userId: number,
  cancelledId: number | undefined,
): Promise<number> {
  if (cancelledId !== undefined) {
    const res = await trx.updateTable('event_signups').set(fields).where('id', '=', cancelledId).where('status', '=', 'cancelled').executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('您已经报名了本活动');
    return cancelledId;
  }
  try {
    const res = await trx
      .insertInto('event_signups')
      .values({ ...fields, event_id: eventId, user_id: userId, rating: null, rating_comment: null, rated_at: null, created_at: fields.updated_at })
      .executeTakeFirstOrThrow();
    return Number(res.insertId);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('您已经报名了本活动');
    throw err;
  }
}
