import { notify } from '../../db/outbox';
import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { requireManagedEvent } from './access';
import { detailPage } from './services/waitlist';
import { releaseSignup } from './release';
import { findEvent, lockEvent } from './data/events';

/** events.removeSignup: a worker takes someone off the list (before the start); the waitlist moves up. */
export async function removeSignup(db: Db, ctx: Ctx, input: { signupId: number; reason: string }): Promise<{ status: 'removed' }> {
  const found = await db.selectFrom('event_signups').select(['event_id']).where('id', '=', input.signupId).executeTakeFirst();
  if (!found) throw notFound('报名记录不存在', 'signupId');
  const before = await requireManagedEvent(db, ctx, found.event_id, 'signupId');
  await checkTexts(ctx, { reason: ['移出原因', input.reason] });

  return inTransaction(db, async (trx) => {
    await lockEvent(trx, before.id);
    const e = (await findEvent(trx, before.id))!;
    const s = await trx.selectFrom('event_signups').selectAll().where('id', '=', input.signupId).executeTakeFirstOrThrow();
    if (s.status !== 'confirmed' && s.status !== 'waitlisted') throw conflict('该报名已取消');
    if (e.status === 'cancelled') throw conflict('活动已取消');
    if (ctx.now.getTime() >= Date.parse(e.starts_at)) throw conflict('活动已开始，不能再移出报名人');
    await releaseSignup(trx, ctx, s, { to: 'removed', communityId: e.community_id, note: input.reason });
    await notify(trx, ctx.now, {
      userId: s.user_id,
      kind: 'event.removed',
      title: '活动报名变更',
      body: `您已被移出「${e.title}」的报名名单：${input.reason}。如有疑问请联系社区。`,
      page: detailPage(e.id),
    });
    return { status: 'removed' as const };
  });
}
