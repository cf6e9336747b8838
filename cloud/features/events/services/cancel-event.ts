import type { ActionParsed } from '../../../../types';
import type { Ctx } from '../../../core/context';
import { conflict } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { formatSpan } from '../../../lib/words';
import { releaseVenueForEvent } from '../../venues/seam';
import { lockOccurrences, requireManagedEvent } from '../data/events';
import { detailPage } from '../data/mapper';
import { mapLiveSignups } from '../data/signups';

/** events.cancelEvent: cancels one occurrence or this and every later one; everyone signed up is told why. */
export async function cancelEvents(db: Db, ctx: Ctx, input: ActionParsed<'events.cancelEvent'>): Promise<{ eventIds: number[]; notified: number }> {
  const e = await requireManagedEvent(db, ctx, input.id, 'id');
  if (e.status === 'cancelled') throw conflict('活动已取消');
  if (ctx.now.getTime() >= Date.parse(e.ends_at)) throw conflict('活动已结束，不能取消');
  await checkTexts(ctx, { reason: ['取消原因', input.reason] });

  return inTransaction(db, async (trx) => {
    const targets = await lockOccurrences(trx, e, input.scope);
    let notified = 0;
    const at = ctx.now.toISOString();
    for (const t of targets) {
      const res = await trx
        .updateTable('events')
        .set({ status: 'cancelled', cancel_reason: input.reason, updated_at: at })
        .where('id', '=', t.id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw conflict('活动状态已变化，请刷新后重试');
      if (t.venue_id !== null) await releaseVenueForEvent(trx, ctx, t.id);
      await audit(trx, { entity: 'event', entityId: t.id, action: 'cancel', from: 'active', to: 'cancelled', actorId: ctx.caller.id, communityId: t.community_id, note: input.reason, at: ctx.now });
      notified += await mapLiveSignups(trx, t.id, (userId) =>
        notify(trx, ctx.now, {
          userId,
          kind: 'event.cancelled',
          title: '活动取消通知',
          body: `「${t.title}」（${formatSpan(new Date(t.starts_at), new Date(t.ends_at))}）已取消：${input.reason}`,
          page: detailPage(t.id),
          facts: { subject: t.title, time: t.starts_at, place: t.place, status: '已取消', note: input.reason },
        }),
      );
    }
    return { eventIds: targets.map((t) => t.id), notified };
  });
}
