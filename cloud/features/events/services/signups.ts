import { sql } from 'kysely';
import type { ActionParsed } from '../../../../types';
import type { SignUpResult } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { callerHome } from '../../../core/places';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { isUniqueViolation } from '../../../db/dialect';
import { inTransaction, type Db } from '../../../db/tx';
import { eventStatus } from '../domain/status';
import { findEvent, lockEvent, requireEvent } from '../data/events';
import { decide, hintText, stateOf } from '../data/mapper';
import { findSignup } from '../data/signups';
import { releaseSignup } from './waitlist';

/** A resident takes part: signs up (or joins the waitlist), gives the place back, rates the event afterwards. */

/**
 * events.signUp (idempotent: the router runs it once per requestId, inside this transaction). Gate first:
 * 1. The seat gate is the first write on the event: one conditional UPDATE takes the party's seats only if they all
 *    fit and nobody waits; otherwise a second UPDATE puts the party on the waitlist. Either one also takes the next
 *    arrival number (seq) under the event's row lock, so arrival order is the order sign-ups pass the gate and commit.
 * 2. Then the checks (window, audience, one live sign-up per person, the waitlist option); a refusal rolls the
 *    counters back with the transaction.
 * 3. Insert (or revive a cancelled) sign-up; UNIQUE (event_id, user_id) stops doubles. Audited.
 */
export async function signUp(db: Db, ctx: Ctx, input: ActionParsed<'events.signUp'>): Promise<SignUpResult> {
  const home = await callerHome(db, ctx);
  const p = input.partySize;
  return inTransaction(db, async (trx) => {
    const seated = await trx
      .updateTable('events')
      .set((eb) => ({ taken: eb('taken', '+', p), seq: eb('seq', '+', 1) }))
      .where('id', '=', input.eventId)
      .where('status', '=', 'active')
      .where('waiting', '=', 0)
      .where(sql<boolean>`taken + ${p} <= capacity`)
      .executeTakeFirst();
    const confirmed = Number(seated.numUpdatedRows) === 1;
    if (!confirmed) {
      await trx
        .updateTable('events')
        .set((eb) => ({ waiting: eb('waiting', '+', 1), seq: eb('seq', '+', 1) }))
        .where('id', '=', input.eventId)
        .where('status', '=', 'active')
        .execute();
    }
    // The row as this transaction left it: our seats (or waitlist place) and our arrival number are in it.
    const e = await findEvent(trx, input.eventId);
    if (!e) throw notFound('活动不存在或已被删除', 'eventId');
    const mine = await findSignup(trx, e.id, ctx.caller.id);

    if (mine?.status === 'confirmed') throw conflict('您已经报名了本活动');
    if (mine?.status === 'waitlisted') throw conflict('您已在候补名单中');
    const can = decide(ctx, home, e, mine);
    if (!can.signUp && !can.joinWaitlist) {
      const text = hintText(can.hint, e) ?? '当前不能报名';
      throw can.hint === 'outOfScope' || can.hint === 'noCommunity' || can.hint === 'removed' ? forbidden(text) : conflict(text);
    }
    if (p > e.party_limit) throw invalid(`本活动每人最多可报名${e.party_limit}人`, 'partySize');
    if (!confirmed && !input.waitlist) throw conflict(e.waiting > 1 ? '名额已满，可以加入候补' : `剩余名额不足${p}个，可以加入候补`);

    const status = confirmed ? 'confirmed' : 'waitlisted';
    const at = ctx.now.toISOString();
    const signupId = await saveSignup(trx, { eventId: e.id, userId: ctx.caller.id, partySize: p, status, seq: e.seq, at }, mine?.id);
    await audit(trx, {
      entity: 'event_signup',
      entityId: signupId,
      action: 'signUp',
      from: mine?.status ?? null,
      to: status,
      actorId: ctx.caller.id,
      communityId: e.community_id,
      note: `arrival ${e.seq}, party ${p}`,
      at: ctx.now,
    });
    // Everyone waiting arrived before us, so our place is the length of the line.
    return { signupId, status, position: confirmed ? null : e.waiting, arrival: e.seq };
  });
}


/** events.cancel: the caller gives up their seat (before the cancellation deadline) or their waitlist place. */
export async function cancelSignup(db: Db, ctx: Ctx, input: ActionParsed<'events.cancel'>): Promise<{ status: 'cancelled' }> {
  const home = await callerHome(db, ctx);
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

interface NewSignup {
  eventId: number;
  userId: number;
  partySize: number;
  status: 'confirmed' | 'waitlisted';
  seq: number;
  at: string;
}

/** Inserts the sign-up, or revives the caller's cancelled one (one row per person per event). */
async function saveSignup(trx: Db, s: NewSignup, cancelledId: number | undefined): Promise<number> {
  const fields = { party_size: s.partySize, status: s.status, seq: s.seq, checked_in_at: null, updated_at: s.at };
  if (cancelledId !== undefined) {
    const res = await trx.updateTable('event_signups').set(fields).where('id', '=', cancelledId).where('status', '=', 'cancelled').executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('您已经报名了本活动');
    return cancelledId;
  }
  try {
    const res = await trx
      .insertInto('event_signups')
      .values({ ...fields, event_id: s.eventId, user_id: s.userId, rating: null, rating_comment: null, rated_at: null, created_at: s.at })
      .executeTakeFirstOrThrow();
    return Number(res.insertId);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('您已经报名了本活动');
    throw err;
  }
}
