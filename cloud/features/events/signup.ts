import { sql } from 'kysely';
import type { SignUpResult } from '../../../types/events';
import { audit } from '../../db/audit';
import { isUniqueViolation } from '../../db/dialect';
import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../router/context';
import { conflict, forbidden, invalid, notFound } from '../../router/errors';
import { decide } from './decision';
import { hintText } from './hints';
import { findEvent, findSignup } from './rows';

/**
 * events.signUp (idempotent: the router runs it once per requestId, inside this transaction).
 * 1. Lock the event row and take the next arrival number (seq) — the first write, so arrival order is the order in
 *    which sign-ups pass the gate and commit.
 * 2. Check the window, the audience and that the caller has no live sign-up.
 * 3. The seat gate: one conditional UPDATE of `taken`; if it takes no row, the party joins the waitlist (when asked).
 * 4. Insert (or revive a cancelled) sign-up; UNIQUE (event_id, user_id) stops doubles. Audited.
 */
export async function signUp(db: Db, ctx: Ctx, input: { eventId: number; partySize: number; waitlist: boolean }): Promise<SignUpResult> {
  return inTransaction(db, async (trx) => {
    const locked = await trx
      .updateTable('events')
      .set((eb) => ({ seq: eb('seq', '+', 1), lock_version: eb('lock_version', '+', 1) }))
      .where('id', '=', input.eventId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) !== 1) throw notFound('活动不存在或已被删除', 'eventId');
    const e = (await findEvent(trx, input.eventId))!;
    const mine = await findSignup(trx, e.id, ctx.caller.id);

    if (mine?.status === 'confirmed') throw conflict('您已经报名了本活动');
    if (mine?.status === 'waitlisted') throw conflict('您已在候补名单中');
    const { can } = await decide(trx, ctx, e, mine);
    if (!can.signUp && !can.joinWaitlist) {
      const text = hintText(can.hint, e) ?? '当前不能报名';
      throw can.hint === 'outOfScope' || can.hint === 'noCommunity' || can.hint === 'removed' ? forbidden(text) : conflict(text);
    }
    if (input.partySize > e.party_limit) throw invalid(`本活动每人最多可报名${e.party_limit}人`, 'partySize');

    const p = input.partySize;
    const gate = await trx
      .updateTable('events')
      .set((eb) => ({ taken: eb('taken', '+', p) }))
      .where('id', '=', e.id)
      .where('status', '=', 'active')
      .where('waiting', '=', 0)
      .where(sql<boolean>`taken + ${p} <= capacity`)
      .executeTakeFirst();
    const confirmed = Number(gate.numUpdatedRows) === 1;
    if (!confirmed) {
      if (!input.waitlist) throw conflict(e.waiting > 0 ? '名额已满，可以加入候补' : `剩余名额不足${p}个，可以加入候补`);
      await trx.updateTable('events').set((eb) => ({ waiting: eb('waiting', '+', 1) })).where('id', '=', e.id).execute();
    }
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
    return { signupId, status, position: confirmed ? null : e.waiting + 1, arrival: e.seq };
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
