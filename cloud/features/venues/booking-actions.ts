import type { ActionInput, StaffBookingView } from '../../../types';
import { notify } from '../../db/outbox';
import { inTransaction, type Db } from '../../db/tx';
import { iso } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { canStaff } from '../../core/scope';
import { loadBookingJoined, staffBookingView, type BookingJoined } from './booking-mapper';
import { canCancel, checkinWindow, inCheckinWindow } from './domain/lifecycle';
import { clockRange, durationWords, monthDay } from '../../lib/words';
import { recordNoShow } from './no-shows';
import { transition } from './transition';

const MINE_PAGE = '/packages/venues/mine/index';
const when = (b: BookingJoined) => `${monthDay(b.date)} ${clockRange(b.start_min, b.end_min)}`;

/** A booking the caller may see: their own (as the resident), or any in a venue they run. Others do not exist to them. */
async function loadFor(db: Db, ctx: Ctx, id: number, as: 'owner-or-staff' | 'staff'): Promise<BookingJoined> {
  const b = await loadBookingJoined(db, id);
  const staff = !!b && canStaff(ctx, b.community_id);
  const owner = !!b && b.kind === 'booking' && b.user_id === ctx.caller.id;
  if (!b || (!staff && !(as === 'owner-or-staff' && owner))) throw notFound('预约不存在', 'bookingId');
  return b;
}

/**
 * The resident withdraws a pending request or cancels a confirmed booking before the deadline; a worker cancels any
 * booking or reservation that has not ended, and the resident is told why. Event holds are released by their event.
 */
export async function cancelBooking(db: Db, ctx: Ctx, input: ActionInput<'bookings.cancel'>): Promise<{ id: number; status: 'cancelled' }> {
  await checkTexts(ctx, { reason: ['取消原因', input.reason] });
  return inTransaction(db, async (trx) => {
    // The write first (SQLite): touch the row we are about to change, then read it under that lock.
    await trx.updateTable('venue_bookings').set({ updated_at: iso(ctx.now) }).where('id', '=', input.bookingId).execute();
    const b = await loadFor(trx, ctx, input.bookingId, 'owner-or-staff');
    const byOwner = b.kind === 'booking' && b.user_id === ctx.caller.id && !canStaff(ctx, b.community_id);
    if (b.kind === 'event') throw conflict('活动占用的时段请在活动管理中取消活动');
    if (!['pending', 'confirmed'].includes(b.status)) throw conflict(`该预约${b.status === 'cancelled' ? '已取消' : '已无法取消'}`);
    if (byOwner && !canCancel({ status: b.status, startsAt: new Date(b.starts_at) }, b.cancel_deadline_minutes, ctx.now)) {
      throw conflict(`已过取消时限（开始前${durationWords(b.cancel_deadline_minutes)}），如需取消请联系社区`);
    }
    if (!byOwner && new Date(b.ends_at).getTime() <= ctx.now.getTime()) throw conflict('该预约已结束，无法取消');
    await transition(trx, b, { to: 'cancelled', action: 'cancel', actorId: ctx.caller.id, at: ctx.now, note: input.reason, set: { review_note: byOwner ? '' : input.reason ?? '' } });
    if (!byOwner && b.kind === 'booking' && b.user_id) {
      await notify(trx, ctx.now, { userId: b.user_id, kind: 'booking.cancelled', title: '场地预约已被社区取消', body: `${b.venue_name} ${when(b)}${input.reason ? `：${input.reason}` : ''}`, page: MINE_PAGE });
    }
    return { id: b.id, status: 'cancelled' as const };
  });
}

/** A worker approves or rejects a pending request before it starts; a rejection needs a reason. The resident is told. */
export async function reviewBooking(db: Db, ctx: Ctx, input: ActionInput<'bookings.review'>): Promise<StaffBookingView> {
  const note = input.note?.trim() ?? '';
  if (input.decision === 'reject' && !note) throw invalid('请填写驳回原因，居民会收到通知', 'note');
  await checkTexts(ctx, { note: ['审核意见', note] });
  return inTransaction(db, async (trx) => {
    await trx.updateTable('venue_bookings').set({ updated_at: iso(ctx.now) }).where('id', '=', input.bookingId).execute();
    const b = await loadFor(trx, ctx, input.bookingId, 'staff');
    if (b.status !== 'pending') throw conflict('该预约不在待审核状态');
    if (new Date(b.starts_at).getTime() <= ctx.now.getTime()) throw conflict('该预约的开始时间已过，无法审核');
    const to = input.decision === 'approve' ? 'confirmed' : 'rejected';
    await transition(trx, b, { to, action: 'review', actorId: ctx.caller.id, at: ctx.now, note, set: { review_note: note, reviewed_by: ctx.caller.id } });
    if (b.user_id) {
      await notify(trx, ctx.now, {
        userId: b.user_id,
        kind: `booking.${to}`,
        title: to === 'confirmed' ? '场地预约已通过' : '场地预约未通过',
        body: `${b.venue_name} ${when(b)}${to === 'confirmed' ? '，请按时到场签到' : `：${note}`}`,
        page: MINE_PAGE,
      });
    }
    return staffBookingView((await loadBookingJoined(trx, b.id))!);
  });
}

/** A worker checks a resident in by the code they show, or by picking their booking, inside the check-in window. */
export async function checkIn(db: Db, ctx: Ctx, input: ActionInput<'bookings.checkIn'>): Promise<StaffBookingView> {
  const id = input.code ? ctx.checkinCodes.read('b', input.code) : input.bookingId;
  if (input.code && !id) throw invalid('签到码无效，请让居民刷新后重新出示', 'code');
  if (!id) throw invalid('请扫描签到码或选择预约', 'bookingId');
  return inTransaction(db, async (trx) => {
    await trx.updateTable('venue_bookings').set({ updated_at: iso(ctx.now) }).where('id', '=', id).execute();
    const b = await loadFor(trx, ctx, id, 'staff');
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
export async function markNoShow(db: Db, ctx: Ctx, input: ActionInput<'bookings.markNoShow'>): Promise<StaffBookingView> {
  return inTransaction(db, async (trx) => {
    await trx.updateTable('venue_bookings').set({ updated_at: iso(ctx.now) }).where('id', '=', input.bookingId).execute();
    const b = await loadFor(trx, ctx, input.bookingId, 'staff');
    if (b.kind !== 'booking') throw forbidden('社区保留的时段没有到场记录');
    if (b.status !== 'confirmed') throw conflict('只有已预约且未签到的预约可以记为未到场');
    if (new Date(b.starts_at).getTime() > ctx.now.getTime()) throw conflict('预约尚未开始，不能记为未到场');
    await recordNoShow(trx, b, ctx.now, ctx.caller.id);
    return staffBookingView((await loadBookingJoined(trx, b.id))!);
  });
}
