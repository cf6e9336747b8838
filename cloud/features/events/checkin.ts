import type { CheckInResult } from '../../../types/events';
import { audit } from '../../db/audit';
import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { conflict, invalid } from '../../core/errors';
import { requireManagedEvent } from './access';
import { checkinOpen } from './domain/checkin-window';

/** events.checkIn: a worker checks a confirmed person in, by their QR code (scanCode) or picked by name. */
export async function checkIn(db: Db, ctx: Ctx, input: { eventId: number; code?: string; signupId?: number }): Promise<CheckInResult> {
  if ((input.code === undefined) === (input.signupId === undefined)) throw invalid('请扫描签到码或选择报名人', 'code');
  const signupId = input.code !== undefined ? ctx.checkinCodes.read('e', input.code) : input.signupId!;
  if (signupId === null) throw invalid('不是有效的活动签到码，请让居民打开本活动的签到码', 'code');

  const e = await requireManagedEvent(db, ctx, input.eventId, 'eventId');
  const s = await db
    .selectFrom('event_signups')
    .innerJoin('users', 'users.id', 'event_signups.user_id')
    .select(['event_signups.id', 'event_signups.event_id', 'event_signups.status', 'event_signups.party_size', 'event_signups.checked_in_at', 'users.name'])
    .where('event_signups.id', '=', signupId)
    .executeTakeFirst();
  if (!s || s.event_id !== e.id) throw conflict('这不是本活动的签到码');
  if (e.status === 'cancelled') throw conflict('活动已取消');
  if (!checkinOpen(new Date(e.starts_at), new Date(e.ends_at), ctx.now)) throw conflict('不在签到时间内：活动当天开放签到，活动结束后停止');
  if (s.status === 'waitlisted') throw conflict(`${s.name || '该居民'}仍在候补中，尚未获得名额`);
  if (s.status !== 'confirmed') throw conflict(`${s.name || '该居民'}的报名已取消`);
  const result = { signupId: s.id, name: s.name, partySize: s.party_size };
  if (s.checked_in_at) return { ...result, checkedInAt: s.checked_in_at, already: true };

  const at = ctx.now.toISOString();
  const done = await inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('event_signups')
      .set({ checked_in_at: at, updated_at: at })
      .where('id', '=', s.id)
      .where('status', '=', 'confirmed')
      .where('checked_in_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await audit(trx, { entity: 'event_signup', entityId: s.id, action: 'checkIn', from: 'confirmed', to: 'checkedIn', actorId: ctx.caller.id, communityId: e.community_id, at: ctx.now });
    return true;
  });
  if (done) return { ...result, checkedInAt: at, already: false };
  const now = await db.selectFrom('event_signups').select(['status', 'checked_in_at']).where('id', '=', s.id).executeTakeFirstOrThrow();
  if (now.checked_in_at) return { ...result, checkedInAt: now.checked_in_at, already: true };
  throw conflict('报名状态已变化，请刷新后重试');
}
