import { sql, type QueryResult } from 'kysely';
import type { ActionParsed } from '../../../../types';
import type { SignUpOutcome } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { callerHome } from '../../../core/places';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { batch, batchAndCommit } from '../../../db/batch';
import { dialectOf, isUniqueViolation } from '../../../db/dialect';
import { fixedQuery } from '../../../db/fixed';
import { keptByItsBatch } from '../../../db/kept-result';
import { inTransaction, type Db } from '../../../db/tx';
import { eventStatus, seatsFor } from '../domain/status';
import { findEventWithMine } from '../data/event-with-mine';
import { findEvent, lockEvent, requireEvent } from '../data/events';
import { decide, hintText, stateOf } from '../data/mapper';
import { findSignup } from '../data/signups';
import { signUpTrip, type SignUpTrip, type SignUpTripRow } from '../data/sign-up-trip';
import { releaseSignup } from './waitlist';

/** A resident takes part: signs up (or joins the waitlist), gives the place back, rates the event afterwards. */

/**
 * events.signUp (idempotent: the router runs it once per requestId, inside this transaction). At 08:00 hundreds of
 * residents sign up for one event at once, and every one of them passes the event's row lock; each round trip made
 * while holding it (about 1 ms from a cloud function) is time all the others wait. So:
 * 1. Reads and checks first, without a lock (window, audience, one live sign-up per person, party size) — in one
 *    round trip. A refusal here changes nothing. Whether the event has room is only a hint at this point.
 * 2. When the row as read had room: the seat gate, one conditional UPDATE that takes the party's seats only if they
 *    all fit and nobody waits, and the next arrival number (seq) under the lock. Then the sign-up is inserted.
 * 3. Otherwise (or when the gate refused): the waitlist. One round trip puts the party at the end of the line (the
 *    row's `waiting` and `seq`), inserts the sign-up with that arrival number and reads the line's length back.
 *    The insert comes after the UPDATE: its foreign key takes a shared lock on the event row, which, taken first,
 *    deadlocks with another sign-up's UPDATE.
 * 4. The audit row and the idempotency result go with COMMIT (deferWrite). UNIQUE (event_id, user_id) stops doubles.
 * On MySQL a newcomer's steps 2–4 are one round trip ending in COMMIT (data/sign-up-trip.ts): the row is held only while
 * the server runs them. Elsewhere (SQLite, or someone coming back after cancelling) they go as above: the lock is held
 * for two round trips on the waitlist, three for a seat. DESIGN.md's order (the gate before the checks) is kept where
 * it matters: nothing that depends on the counters is decided before the lock.
 */
export async function signUp(db: Db, ctx: Ctx, input: ActionParsed<'events.signUp'>): Promise<SignUpOutcome> {
  const home = callerHome(ctx);
  const p = input.partySize;
  return inTransaction(db, async (trx) => {
    const found = await findEventWithMine(trx, input.eventId, ctx.caller.id);
    if (!found) throw notFound('活动不存在或已被删除', 'eventId');
    const { event: e, mine } = found;
    if (mine?.status === 'confirmed') throw conflict('您已经报名了本活动');
    if (mine?.status === 'waitlisted') throw conflict('您已在候补名单中');
    const can = decide(ctx, home, e, mine);
    if (!can.signUp && !can.joinWaitlist) {
      const text = hintText(can.hint, e) ?? '当前不能报名';
      throw can.hint === 'outOfScope' || can.hint === 'noCommunity' || can.hint === 'removed' ? forbidden(text) : conflict(text);
    }
    if (p > e.party_limit) throw invalid(`本活动每人最多可报名${e.party_limit}人`, 'partySize');
    const full = () => conflict(e.waiting > 0 ? '名额已满，可以加入候补' : `剩余名额不足${p}个，可以加入候补`);
    const roomAsRead = seatsFor(e, p);
    if (!roomAsRead && !input.waitlist) throw full();

    const at = ctx.now.toISOString();
    if (!mine && ctx.requestId && dialectOf(trx) === 'mysql') {
      const key = { userId: ctx.caller.id, requestId: ctx.requestId };
      const trip = { eventId: e.id, userId: ctx.caller.id, partySize: p, communityId: e.community_id, at, trySeat: roomAsRead, waitlist: input.waitlist, key };
      return signUpInOneTrip(trx, trip, full);
    }
    const fields = { party_size: p, checked_in_at: null, updated_at: at };
    let placed: Placed | null = roomAsRead ? await takeSeats(trx, e.id, p) : null;
    if (placed) {
      placed.signupId = await saveSignup(trx, { ...fields, status: 'confirmed', seq: placed.seq }, e.id, ctx.caller.id, mine?.id);
    } else {
      if (!input.waitlist) throw full();
      placed = mine ? await reviveOnWaitlist(trx, e.id, mine.id, fields) : await joinWaitlist(trx, e.id, ctx.caller.id, { ...fields, created_at: at });
    }
    const status = placed.waitlisted ? 'waitlisted' : 'confirmed';
    await audit(trx, {
      entity: 'event_signup',
      entityId: placed.signupId,
      action: 'signUp',
      from: mine?.status ?? null,
      to: status,
      actorId: ctx.caller.id,
      communityId: e.community_id,
      note: `arrival ${placed.seq}, party ${p}`,
      at: ctx.now,
    });
    // Everyone waiting arrived before us, so our place is the length of the line.
    return { signupId: placed.signupId, status, position: placed.waitlisted ? placed.waiting : null, arrival: placed.seq };
  });
}

