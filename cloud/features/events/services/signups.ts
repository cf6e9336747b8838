import type { ActionParsed } from '../../../../types';
import type { SignUpOutcome } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { callerHome } from '../../../core/places';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { dialectOf } from '../../../db/dialect';
import { keptByItsBatch } from '../../../db/kept-result';
import { inTransaction, type Db } from '../../../db/tx';
import { eventStatus, seatsFor } from '../domain/status';
import { findEventDetail, type EventDetailFound } from '../data/event-with-mine';
import { findEvent, lockEvent, requireEvent } from '../data/events';
import { decide, hintText, stateOf } from '../data/mapper';
import { findSignup, type SignupRow } from '../data/signups';
import { placeAndAudit, placeInOneTrip } from './place-signup';
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
    const found = await findEventDetail(trx, input.eventId, ctx.caller.id);
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
    const oneTrip = !mine && ctx.requestId && dialectOf(trx) === 'mysql';
    const placed = oneTrip
      ? await placeInOneTrip(trx, { eventId: e.id, userId: ctx.caller.id, partySize: p, communityId: e.community_id, at, trySeat: roomAsRead, waitlist: input.waitlist, key: { userId: ctx.caller.id, requestId: ctx.requestId! } }, full)
      : await placeAndAudit(trx, ctx, found, { partySize: p, trySeat: roomAsRead, waitlist: input.waitlist, at }, full);
    const status = placed.waitlisted ? 'waitlisted' : 'confirmed';
    // Everyone waiting arrived before us, so our place is the length of the line.
    const outcome: SignUpOutcome = { signupId: placed.signupId, status, position: placed.waitlisted ? placed.waiting : null, arrival: placed.seq };
    const signup: SignupRow = { ...(mine ?? newSignup(e.id, ctx.caller.id, at)), id: placed.signupId, party_size: p, status, seq: placed.seq, checked_in_at: null, updated_at: at };
    const screen = { ...found, event: { ...e, taken: placed.taken, waiting: placed.waiting, seq: placed.seq }, mine: signup, place: outcome.position };
    return withScreen(oneTrip ? keptByItsBatch(outcome) : outcome, screen);
  });
}

/**
 * What the sign-up left on the detail screen, read under the event's lock: the router answers with it instead of
 * reading the screen again (a replay, which has none, reads it). Not part of the result the idempotency key keeps.
 */
const SCREEN = Symbol('the detail screen as the sign-up left it');

function withScreen(outcome: SignUpOutcome, screen: EventDetailFound): SignUpOutcome {
  Object.defineProperty(outcome, SCREEN, { value: screen, enumerable: false });
  return outcome;
}

export const screenAfter = (outcome: SignUpOutcome): EventDetailFound | undefined => (outcome as { [SCREEN]?: EventDetailFound })[SCREEN];

const newSignup = (eventId: number, userId: number, at: string): SignupRow => ({
  id: 0,
  event_id: eventId,
  user_id: userId,
  party_size: 0,
  status: 'confirmed',
  seq: 0,
  checked_in_at: null,
  rating: null,
  rating_comment: null,
  rated_at: null,
  removed_reason: null,
  created_at: at,
  updated_at: at,
});

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
