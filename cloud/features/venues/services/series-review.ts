import type { ActionParsed, SeriesView } from '../../../../types';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { iso, toInstant } from '../../../lib/time';
import { clockRange, durationWords, monthDay } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import { checkTexts } from '../../../core/text-check';
import { occurrencesQuery, seriesJoined, seriesView, type OccurrenceRow, type SeriesJoined } from '../data/groups';
import type { BookingRow } from '../data/tables';
import { everyWeek, seriesPage } from './series';

/** A series once asked for: read, approved or rejected by the room's workers, cancelled by its contact (all or from a week on). */

/** A series as the caller may see it: its group's contact, or a worker of the room's community; others: not found. */
async function loadSeries(db: Db, ctx: Ctx, id: number): Promise<SeriesJoined> {
  const s = (await seriesJoined(db).where('venue_series.id', '=', id).executeTakeFirst()) as SeriesJoined | undefined;
  if (!s || !(s.contact_user_id === ctx.caller.id || canStaff(ctx, s.community_id))) throw notFound('固定时段不存在', 'seriesId');
  return s;
}

/** series.get, and the answer of every change of a series (read after COMMIT). */
export async function getSeries(db: Db, ctx: Ctx, input: { seriesId: number }): Promise<SeriesView> {
  const s = await loadSeries(db, ctx, input.seriesId);
  const occurrences = (await occurrencesQuery(db, [s.id]).execute()) as OccurrenceRow[];
  return seriesView(s, occurrences, ctx.now, canStaff(ctx, s.community_id));
}

/** The write first (SQLite) and the series' own lock: touch it, then read it as the caller may see it. */
async function lockSeries(trx: Db, ctx: Ctx, id: number): Promise<SeriesJoined> {
  await trx.updateTable('venue_series').set({ updated_at: iso(ctx.now) }).where('id', '=', id).execute();
  return loadSeries(trx, ctx, id);
}

/** The weeks of a series still held and not started, from a date on (or that one week). */
async function openWeeks(trx: Db, seriesId: number, now: Date, from: { date: string; only: boolean }, statuses: BookingRow['status'][]) {
  let q = trx.selectFrom('venue_bookings').select(['id', 'date', 'status', 'starts_at']).where('series_id', '=', seriesId).where('status', 'in', statuses).where('starts_at', '>', iso(now));
  q = from.only ? q.where('date', '=', from.date) : q.where('date', '>=', from.date);
  return q.orderBy('date').execute();
}

/** Moves the given weeks of a series to a new status, each audited, with one conditional UPDATE. */
async function moveWeeks(trx: Db, ctx: Ctx, s: SeriesJoined, weeks: { id: number; status: BookingRow['status'] }[], to: BookingRow['status'], action: string, note: string) {
  const res = await trx
    .updateTable('venue_bookings')
    .set({ status: to, review_note: note, updated_at: iso(ctx.now), ...(action === 'review' && { reviewed_by: ctx.caller.id }) })
    .where('id', 'in', weeks.map((w) => w.id))
    .where('status', 'in', [...new Set(weeks.map((w) => w.status))])
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== weeks.length) throw conflict('固定时段的场次已变化，请刷新后重试');
  for (const w of weeks) {
    await audit(trx, { entity: 'booking', entityId: w.id, action, from: w.status, to, actorId: ctx.caller.id, communityId: s.community_id, note: note || null, at: ctx.now });
  }
}