/** MySQL, a newcomer: from the gate to COMMIT in one round trip (data/sign-up-trip.ts); the rest is the same decision. */
async function signUpInOneTrip(trx: Db, trip: SignUpTrip, full: () => Error): Promise<SignUpOutcome> {
  let results: QueryResult<unknown>[];
  try {
    results = await batchAndCommit(trx, signUpTrip(trip));
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('您已经报名了本活动');
    throw err;
  }
  const row = results[results.length - 1].rows[0] as SignUpTripRow;
  if (row.signup_id === null) throw row.status === 'active' ? full() : conflict('活动已取消');
  const waitlisted = Number(row.seat) !== 1;
  const outcome: SignUpOutcome = { signupId: Number(row.signup_id), status: waitlisted ? 'waitlisted' : 'confirmed', position: waitlisted ? Number(row.waiting) : null, arrival: Number(row.seq) };
  return keptByItsBatch(outcome);
}

interface Placed {
  signupId: number;
  waitlisted: boolean;
  /** Arrival number, and the length of the line after us. */
  seq: number;
  waiting: number;
}

type SignupFields = { party_size: number; checked_in_at: null; updated_at: string };

const countersOf = fixedQuery((db, p: { eventId: number }) => db.selectFrom('events').select(['seq', 'waiting']).where('id', '=', p.eventId));
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
  const row = after.rows[0] as { seq: number; waiting: number };
  return { signupId: 0, waitlisted: false, seq: Number(row.seq), waiting: Number(row.waiting) };
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
  const row = after.rows[0] as { seq: number; waiting: number };
  return { signupId: Number(inserted.insertId), waitlisted: true, seq: Number(row.seq), waiting: Number(row.waiting) };
}

/** Someone who had cancelled comes back, at the end of the line. */
async function reviveOnWaitlist(trx: Db, eventId: number, signupId: number, fields: SignupFields): Promise<Placed> {
  const [line, after] = await batch(trx, [toTheEndOfTheLine(trx, eventId), counters(trx, eventId)]);
  if (changed(line) !== 1) throw conflict('活动已取消');
  const row = after.rows[0] as { seq: number; waiting: number };
  const id = await saveSignup(trx, { ...fields, status: 'waitlisted', seq: Number(row.seq) }, eventId, 0, signupId);
  return { signupId: id, waitlisted: true, seq: Number(row.seq), waiting: Number(row.waiting) };
}

/** events.cancel: the caller gives up their seat (before the cancellation deadline) or their waitlist place. */
export async function cancelSignup(db: Db, ctx: Ctx, input: ActionParsed<'events.cancel'>): Promise<{ status: 'cancelled' }> {
  const home = callerHome(ctx);
  return inTransaction(db, async (trx) => {
    if (!(await lockEvent(trx, input.eventId))) throw notFound('活动不存在或已被删除', 'eventId');
    const e = (await findEvent(trx, input.eventId))!;
    const mine = await findSignup(trx, e.id, ctx.caller.id);
    if (!mine || (mine.status !== 'confirmed' && mine.status !== 'waitlisted')) throw conflict('您没有报名本活动');
    const can = decide(ctx, home, e, mine);
    if (!can.cancel) throw conflict(hintText(can.hint, e) ?? '当前不能取消报名');
    await releaseSignup(trx, ctx, mine, { to: 'cancelled', communityId: e.community_id });
    return { status: 'cancelled' as const };
  });
}

/** events.rate: once, after the event has ended, by someone who had a seat. The comment passes the content check. */
export async function rateEvent(db: Db, ctx: Ctx, input: ActionParsed<'events.rate'>): Promise<{ score: number }> {
  const e = await requireEvent(db, input.eventId, 'eventId');
  const mine = await findSignup(db, e.id, ctx.caller.id);
  if (!mine || mine.status !== 'confirmed') throw conflict('只有参加了活动的居民才能评价');
  if (eventStatus(stateOf(e), ctx.now) !== 'ended') throw conflict('活动结束后才能评价');
  if (mine.rated_at) throw conflict('您已评价过本活动');
  await checkTexts(ctx, { comment: ['评价内容', input.comment] });
  const at = ctx.now.toISOString();
  return inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('event_signups')
      .set({ rating: input.score, rating_comment: input.comment || null, rated_at: at, updated_at: at })
      .where('id', '=', mine.id)
      .where('status', '=', 'confirmed')
      .where('rated_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('您已评价过本活动');
    await audit(trx, { entity: 'event_signup', entityId: mine.id, action: 'rate', from: 'unrated', to: `rated:${input.score}`, actorId: ctx.caller.id, communityId: e.community_id, at: ctx.now });
    return { score: input.score };
  });
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
