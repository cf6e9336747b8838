import { audit } from '../../db/audit';
import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { conflict } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { requireEvent } from './access';
import { eventStatus } from './domain/status';
import { stateOf } from './data/mapper';
import { findSignup } from './data/events';

/** events.rate: once, after the event has ended, by someone who had a seat. The comment passes the content check. */
export async function rateEvent(db: Db, ctx: Ctx, input: { eventId: number; score: number; comment: string }): Promise<{ score: number }> {
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