/** series.review: a worker of the room's community approves or rejects every week still waiting; the contact is told. */
export async function reviewSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.review'>): Promise<number> {
  const note = input.note?.trim() ?? '';
  if (input.decision === 'reject' && !note) throw invalid('请填写驳回原因，团体联系人会收到通知', 'note');
  await checkTexts(ctx, { note: ['审核意见', note] });
  return inTransaction(db, async (trx) => {
    const s = await lockSeries(trx, ctx, input.seriesId);
    if (!canStaff(ctx, s.community_id)) throw notFound('固定时段不存在', 'seriesId');
    if (s.status !== 'pending') throw conflict('该固定时段不在待审核状态');
    const weeks = await openWeeks(trx, s.id, ctx.now, { date: s.first_date, only: false }, ['pending']);
    if (weeks.length === 0) throw conflict('该固定时段的场次都已开始或已失效，无法审核');
    const to = input.decision === 'approve' ? 'confirmed' : 'rejected';
    await moveWeeks(trx, ctx, s, weeks, to, 'review', note);
    await trx.updateTable('venue_series').set({ status: to, review_note: note, reviewed_by: ctx.caller.id }).where('id', '=', s.id).execute();
    await audit(trx, { entity: 'venue_series', entityId: s.id, action: 'review', from: 'pending', to, actorId: ctx.caller.id, communityId: s.community_id, note: note || null, at: ctx.now });
    const when = `${s.venue_name} ${everyWeek(weeks[0].date, s.start_min, s.end_min)}，共${weeks.length}次`;
    await tellContact(trx, ctx.now, s, {
      kind: `series.${to}`,
      title: to === 'confirmed' ? '团体固定时段已通过' : '团体固定时段未通过',
      body: to === 'confirmed' ? `${s.group_name}：${when}，请按时到场签到` : `${s.group_name}：${when}。原因：${note}`,
      status: to === 'confirmed' ? '已通过' : '未通过',
      date: weeks[0].date,
    });
    return s.id;
  });
}

/**
 * series.cancel: one week, or it and every later one, by the group's contact (until the room's cancel deadline) or a
 * worker of the room's community (until it starts; the contact is told). A series with no week left held is 已取消.
 */
export async function cancelSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.cancel'>): Promise<number> {
  await checkTexts(ctx, { reason: ['取消原因', input.reason] });
  return inTransaction(db, async (trx) => {
    const s = await lockSeries(trx, ctx, input.seriesId);
    const staff = canStaff(ctx, s.community_id);
    const target = await trx.selectFrom('venue_bookings').innerJoin('venues', 'venues.id', 'venue_bookings.venue_id').select(['venue_bookings.date', 'venues.cancel_deadline_minutes']).where('venue_bookings.id', '=', input.bookingId).where('venue_bookings.series_id', '=', s.id).executeTakeFirst();
    if (!target) throw notFound('该场次不属于这个固定时段', 'bookingId');
    const weeks = await openWeeks(trx, s.id, ctx.now, { date: target.date, only: input.scope === 'one' }, ['pending', 'confirmed']);
    if (weeks.length === 0) throw conflict(input.scope === 'one' ? '该场次已取消、已开始或已结束' : '此后没有可以取消的场次');
    const deadline = ctx.now.getTime() + target.cancel_deadline_minutes * 60_000;
    if (!staff && new Date(weeks[0].starts_at).getTime() <= deadline) {
      throw conflict(`已过取消时限（开始前${durationWords(target.cancel_deadline_minutes)}），如需取消请联系社区`);
    }
    const reason = input.reason?.trim() ?? '';
    await moveWeeks(trx, ctx, s, weeks, 'cancelled', 'cancel', staff ? reason : '');
    const left = await trx.selectFrom('venue_bookings').select('id').where('series_id', '=', s.id).where('status', 'in', ['pending', 'confirmed']).limit(1).execute();
    if (left.length === 0 && s.status !== 'cancelled') {
      await trx.updateTable('venue_series').set({ status: 'cancelled' }).where('id', '=', s.id).execute();
      await audit(trx, { entity: 'venue_series', entityId: s.id, action: 'cancel', from: s.status, to: 'cancelled', actorId: ctx.caller.id, communityId: s.community_id, note: reason || null, at: ctx.now });
    }
    if (staff && s.contact_user_id !== ctx.caller.id) {
      const which = weeks.length === 1 ? `${monthDay(weeks[0].date)}的场次` : `${monthDay(weeks[0].date)}起的${weeks.length}次`;
      await tellContact(trx, ctx.now, s, {
        kind: 'series.cancelled',
        title: '团体固定时段已被社区取消',
        body: `${s.group_name}：${s.venue_name} ${clockRange(s.start_min, s.end_min)} ${which}已取消${reason ? `：${reason}` : ''}`,
        status: '已取消',
        date: weeks[0].date,
      });
    }
    return s.id;
  });
}

async function tellContact(trx: Db, now: Date, s: SeriesJoined, n: { kind: string; title: string; body: string; status: string; date: string }) {
  if (!s.contact_user_id) return;
  await notify(trx, now, {
    userId: s.contact_user_id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    page: seriesPage(s.id),
    facts: { subject: s.venue_name, time: iso(toInstant(n.date, s.start_min)), place: s.venue_name, status: n.status, name: s.group_name },
  });
}
