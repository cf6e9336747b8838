import type { Ctx } from '../../../core/context';
import { conflict } from '../../../core/errors';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import type { Db } from '../../../db/tx';
import { formatSpan } from '../../../lib/words';
import { planPromotions } from '../domain/waitlist';
import { detailPage } from '../data/mapper';
import type { SignupRow } from '../data/signups';

/** Seats given back (a sign-up cancelled or removed, more seats) move the waitlist up, inside the caller's transaction. */

/**
 * A live sign-up leaves (cancelled by its owner, or removed by a worker): its seats or waitlist place are given back
 * and the waitlist moves up, all in the caller's transaction, which already holds the event's row lock.
 */
export async function releaseSignup(
  trx: Db,
  ctx: Ctx,
  s: SignupRow,
  change: { to: 'cancelled' | 'removed'; communityId: number; note?: string },
): Promise<void> {
  const at = ctx.now.toISOString();
  const res = await trx
    .updateTable('event_signups')
    .set({ status: change.to, updated_at: at, ...(change.to === 'removed' ? { removed_reason: change.note ?? null } : {}) })
    .where('id', '=', s.id)
    .where('status', '=', s.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('报名状态已变化，请刷新后重试');
  await trx
    .updateTable('events')
    .set((eb) => (s.status === 'confirmed' ? { taken: eb('taken', '-', s.party_size) } : { waiting: eb('waiting', '-', 1) }))
    .where('id', '=', s.event_id)
    .execute();
  await audit(trx, {
    entity: 'event_signup',
    entityId: s.id,
    action: change.to === 'cancelled' ? 'cancel' : 'remove',
    from: s.status,
    to: change.to,
    actorId: ctx.caller.id,
    communityId: change.communityId,
    note: change.note ?? null,
    at: ctx.now,
  });
  await promoteWaitlist(trx, ctx, s.event_id);
}

/**
 * Moves people from the waitlist into freed seats, in the caller's transaction (which holds the event's row lock):
 * first come, first served by arrival number (domain/waitlist.ts). Each promotion is audited and notified.
 * Nobody is promoted once the event has started or when it is cancelled.
 */
export async function promoteWaitlist(trx: Db, ctx: Ctx, eventId: number): Promise<number> {
  const e = await trx
    .selectFrom('events')
    .select(['id', 'title', 'status', 'capacity', 'taken', 'waiting', 'starts_at', 'ends_at', 'place', 'community_id'])
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  const free = e.capacity - e.taken;
  if (e.status !== 'active' || e.waiting === 0 || free <= 0 || ctx.now.getTime() >= Date.parse(e.starts_at)) return 0;

  // Every party takes at least one seat, so at most `free` of them can move up.
  const queue = await trx
    .selectFrom('event_signups')
    .select(['id', 'user_id', 'party_size', 'seq'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .limit(free)
    .execute();
  const plan = planPromotions(e.capacity, e.taken, queue.map((q) => ({ id: q.id, partySize: q.party_size, seq: q.seq })));
  if (plan.promoted.length === 0) return 0;

  const at = ctx.now.toISOString();
  for (const p of plan.promoted) {
    const s = queue.find((q) => q.id === p.id)!;
    await trx.updateTable('event_signups').set({ status: 'confirmed', updated_at: at }).where('id', '=', s.id).where('status', '=', 'waitlisted').execute();
    await audit(trx, { entity: 'event_signup', entityId: s.id, action: 'promote', from: 'waitlisted', to: 'confirmed', actorId: null, communityId: e.community_id, at: ctx.now });
    await notify(trx, ctx.now, {
      userId: s.user_id,
      kind: 'event.promoted',
      title: '候补成功',
      body: `您已获得「${e.title}」的名额（${formatSpan(new Date(e.starts_at), new Date(e.ends_at))}），如不能参加请及时取消。`,
      page: detailPage(e.id),
      facts: { subject: e.title, time: e.starts_at, place: e.place, status: '候补成功' },
    });
  }
  await trx
    .updateTable('events')
    .set((eb) => ({ taken: eb('taken', '+', plan.taken - e.taken), waiting: eb('waiting', '-', plan.promoted.length), updated_at: at }))
    .where('id', '=', e.id)
    .execute();
  return plan.promoted.length;
}
