import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { decide } from './decision';
import { hintText } from './hints';
import { releaseSignup } from './release';
import { findEvent, findSignup, lockEvent } from './data/events';
import { callerHome } from '../../core/places';

/** events.cancel: the caller gives up their seat (before the cancellation deadline) or their waitlist place. */
export async function cancelSignup(db: Db, ctx: Ctx, input: { eventId: number }): Promise<{ status: 'cancelled' }> {
  const home = await callerHome(db, ctx);
  return inTransaction(db, async (trx) => {
    if (!(await lockEvent(trx, input.eventId))) throw notFound('活动不存在或已被删除', 'eventId');
    const e = (await findEvent(trx, input.eventId))!;
    const mine = await findSignup(trx, e.id, ctx.caller.id);
    if (!mine || (mine.status !== 'confirmed' && mine.status !== 'waitlisted')) throw conflict('您没有报名本活动');
    const { can } = decide(ctx, home, e, mine);
    if (!can.cancel) throw conflict(hintText(can.hint, e) ?? '当前不能取消报名');
    await releaseSignup(trx, ctx, mine, { to: 'cancelled', communityId: e.community_id });
    return { status: 'cancelled' as const };
  });
}
