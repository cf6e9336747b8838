import type { ActionParsed } from '../../../../types';
import type { AttendeeList, CheckInResult, TodayEvents } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { localDate } from '../../../lib/time';
import { checkinOpen } from '../domain/checkin-window';
import { findEvent, lockEvent, requireManagedEvent, SUMMARY_COLUMNS } from '../data/events';
import { detailPage, toTodayEvent } from '../data/mapper';
import { toAttendeeList } from '../data/mapper-signups';
import { LIVE, ratingOf } from '../data/signups';
import { releaseSignup } from './waitlist';

/** A worker on the day: today's events (工作台), the list of one event, checking people in, taking someone off it. */

/** 工作台 (through the seam): today's events of the communities the worker serves, with their check-in counts. */
export async function todayEvents(db: Db, ctx: Ctx): Promise<TodayEvents> {
  const communityIds = ctx.caller.staffCommunityIds.length > 0 ? ctx.caller.staffCommunityIds : [ctx.caller.communityId].filter((id): id is number => id !== null);
  const today = localDate(ctx.now);
  if (communityIds.length === 0) return { today, events: [] };

  const rows = await db
    .selectFrom('events')
    .innerJoin('communities', 'communities.id', 'events.community_id')
    .select([...SUMMARY_COLUMNS, 'communities.name as community_name'])
    .where('events.community_id', 'in', communityIds)
    .where('events.start_date', '=', today)
    .orderBy('events.starts_at')
    .execute();
  if (rows.length === 0) return { today, events: [] };

  const counts = await db
    .selectFrom('event_signups')
    .select((eb) => ['event_id', eb.fn.countAll<number>().as('parties'), eb.fn.count<number>('checked_in_at').as('checked')])
    .where('event_id', 'in', rows.map((r) => r.id))
    .where('status', '=', 'confirmed')
    .groupBy('event_id')
    .execute();
  const byEvent = new Map(counts.map((c) => [c.event_id, c]));
  return { today, events: rows.map((r) => toTodayEvent(r, ctx.now, byEvent.get(r.id))) };
}

/** events.attendees: who has a seat (and is checked in) and who waits, in arrival order; phones masked. */
export async function listAttendees(db: Db, ctx: Ctx, input: ActionParsed<'events.attendees'>): Promise<AttendeeList> {
  const e = await requireManagedEvent(db, ctx, input.eventId, 'eventId');
  const rows = await db
    .selectFrom('event_signups')
    .innerJoin('users', 'users.id', 'event_signups.user_id')
    .select([
      'event_signups.id',
      'event_signups.user_id',
      'event_signups.party_size',
      'event_signups.status',
      'event_signups.seq',
      'event_signups.checked_in_at',
      'event_signups.created_at',
      'event_signups.rating',
      'event_signups.rating_comment',
      'users.name',
      'users.phone',
    ])
    .where('event_signups.event_id', '=', e.id)
    .where('event_signups.status', 'in', LIVE)
    .orderBy('event_signups.seq')
    .execute();
  return toAttendeeList(e, rows, ctx.now, await ratingOf(db, e.id));
}

type CheckedIn = Omit<CheckInResult, 'attendees'>;

/** events.checkIn: a worker checks a confirmed person in, by their QR code (scanCode) or picked by name. */
export async function checkIn(db: Db, ctx: Ctx, input: ActionParsed<'events.checkIn'>): Promise<CheckedIn> {
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

/** events.removeSignup: a worker takes someone off the list (before the start); the waitlist moves up. */
export async function removeSignup(db: Db, ctx: Ctx, input: ActionParsed<'events.removeSignup'>): Promise<{ eventId: number }> {
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
      facts: { subject: e.title, time: e.starts_at, place: e.place, status: '已移出', note: input.reason },
    });
    return { eventId: e.id };
  });
}
