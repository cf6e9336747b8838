import { audit } from '../../db/audit';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { conflict } from '../../core/errors';
import { promoteWaitlist } from './services/waitlist';
import type { SignupRow } from './data/events';

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
    .set({ status: change.to, updated_at: at })
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
