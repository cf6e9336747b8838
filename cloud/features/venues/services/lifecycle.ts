import type { ActionParsed, StaffBookingView } from '../../../../types';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { iso, localDate } from '../../../lib/time';
import { clockRange, durationWords, monthDay } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { canStaff } from '../../../core/scope';
import { loadBookingJoined, lockBooking, tellResident, transition, type BookingJoined } from '../data/bookings';
import { staffBookingView, whenOf } from '../data/mapper-bookings';
import { lastSuspensionStart } from '../data/suspensions';
import { canCancel, checkinWindow, inCheckinWindow } from '../domain/lifecycle';
import { NO_SHOW_LIMIT, NO_SHOW_PERIOD_DAYS, SUSPENSION_DAYS, releasedEnd, suspensionDue } from '../domain/no-show';

/**
 * The life of a booking once it is made: cancelled by the resident or a worker, approved or rejected, checked in, or
 * a no-show — the third in 30 days suspends the resident's booking. The tick settles what time moved on (../jobs.ts).
 */

/**
 * The resident withdraws a pending request or cancels a confirmed booking before the deadline; a worker cancels any
 * booking or reservation that has not ended, and the resident is told why. Event holds are released by their event.
 */
export async function cancelBooking(db: Db, ctx: Ctx, input: ActionParsed<'bookings.cancel'>): Promise<{ id: number; status: 'cancelled' }> {
  await checkTexts(ctx, { reason: ['取消原因', input.reason] });
  return inTransaction(db, async (trx) => {
    const b = await lockBooking(trx, ctx, input.bookingId, 'owner-or-staff');
    const byOwner = b.kind === 'booking' && b.user_id === ctx.caller.id && !canStaff(ctx, b.community_id);
    if (b.kind === 'event') throw conflict('活动占用的时段请在活动管理中取消活动');
    // A group's week is cancelled through its series (series.cancel), which tells the group's contact.
    if (b.series_id !== null) throw conflict('这是团体固定时段的一次，请在固定时段中取消');
    if (!['pending', 'confirmed'].includes(b.status)) throw conflict(`该预约${b.status === 'cancelled' ? '已取消' : '已无法取消'}`);
    if (byOwner && !canCancel({ status: b.status, startsAt: new Date(b.starts_at) }, b.cancel_deadline_minutes, ctx.now)) {
      throw conflict(`已过取消时限（开始前${durationWords(b.cancel_deadline_minutes)}），如需取消请联系社区`);
    }
    if (!byOwner && new Date(b.ends_at).getTime() <= ctx.now.getTime()) throw conflict('该预约已结束，无法取消');
    await transition(trx, b, { to: 'cancelled', action: 'cancel', actorId: ctx.caller.id, at: ctx.now, note: input.reason, set: { review_note: byOwner ? '' : input.reason ?? '' } });
    if (!byOwner && b.kind === 'booking') {
      await tellResident(trx, ctx.now, b, { kind: 'booking.cancelled', title: '场地预约已被社区取消', body: `${b.venue_name} ${whenOf(b)}${input.reason ? `：${input.reason}` : ''}`, status: '已取消' });
    }
    return { id: b.id, status: 'cancelled' as const };
  });
}

/** A worker approves or rejects a pending request before it starts; a rejection needs a reason. The resident is told. */
export async function reviewBooking(db: Db, ctx: Ctx, input: ActionParsed<'bookings.review'>): Promise<StaffBookingView> {
  const note = input.note?.trim() ?? '';
  if (input.decision === 'reject' && !note) throw invalid('请填写驳回原因，居民会收到通知', 'note');
  await checkTexts(ctx, { note: ['审核意见', note] });
  return inTransaction(db, async (trx) => {
    const b = await lockBooking(trx, ctx, input.bookingId, 'staff');
    if (b.status !== 'pending') throw conflict('该预约不在待审核状态');
    if (b.series_id !== null) throw conflict('这是团体固定时段的一次，请在固定时段中整体审核');
    if (new Date(b.starts_at).getTime() <= ctx.now.getTime()) throw conflict('该预约的开始时间已过，无法审核');
    const to = input.decision === 'approve' ? 'confirmed' : 'rejected';
    await transition(trx, b, { to, action: 'review', actorId: ctx.caller.id, at: ctx.now, note, set: { review_note: note, reviewed_by: ctx.caller.id } });
    await tellResident(trx, ctx.now, b, {
      kind: `booking.${to}`,
      title: to === 'confirmed' ? '场地预约已通过' : '场地预约未通过',
      body: `${b.venue_name} ${whenOf(b)}${to === 'confirmed' ? '，请按时到场签到' : `：${note}`}`,
      status: to === 'confirmed' ? '已通过' : '未通过',
    });
    return staffBookingView((await loadBookingJoined(trx, b.id))!);
  });
}

/** A worker checks a resident in by the code they show, or by picking their booking, inside the check-in window. */
export async function checkIn(db: Db, ctx: Ctx, input: ActionParsed<'bookings.checkIn'>): Promise<StaffBookingView> {
  const id = input.code ? ctx.checkinCodes.read('b', input.code) : input.bookingId;
  if (input.code && !id) throw invalid('签到码无效，请让居民刷新后重新出示', 'code');
  if (!id) throw invalid('请扫描签到码或选择预约', 'bookingId');
  return inTransaction(db, async (trx) => {
    const b = await lockBooking(trx, ctx, id, 'staff');
    if (b.status === 'checked_in') throw conflict(`${b.person_name || '该居民'}已签到，无需重复签到`);
    if (b.status === 'pending') throw conflict('该预约尚未审核通过，不能签到');
    if (b.status !== 'confirmed') throw conflict('该预约已取消或已记为未到场');
    const startsAt = new Date(b.starts_at);
    if (!inCheckinWindow(startsAt, b.checkin_window_minutes, ctx.now)) {
      const w = checkinWindow(startsAt, b.checkin_window_minutes);
      const early = ctx.now.getTime() < w.from.getTime();
      throw conflict(early ? `签到时间未到：开始前${b.checkin_window_minutes}分钟起可签到` : '已过签到时间');
    }
    await transition(trx, b, { to: 'checked_in', action: 'checkIn', actorId: ctx.caller.id, at: ctx.now, set: { checked_in_at: iso(ctx.now) } });
    return staffBookingView((await loadBookingJoined(trx, b.id))!);
  });
}

/** A worker records a no-show once the booking has started (the tick does it by itself when the window closes). */
export async function markNoShow(db: Db, ctx: Ctx, input: ActionParsed<'bookings.markNoShow'>): Promise<StaffBookingView> {
  return inTransaction(db, async (trx) => {
    const b = await lockBooking(trx, ctx, input.bookingId, 'staff');
    if (b.kind !== 'booking') throw forbidden('社区保留的时段没有到场记录');
    if (b.status !== 'confirmed') throw conflict('只有已预约且未签到的预约可以记为未到场');
    if (new Date(b.starts_at).getTime() > ctx.now.getTime()) throw conflict('预约尚未开始，不能记为未到场');
    await recordNoShow(trx, b, ctx.now, ctx.caller.id);
    return staffBookingView((await loadBookingJoined(trx, b.id))!);
  });
}

/**
 * Records a no-show: the slot in progress stays held, the rest is released for others; the resident is told, and
 * the third no-show in 30 days suspends their booking for 30 days.
 */
export async function recordNoShow(trx: Db, b: BookingJoined, now: Date, actorId: number | null): Promise<void> {
  const slot = await trx.selectFrom('venues').select('slot_minutes').where('id', '=', b.venue_id).executeTakeFirstOrThrow();
  const holdEnd = releasedEnd({ date: b.date, start: b.start_min, end: b.end_min }, slot.slot_minutes, now);
  await transition(trx, b, { to: 'no_show', action: 'noShow', actorId, at: now, set: { hold_end_min: holdEnd } });
  if (!b.user_id) return;
  const released = holdEnd < b.end_min ? `，${clockRange(holdEnd, b.end_min)} 已释放给其他居民` : '';
  await tellResident(trx, now, b, { kind: 'booking.noShow', title: '场地预约未签到', body: `${b.venue_name} ${whenOf(b)} 未按时签到，已记为未到场${released}`, status: '未签到' });
  await suspendIfDue(trx, b.user_id, b.community_id, now, actorId);
}

async function suspendIfDue(trx: Db, userId: number, communityId: number, now: Date, actorId: number | null): Promise<void> {
  const since = new Date(now.getTime() - NO_SHOW_PERIOD_DAYS * 86_400_000);
  const noShows = await trx
    .selectFrom('venue_bookings')
    .select('starts_at')
    .where('user_id', '=', userId)
    .where('kind', '=', 'booking')
    .where('status', '=', 'no_show')
    .where('starts_at', '>', iso(since))
    .execute();
  const until = suspensionDue(noShows.map((n) => new Date(n.starts_at)), now, await lastSuspensionStart(trx, userId));
  if (!until) return;
  const reason = `${NO_SHOW_PERIOD_DAYS}天内${NO_SHOW_LIMIT}次预约未按时签到`;
  const res = await trx.insertInto('booking_suspensions').values({ user_id: userId, starts_at: iso(now), ends_at: iso(until), reason }).executeTakeFirstOrThrow();
  await audit(trx, { entity: 'booking_suspension', entityId: Number(res.insertId), action: 'suspend', from: null, to: 'suspended', actorId, communityId, note: reason, at: now });
  await notify(trx, now, {
    userId,
    kind: 'booking.suspended',
    title: '场地预约已暂停',
    body: `因${reason}，场地预约暂停${SUSPENSION_DAYS}天，至${monthDay(localDate(until))}恢复。已有的预约不受影响。`,
    page: '/pages/venues/index',
  });
}
